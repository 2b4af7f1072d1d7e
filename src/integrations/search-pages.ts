/**
 * Where the build's pages reach the search index of the build in progress (pagefind.ts,
 * LiveIndex): the integration puts it on globalThis under LIVE_INDEX, because pages and
 * middleware run in another bundle of the same process. Outside `astro build` (the dev server)
 * there is no index and these do nothing.
 */
export const LIVE_INDEX = Symbol.for('bantin.pagefind.liveIndex');

/** What pages and the search middleware see of the live index. */
export interface LiveIndexSink {
	add(url: string, html: string, order?: number, total?: number): Promise<void>;
	expect(urls: readonly string[]): void;
}

export function liveIndex(): LiveIndexSink | undefined {
	return (globalThis as { [LIVE_INDEX]?: LiveIndexSink })[LIVE_INDEX];
}

/**
 * Tells the index which article pages to expect, in archive order. Pages the incremental build
 * skips never pass through the search middleware; the index reads those back from dist/.
 */
export function expectSearchPages(urls: readonly string[]): void {
	liveIndex()?.expect(urls);
}
