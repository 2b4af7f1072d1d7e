/**
 * Search without tone marks: the text Pagefind indexes, the query it is given, and the search
 * page's state in the URL. Pure, so the build, the browser and the tests share it.
 *
 * Pagefind (≥ 1.5) folds combining marks when it indexes and searches ("Dương" is found by
 * "duong"), but `đ`/`Đ` (U+0111/U+0110) have no decomposition, so "duong" would never find
 * "đường". At index time every `đ` is therefore written as `d` + U+0335 COMBINING SHORT STROKE
 * OVERLAY: Pagefind folds that to "d" like any other mark, and the original letter comes back
 * exactly by reversing the substitution on titles, excerpts and metadata before they are shown.
 */
import { toIsoString, type PartialDate } from './dates.ts';
import { nfc, removeMarks } from './vi-text.ts';

/** The combining mark that stands in for the stroke of `đ` inside the index. */
export const STROKE = '\u0335';

/** Text as Pagefind indexes it: NFC, with `đ`/`Đ` spelled as `d`/`D` + STROKE. */
export function encodeForIndex(text: string): string {
	return nfc(text).replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text from the index as the reader should see it: `d` + STROKE back to `đ`. */
export function decodeFromIndex(text: string): string {
	return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

export interface PreparedQuery {
	/** What the reader typed, NFC, spaces collapsed: for messages and the URL. */
	text: string;
	/** The term handed to Pagefind, spelled the way the index spells it. */
	term: string;
	/** True when the reader typed any tone or vowel mark, or `đ`: exact matches then rank first. */
	hasMarks: boolean;
}

/** Normalises a typed query; NFD and NFC input give the same result. */
export function prepareQuery(input: string): PreparedQuery {
	const text = nfc(input).replace(/\s+/g, ' ').trim();
	return { text, term: encodeForIndex(text), hasMarks: removeMarks(text) !== text };
}

/**
 * Exact matches first, in their own order, then every other result in the folded order. Pages
 * the exact search found that the folded search did not (there should be none) are dropped, so
 * the list never shows a page twice or a page the filters exclude.
 */
export function rankExactFirst<T extends string>(exact: readonly T[], folded: readonly T[]): T[] {
	const all = new Set(folded);
	const first = [...new Set(exact)].filter((id) => all.has(id));
	const seen = new Set(first);
	return [...first, ...folded.filter((id) => !seen.has(id))];
}

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

/** The filters, as Pagefind names them (`data-pagefind-filter`) on article pages. */
export const FACETS = ['movement', 'agency', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
	q: string;
	filters: Partial<Record<Facet, string>>;
	sort: SortOrder;
}

/** Query-string names: Vietnamese words without tone marks, like the site's paths. */
export const PARAM = {
	q: 'q',
	movement: 'phong-trao',
	agency: 'co-quan',
	year: 'nam',
	sort: 'sap-xep',
} as const;

/** The `sap-xep` value of each sort order; relevance, the default, has none. */
export const SORT_PARAM: Record<SortOrder, string | undefined> = {
	relevance: undefined,
	newest: 'moi-nhat',
	oldest: 'cu-nhat',
};

/** Reads the search page's state from its query string (`?q=…&phong-trao=…&sap-xep=moi-nhat`). */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: SearchState['filters'] = {};
	for (const facet of FACETS) {
		const value = params.get(PARAM[facet])?.trim();
		if (value) filters[facet] = value;
	}
	const sortParam = params.get(PARAM.sort);
	const sort = SORTS.find((s) => SORT_PARAM[s] === sortParam) ?? 'relevance';
	return { q: nfc(params.get(PARAM.q) ?? '').trim(), filters, sort };
}

/** The query string for a state, without "?"; empty values and the default sort are left out. */
export function toSearchParams(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set(PARAM.q, state.q.trim());
	for (const facet of FACETS) {
		const value = state.filters[facet];
		if (value) params.set(PARAM[facet], value);
	}
	const sort = SORT_PARAM[state.sort];
	if (sort) params.set(PARAM.sort, sort);
	return params.toString();
}

/** True when the state asks for a search: a query or at least one filter. */
export function isActive(state: SearchState): boolean {
	return state.q !== '' || FACETS.some((f) => state.filters[f] !== undefined);
}

/** Pagefind's `filters` option for a state: a facet with no value chosen gets `{ none: [] }`. */
export type PagefindFilters = Record<Facet, string | { none: [] }>;

/**
 * Pagefind's `filters` option: each facet's chosen value, and `{ none: [] }` ("none of no
 * values", which every page passes) for the others. Pagefind downloads the filter file of every
 * facet named in a search and counts its values, so naming all three gets the facet counts
 * without the `date` filter's file, which only the result cards read, and they read it from each
 * result's own data.
 */
export function pagefindFilters(filters: SearchState['filters']): PagefindFilters {
	const all = {} as PagefindFilters;
	for (const facet of FACETS) all[facet] = filters[facet] ?? { none: [] };
	return all;
}

/** Pagefind's `sort` option for a state (relevance is Pagefind's default: no option). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
	if (sort === 'newest') return { date: 'desc' };
	if (sort === 'oldest') return { date: 'asc' };
	return undefined;
}

/**
 * What an article page tells Pagefind besides its title and body. Everything is a filter, not
 * metadata: Pagefind 1.6 indexes metadata values as searchable words, so a date or a movement name
 * in `data-pagefind-meta` would make "2021" or "dan van kheo" match every article of that year or
 * movement. Filter values are not searched, and result data carries them, so the result card
 * reads its date (`date`, the article's partial date as written) and movements from there.
 */
export interface IndexFields {
	filters: Record<Facet | 'date', string[]>;
	/** ISO date, a month-precision date as the first of its month, so it sorts as a string. */
	sortDate: string;
}

export function indexFields(input: {
	movements: string[];
	agencies: string[];
	date: PartialDate;
}): IndexFields {
	return {
		filters: {
			movement: [...input.movements],
			agency: [...input.agencies],
			year: [String(input.date.year)],
			date: [toIsoString(input.date)],
		},
		sortDate: toIsoString({ ...input.date, day: input.date.day ?? 1 }),
	};
}

export interface FacetChoices {
	facet: Facet;
	/** The query-string name of the facet. */
	param: string;
	choices: { value: string; label: string }[];
}

/**
 * The filter choices the search page offers: movements and agencies that have at least one
 * published article (in the catalog's Vietnamese order), and years newest first.
 */
export function facetChoices(catalog: {
	campaigns: { id: string; data: { shortName: string } }[];
	agencies: { id: string; data: { name: string } }[];
	byCampaign: Map<string, unknown[]>;
	byAgency: Map<string, unknown[]>;
	archive: { year: number }[];
}): FacetChoices[] {
	const has = (index: Map<string, unknown[]>, id: string): boolean =>
		(index.get(id)?.length ?? 0) > 0;
	return [
		{
			facet: 'movement',
			param: PARAM.movement,
			choices: catalog.campaigns
				.filter((c) => has(catalog.byCampaign, c.id))
				.map((c) => ({ value: c.id, label: c.data.shortName })),
		},
		{
			facet: 'agency',
			param: PARAM.agency,
			choices: catalog.agencies
				.filter((a) => has(catalog.byAgency, a.id))
				.map((a) => ({ value: a.id, label: a.data.name })),
		},
		{
			facet: 'year',
			param: PARAM.year,
			choices: catalog.archive.map((y) => ({ value: String(y.year), label: String(y.year) })),
		},
	];
}
