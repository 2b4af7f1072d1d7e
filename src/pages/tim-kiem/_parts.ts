/**
 * A very large archive's search index comes in parts (src/lib/search-parts.ts, docs/search.md
 * "Very large archives"). The further parts are merged into the first with Pagefind's
 * `mergeIndex`, so Pagefind's script, worker and WebAssembly load once. What a merge loses, made
 * good here: each part gets a `mergeFilter` with its number, so a search can ask some parts only.
 * - A date sort: Pagefind re-sorts merged results by score, which mixes the parts' date orders.
 *   Parts are date ranges (the first the newest), so each part is asked on its own and the
 *   answers are chained in date order.
 * - A word a part lacks: Pagefind drops it from the query in that part, or matches the longest
 *   word it begins with; such a part is left out when another part has the word.
 * - `exactDiacritics`: `options()` reaches the first part only, so the exact pass asks it alone.
 */
import { PART_FILTER, partsToAsk, queryWords } from '../../lib/search-parts.ts';

type Counts = Record<string, Record<string, number>>;
type Filters = Record<string, string | { any: string[] } | { none: [] }>;

/** The part of Pagefind's JS API the merge needs. */
export interface MergeablePagefind {
	options: (options: { exactDiacritics?: boolean; mergeFilter?: Filters }) => Promise<void>;
	mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
	) => Promise<{ results: unknown[]; filters: Counts }>;
}

/** Sums filter counts over the parts' answers. */
function sumCounts(all: readonly Counts[]): Counts {
	const sum: Counts = {};
	for (const counts of all) {
		for (const [name, values] of Object.entries(counts)) {
			const into = (sum[name] ??= {});
			for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
		}
	}
	return sum;
}

/**
 * Merges the parts at `urls` (the second part on) into `pagefind`, each with `mergeOptions`
 * (options set later reach the first part only), and returns it with a search that asks the
 * right parts.
 */
export async function mergeParts<P extends MergeablePagefind>(
	pagefind: P,
	urls: readonly string[],
	mergeOptions: Record<string, unknown>,
): Promise<P> {
	const names = ['1', ...urls.map((_, i) => String(i + 2))];
	await pagefind.options({ mergeFilter: { [PART_FILTER]: '1' } });
	await Promise.all(
		urls.map((url, i) =>
			pagefind.mergeIndex(url, { ...mergeOptions, mergeFilter: { [PART_FILTER]: names[i + 1] } }),
		),
	);
	let exact = false;
	const knownBy = new Map<string, Promise<Set<string>>>();
	/**
	 * The parts whose index has `word` itself: a quoted one-word search matches only the word, where
	 * a plain one would also match, in a part without the word, the longest word it begins with.
	 */
	const partsKnowing = (word: string): Promise<Set<string>> => {
		let known = knownBy.get(word);
		if (!known) {
			known = pagefind.search(`"${word}"`).then((answer) => {
				const counts = Object.entries(answer.filters[PART_FILTER] ?? {});
				return new Set(counts.filter(([, n]) => n > 0).map(([name]) => name));
			});
			knownBy.set(word, known);
			// A failed search is asked again next time.
			known.catch(() => knownBy.delete(word));
		}
		return known;
	};
	const search: MergeablePagefind['search'] = async (term, searchOptions = {}) => {
		const only = (part: string | { any: string[] }) => ({
			...searchOptions,
			filters: { ...searchOptions.filters, [PART_FILTER]: part },
		});
		if (exact) return pagefind.search(term, only('1'));
		const known = await Promise.all(queryWords(term).map(partsKnowing));
		const asked = partsToAsk(names.map((name) => known.map((parts) => parts.has(name)))).map(
			(i) => names[i] ?? '',
		);
		if (asked.length === 0) return { results: [], filters: {} };
		const direction = Object.values(searchOptions.sort ?? {})[0];
		if (!direction) {
			return pagefind.search(
				term,
				asked.length < names.length ? only({ any: asked }) : searchOptions,
			);
		}
		// Newest part first for newest first, and the other way round.
		if (direction === 'asc') asked.reverse();
		const answers = await Promise.all(asked.map((part) => pagefind.search(term, only(part))));
		return {
			results: answers.flatMap((answer) => answer.results),
			filters: sumCounts(answers.map((answer) => answer.filters)),
		};
	};
	const options: MergeablePagefind['options'] = async (set) => {
		if (set.exactDiacritics !== undefined) exact = set.exactDiacritics;
		await pagefind.options(set);
	};
	return { ...pagefind, search, options };
}
