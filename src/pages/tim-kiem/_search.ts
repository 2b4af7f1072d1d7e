/**
 * The search page in the browser: URL ⇄ form ⇄ Pagefind ⇄ result list. The pure parts (URL
 * state, query spelling, exact-first ranking) live in src/lib/search.ts; this file only talks to
 * the DOM and to Pagefind's JS API (/pagefind/pagefind.js, written by the build), loaded once on
 * the first search. A very large archive's further index parts are merged into it (_parts.ts).
 */
import { t } from '../../i18n/index.ts';
import { formatPartialDate, parsePartialDate } from '../../lib/dates.ts';
import {
	decodeFromIndex,
	FACETS,
	isActive,
	pagefindFilters,
	pagefindSort,
	parseSearchParams,
	prepareQuery,
	rankExactFirst,
	SORT_PARAM,
	toSearchParams,
	type Facet,
	type SearchState,
} from '../../lib/search.ts';
import { mergeParts } from './_parts.ts';

/** The part of Pagefind's JS API this page uses (pagefind.js ships no types). */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface PagefindSearchOptions {
	/** The facets (PagefindFilters), and in a very large archive also its part (./_parts.ts). */
	filters?: Record<string, string | { any: string[] } | { none: [] }>;
	sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
	options: (options: {
		exactDiacritics?: boolean;
		excerptLength?: number;
		excerptEllipsis?: string;
	}) => Promise<void>;
	mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
}

/**
 * Results shown at first, and added by each "Xem thêm kết quả". Each shown result downloads its
 * own excerpt file (about 2 KB), so a first search fetches only what fits on a phone's screen.
 */
const FIRST_PAGE = 5;
const MORE_PAGE = 10;
const TYPING_DELAY_MS = 300;
/** Written by the build (src/integrations/pagefind.ts); a variable, so the bundler leaves it alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefindPromise: Promise<Pagefind> | undefined;

/** `parts`: the URLs of the index's further parts (`data-search-parts`), usually none. */
function loadPagefind(parts: readonly string[]): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		let pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
		const excerpt = { excerptLength: 24, excerptEllipsis: '…' };
		await pagefind.options(excerpt);
		await pagefind.init();
		if (parts.length) pagefind = await mergeParts(pagefind, parts, excerpt);
		return pagefind;
	})();
	return pagefindPromise;
}

interface Ranked {
	results: PagefindResult[];
	/** For each facet: value → number of results if that value were chosen. */
	counts: Record<Facet, Record<string, number>>;
}

/** Runs the searches one state needs: folded, exact-first when marks were typed, facet counts. */
async function searchFor(pagefind: Pagefind, state: SearchState): Promise<Ranked> {
	const query = prepareQuery(state.q);
	const term = query.term === '' ? null : query.term;
	const sort = pagefindSort(state.sort);
	const filters = pagefindFilters(state.filters);
	const folded = await pagefind.search(term, {
		filters,
		...(sort ? { sort } : {}),
	});
	let results = folded.results;
	if (term && query.hasMarks && !sort) {
		await pagefind.options({ exactDiacritics: true });
		try {
			const exact = await pagefind.search(term, { filters });
			const byId = new Map(folded.results.map((r) => [r.id, r]));
			results = rankExactFirst(
				exact.results.map((r) => r.id),
				folded.results.map((r) => r.id),
			).flatMap((id) => byId.get(id) ?? []);
		} finally {
			await pagefind.options({ exactDiacritics: false });
		}
	}
	const counts = {} as Ranked['counts'];
	for (const facet of FACETS) {
		if (state.filters[facet] === undefined) {
			counts[facet] = folded.filters[facet] ?? {};
			continue;
		}
		// Counts for another value of a chosen facet ignore the current choice of that facet.
		const others = pagefindFilters(
			Object.fromEntries(Object.entries(state.filters).filter(([name]) => name !== facet)),
		);
		counts[facet] = (await pagefind.search(term, { filters: others })).filters[facet] ?? {};
	}
	return { results, counts };
}

/** Pagefind's excerpt is HTML with <mark>; anything else that looks like a tag is escaped. */
function safeExcerpt(html: string): string {
	return decodeFromIndex(html).replace(/<(?!\/?mark>)/g, '&lt;');
}

