/**
 * The V8 heap limit `npm run build` gives Astro (scripts/build.ts).
 *
 * V8 lets a heap grow towards its limit before it collects it in earnest, and Node's default
 * limit on a 24 GB machine is about 4.2 GB. So a 10,000-article build whose live data never
 * passed about 300 MB grew to 1.1 GB of mostly garbage, and the whole build peaked at 2.2–2.4 GB.
 * A limit sized for the archive keeps it near what it needs. Too tight a limit makes V8 collect
 * over and over: 1.7 times the live heap made a 2,000-article build about 35 % slower, 3.5 times
 * cost nothing measurable.
 *
 * The live heap (the largest heap after a full collection, from `node --trace-gc`) was 148 MB at
 * 2,000 articles, at least 285 MB at 10,000 and 884 MB at 40,000 (docs/bench.md, session 5):
 * under LIVE_BASE_MB plus LIVE_PER_ARTICLE_MB an article. The limit is HEADROOM times that
 * estimate, never below MIN_HEAP_MB, and never above Node's own default: with the 4.2 GB default
 * of a 24 GB machine, an archive of about 60,000 articles or more keeps the default, which built
 * 100,000 articles.
 */

export const LIVE_BASE_MB = 110;
export const LIVE_PER_ARTICLE_MB = 0.022;
export const HEADROOM = 3;
export const MIN_HEAP_MB = 512;

/**
 * The size of each of V8's two young-generation semi-spaces under that limit. Node 24's default
 * is 64 MB: 128 MB of young generation, all of it resident soon after the build starts, while a
 * build's young objects (the strings of the page being rendered) need a few MB at a time. 16 MB
 * took 60–115 MB off Astro's process at 2,000 articles, for 1.0–1.4 s of minor collections
 * against 0.6–0.8 s, and 100–280 MB off it at 10,000 articles with no cost in time that the
 * runs could show (docs/bench.md, session 6).
 */
export const SEMI_SPACE_MB = 16;

/** The limit for an archive of `articles`, in MB, or undefined to keep Node's default. */
export function heapLimitMb(articles: number, defaultMb: number): number | undefined {
	const estimate = (LIVE_BASE_MB + LIVE_PER_ARTICLE_MB * articles) * HEADROOM;
	const limit = Math.max(MIN_HEAP_MB, Math.ceil(estimate / 64) * 64);
	return limit < defaultMb ? limit : undefined;
}

/** True when NODE_OPTIONS sets the V8 flag `name` (written with dashes), in either spelling. */
function setsFlag(nodeOptions: string | undefined, name: string): boolean {
	const spelled = name.split('-').join('[-_]');
	return new RegExp(`(^|\\s)--${spelled}[=\\s]`).test(nodeOptions ?? '');
}

/** True when the user already chose a heap limit in NODE_OPTIONS; theirs wins. */
export function hasHeapLimit(nodeOptions: string | undefined): boolean {
	return setsFlag(nodeOptions, 'max-old-space-size');
}

/** True when the user already chose the young generation's size in NODE_OPTIONS; theirs wins. */
export function hasSemiSpaceSize(nodeOptions: string | undefined): boolean {
	return setsFlag(nodeOptions, 'max-semi-space-size');
}
