/**
 * Tells the search index of the build in progress (pagefind.ts, LiveIndex) which article pages
 * to expect, in archive order. Pages the incremental build skips never pass through the search
 * middleware; the index reads those back from dist/ instead. Outside `astro build` (the dev
 * server) there is no index and this does nothing.
 */
interface ExpectsPages {
	expect(urls: readonly string[]): void;
}

const LIVE_INDEX = Symbol.for('bantin.pagefind.liveIndex');

export function expectSearchPages(urls: readonly string[]): void {
	(globalThis as { [LIVE_INDEX]?: ExpectsPages })[LIVE_INDEX]?.expect(urls);
}
