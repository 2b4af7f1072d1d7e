/**
 * The search index in shards. Pagefind holds a whole index in memory until it writes it (about
 * 250 MB per 1,000 articles), so a large archive is indexed in shards of `shardSize` articles,
 * each written and freed before the next grows. Shards are counted from the oldest article: shard
 * 0 holds the oldest `shardSize` articles, the last shard the newest (and fewer). So every shard
 * covers a span of dates, and a new article changes only the newest shard, which lets a rebuild
 * reuse every shard whose pages did not change (src/integrations/pagefind.ts). The search page
 * loads every shard as its own Pagefind instance and merges the answers here: by score for
 * relevance, and for a date sort by walking the shards in date order, each already sorted by
 * Pagefind.
 *
 * One difference needs care: Pagefind leaves out of a query the words its index does not know.
 * A single index knows every word of the archive, but a shard may lack one, and would then answer
 * "thi dua" with every article that has "dua". So a shard's answer counts only when the shard
 * knows every query word that some shard knows (queryWords, shardsToKeep).
 */

/**
 * The smallest shard, in articles. A shard is indexed again whenever one of its articles changes,
 * at about 5 ms per article (Pagefind adding and writing), so a one-article edit costs a rebuild
 * about 5 s of indexing; a shard holds about 250 MB of the build's memory per 1,000 articles
 * while it fills. Halving it from 2,000 cut the search part of a 10,000-article rebuild from 14.7
 * to 6.1 s and the build's peak memory by about 200 MB; a reader's first search there loads 10
 * shards instead of 5 (docs/bench.md, session 5).
 */
export const MIN_SHARD_SIZE = 1000;

/**
 * The most shards a reader's first search loads: each costs Pagefind's WebAssembly (55 KB) and
 * script (13 KB compressed) once more, plus its metadata (about 10 KB per 1,000 articles).
 */
export const MAX_SHARDS = 16;

/**
 * Articles per shard for an archive of `articles` (BANTIN_SEARCH_SHARD_SIZE overrides it, see
 * src/config.ts): MIN_SHARD_SIZE doubled until the archive fits in MAX_SHARDS shards. It only
 * changes when the archive doubles past a boundary (16,000, 32,000, 64,000 … articles), so
 * shards stay cached from build to build: 10,000 articles make 10 shards of 1,000, 100,000
 * make 13 of 8,000.
 */
export function shardSizeFor(articles: number): number {
	let size = MIN_SHARD_SIZE;
	while (Math.ceil(articles / size) > MAX_SHARDS) size *= 2;
	return size;
}

/** The shard of the article at `order` (0 = newest) in an archive of `total` articles. */
export function shardOf(order: number, total: number, size: number): number {
	return Math.floor((total - 1 - order) / size);
}

/** True when `order` is the oldest article of its shard: the shard is complete once it is in. */
export function closesShard(order: number, total: number, size: number): boolean {
	return (total - 1 - order) % size === 0;
}

/** Shards an archive of `articles` needs; an empty archive still has one (empty) index. */
export function shardCount(articles: number, size: number): number {
	return Math.max(1, Math.ceil(articles / size));
}

/** Where shard `k`'s Pagefind bundle is served: the first at /pagefind/, as Pagefind expects. */
export function shardPath(k: number): string {
	return k === 0 ? '/pagefind/' : `/pagefind/phan-${k + 1}/`;
}

export interface ShardResult {
	id: string;
	score: number;
}

export interface ShardResponse<R extends ShardResult> {
	results: R[];
	filters: Record<string, Record<string, number>>;
}

/** Sums filter counts over shards. */
export function mergeFilters(
	all: readonly Record<string, Record<string, number>>[],
): Record<string, Record<string, number>> {
	const merged: Record<string, Record<string, number>> = {};
	for (const filters of all) {
		for (const [name, values] of Object.entries(filters)) {
			const into = (merged[name] ??= {});
			for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
		}
	}
	return merged;
}

/**
 * One answer from the shards' answers (in shard order: oldest shard first). Result ids get their
 * shard's number, so ids stay unique. `sort` is the date sort Pagefind was asked for, if any.
 */
export function mergeResponses<R extends ShardResult>(
	responses: readonly ShardResponse<R>[],
	sort?: Record<string, 'asc' | 'desc'>,
): ShardResponse<R & { source: R }> {
	// Each copy keeps its original: Pagefind's JS frees a result's data in its worker once the
	// result object is garbage-collected (a FinalizationRegistry), and data() then returns null.
	// Copies without the original lost their data at random, after the next GC.
	const tagged = responses.map((response, k) =>
		response.results.map((result) => ({ ...result, id: `${k}:${result.id}`, source: result })),
	);
	const direction = sort ? Object.values(sort)[0] : undefined;
	let results: (R & { source: R })[];
	if (direction === 'asc') results = tagged.flat();
	// Newest first, and for relevance equal scores keep the newest shard first (sort is stable).
	else if (direction === 'desc') results = tagged.reverse().flat();
	else
		results = tagged
			.reverse()
			.flat()
			.sort((a, b) => b.score - a.score);
	return { results, filters: mergeFilters(responses.map((r) => r.filters)) };
}

/** The words Pagefind matches separately in a query; none for an exact "phrase" search. */
export function queryWords(term: string | null): string[] {
	if (term === null || /^\s*".+"\s*$/.test(term)) return [];
	return [...new Set(term.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean))];
}

/**
 * Which shards' answers count, from `knows[shard][word]`: a shard that lacks a word another
 * shard knows would have dropped it from the query (see above), so its answer is left out.
 */
export function shardsToKeep(knows: readonly (readonly boolean[])[]): boolean[] {
	const words = knows[0]?.length ?? 0;
	const known = Array.from({ length: words }, (_, w) => knows.some((shard) => shard[w]));
	return knows.map((shard) => known.every((isKnown, w) => !isKnown || shard[w] === true));
}