export function startSearchPage(doc: Document): void {
	const root = doc.querySelector<HTMLElement>('[data-search]');
	const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
	const status = root?.querySelector<HTMLElement>('[data-search-status]');
	const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
	const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
	const empty = root?.querySelector<HTMLElement>('[data-search-empty]');
	const clear = root?.querySelector<HTMLButtonElement>('[data-search-clear]');
	const template = root?.querySelector<HTMLTemplateElement>('[data-search-template]');
	const sortSelect = form?.querySelector<HTMLSelectElement>('[data-sort]');
	const parts = root?.dataset['searchParts']?.split(' ') ?? [];
	if (
		!form ||
		!input ||
		!status ||
		!list ||
		!more ||
		!empty ||
		!clear ||
		!template ||
		!sortSelect
	) {
		return;
	}
	const facetSelects = new Map<Facet, HTMLSelectElement>();
	const labels = { movement: new Map<string, string>() };
	for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-facet]')) {
		const facet = select.dataset.facet as Facet;
		facetSelects.set(facet, select);
		if (facet !== 'movement') continue;
		for (const option of select.options) {
			if (option.dataset.label) labels.movement.set(option.value, option.dataset.label);
		}
	}

	let shown: PagefindResult[] = [];
	let generation = 0;
	let queue: Promise<void> = Promise.resolve();

	const readForm = (): SearchState => {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form)) {
			if (typeof value === 'string') params.append(name, value);
		}
		return parseSearchParams(params);
	};

	const fillForm = (state: SearchState): void => {
		if (input.value.trim() !== state.q) input.value = state.q;
		for (const [facet, select] of facetSelects) select.value = state.filters[facet] ?? '';
		sortSelect.value = SORT_PARAM[state.sort] ?? '';
	};

	const showCounts = (counts: Ranked['counts'] | undefined): void => {
		for (const [facet, select] of facetSelects) {
			for (const option of select.options) {
				const label = option.dataset.label;
				if (label === undefined) continue;
				if (!counts) {
					option.textContent = label;
					option.disabled = false;
					continue;
				}
				const n = counts[facet][option.value] ?? 0;
				option.textContent = t('search.facet.option', { label, n });
				option.disabled = n === 0 && select.value !== option.value;
			}
		}
	};

	const renderMore = async (results: PagefindResult[], focusFirst: boolean): Promise<void> => {
		const size = shown.length === 0 ? FIRST_PAGE : MORE_PAGE;
		const page = results.slice(shown.length, shown.length + size);
		const data = await Promise.all(page.map((r) => r.data()));
		const items = data.map((d) => {
			const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
			const link = item.querySelector('a');
			if (link) {
				link.href = d.url;
				link.textContent = decodeFromIndex(d.meta.title ?? d.url);
			}
			const date = item.querySelector<HTMLElement>('[data-date]');
			const parsed = parsePartialDate(d.filters.date?.[0] ?? '');
			if (date && parsed.ok) date.textContent = formatPartialDate(parsed.value);
			const movement = item.querySelector<HTMLElement>('[data-movement]');
			const names = (d.filters.movement ?? []).map((id) => labels.movement.get(id) ?? id);
			if (movement && names.length) movement.textContent = ` · ${names.join(', ')}`;
			const excerpt = item.querySelector<HTMLElement>('.search-result-excerpt');
			if (excerpt) excerpt.innerHTML = safeExcerpt(d.excerpt);
			return item;
		});
		list.append(...items);
		shown = [...shown, ...page];
		more.hidden = shown.length >= results.length;
		if (focusFirst) items[0]?.querySelector('a')?.focus();
	};

	let current: PagefindResult[] = [];

	const run = async (state: SearchState): Promise<void> => {
		const mine = ++generation;
		list.replaceChildren();
		shown = [];
		current = [];
		more.hidden = true;
		empty.hidden = true;
		if (!isActive(state)) {
			status.textContent = '';
			showCounts(undefined);
			return;
		}
		status.textContent = t('search.loading');
		list.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await loadPagefind(parts);
			const ranked = await searchFor(pagefind, state);
			if (mine !== generation) return;
			current = ranked.results;
			showCounts(ranked.counts);
			const n = ranked.results.length;
			const filtered = FACETS.some((f) => state.filters[f] !== undefined);
			if (n === 0) {
				status.textContent = state.q
					? t('search.noResults', { q: state.q })
					: t('search.noResultsFiltered');
				empty.hidden = !filtered;
			} else {
				// Results first, then the announcement, so a screen reader hears it when they are there.
				await renderMore(current, false);
				if (mine !== generation) return;
				status.textContent = state.q
					? t('search.count', { n, q: state.q })
					: t('search.countFiltered', { n });
			}
		} catch (error) {
			console.error(error);
			status.textContent = t('search.error');
		} finally {
			list.removeAttribute('aria-busy');
		}
	};

	const enqueue = (state: SearchState): void => {
		queue = queue.then(() => run(state));
	};

	/** Puts the state in the address bar: a new history entry, or replacing it while typing. */
	const navigate = (state: SearchState, mode: 'push' | 'replace'): void => {
		const search = toSearchParams(state);
		const url = `${location.pathname}${search ? `?${search}` : ''}`;
		if (url === `${location.pathname}${location.search}`) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	};

	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		const state = readForm();
		navigate(state, 'push');
		enqueue(state);
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		const state = readForm();
		navigate(state, 'push');
		enqueue(state);
	});
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => {
			const state = readForm();
			navigate(state, 'replace');
			enqueue(state);
		}, TYPING_DELAY_MS);
	});
	more.addEventListener('click', () => {
		queue = queue.then(() => renderMore(current, true));
	});
	clear.addEventListener('click', () => {
		const state: SearchState = { ...readForm(), filters: {} };
		fillForm(state);
		navigate(state, 'push');
		enqueue(state);
		input.focus();
	});
	window.addEventListener('popstate', () => {
		const state = parseSearchParams(location.search);
		fillForm(state);
		enqueue(state);
	});

	const initial = parseSearchParams(location.search);
	fillForm(initial);
	navigate(initial, 'replace');
	enqueue(initial);
}
