/**
 * The search index in parts, for very large archives (docs/search.md, "Very large archives").
 * The Pagefind service holds a whole index in memory until it writes it (about 0.3 GB per 1,000
 * articles), so an archive of more than `partSize` articles is indexed in parts of `partSize`
 * articles, newest first, each written and freed before the next is made. Up to `partSize`
 * articles there is one index, the same as without parts. The build (src/integrations/pagefind.ts)
 * and the search page (src/pages/tim-kiem/) both plan the parts here, from the number of
 * published articles, so the page lists exactly the parts the build wrote.
 */

/**
 * Articles per part: at about 0.3 GB per 1,000 articles the Pagefind service then stays near
 * 6 GB, whatever the size of the archive; an archive of up to 20,000 articles keeps one index.
 */
export const SEARCH_PART_SIZE = 20_000;

/**
 * The filter each part carries on the search page (Pagefind's `mergeFilter`), its number as a
 * string ("1" for the first): searches use it to ask one part, or to leave one out.
 */
export const PART_FILTER = 'phan';

export interface SearchPart {
	/** The part's folder inside the Pagefind bundle: "" for the first, "phan-2", "phan-3" … */
	folder: string;
	/** Where the part is served, root-relative: "/pagefind/", "/pagefind/phan-2/" … */
	url: string;
	/** The part's articles, as positions in the archive from the newest: [start, end). */
	start: number;
	end: number;
}

/**
 * Articles per part: SEARCH_PART_SIZE, or BANTIN_SEARCH_PART_SIZE (tests use it to split a small
 * fixture into several parts).
 */
export function searchPartSize(env: Record<string, string | undefined> = process.env): number {
	const value = env['BANTIN_SEARCH_PART_SIZE'];
	if (value === undefined || value === '') return SEARCH_PART_SIZE;
	const size = Number(value);
	if (!Number.isInteger(size) || size < 1) {
		throw new Error(`BANTIN_SEARCH_PART_SIZE phải là số nguyên dương (đang là "${value}").`);
	}
	return size;
}

/** The folder of part `i` (0 for the first) inside the Pagefind bundle. */
export function partFolder(i: number): string {
	return i === 0 ? '' : `phan-${i + 1}`;
}

/**
 * The parts of an archive of `articles` articles, newest first: the first is Pagefind's own
 * bundle at /pagefind/, the next ones in folders inside it. An empty archive has one empty part.
 */
export function searchParts(articles: number, partSize: number): SearchPart[] {
	const count = Math.max(1, Math.ceil(articles / partSize));
	return Array.from({ length: count }, (_, i) => {
		const folder = partFolder(i);
		return {
			folder,
			url: folder ? `/pagefind/${folder}/` : '/pagefind/',
			start: i * partSize,
			end: Math.min(articles, (i + 1) * partSize),
		};
	});
}

/** The words Pagefind matches one by one in a query; none for an exact "phrase" search. */
export function queryWords(term: string | null): string[] {
	if (term === null || /^\s*".+"\s*$/.test(term)) return [];
	return [...new Set(term.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean))];
}

/**
 * The parts whose answer to a query counts, from `knows[part][word]`. Pagefind leaves out of a
 * query the words its index does not know, so a part that lacks a word another part knows would
 * answer "thi dua" with every article that has "dua": such a part is left out.
 */
export function partsToAsk(knows: readonly (readonly boolean[])[]): number[] {
	const words = knows[0]?.length ?? 0;
	const known = Array.from({ length: words }, (_, w) => knows.some((part) => part[w]));
	return knows.flatMap((part, i) =>
		known.every((isKnown, w) => !isKnown || part[w] === true) ? [i] : [],
	);
}
