/**
 * Settings for the native memory allocators inside the build, which `npm run build` gives
 * Astro's process (scripts/build.ts) and, through it, the Pagefind service it starts.
 *
 * - Rolldown (Vite's bundler) allocates with mimalloc, which asks the kernel for transparent
 *   huge pages. A 2 MB page is resident as soon as one byte of it is used, so at 2,000
 *   articles mimalloc's arena held 207 MB, 198 MB of it in huge pages, for at most 46 MB of
 *   live allocations (MIMALLOC_SHOW_STATS=1 and /proc/<pid>/smaps, docs/bench.md, session 6).
 *   MIMALLOC_ALLOW_THP=0 keeps it to ordinary 4 KB pages.
 * - The Pagefind service allocates with jemalloc, which keeps freed pages for ten seconds in
 *   case they are wanted again. A search shard is written and dropped every few seconds, so the
 *   service still held the last shard's pages while it filled the next. Keeping them one second
 *   took its peak from 404–425 MB to 308–334 MB over two 1,000-page shards, for about 0.4 s
 *   more system time; returning them at once (0 ms) saved 30 MB more for 1.4 s more.
 *
 * A value the user set in the environment wins.
 */
export const ALLOCATOR_DEFAULTS = {
	MIMALLOC_ALLOW_THP: '0',
	// Pagefind's jemalloc is built with the `_rjem_` prefix, so it reads this name.
	_RJEM_MALLOC_CONF: 'dirty_decay_ms:1000,muzzy_decay_ms:0',
} as const;

/** `env` with the allocator settings above wherever it does not set them itself. */
export function withAllocatorDefaults(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const out = { ...env };
	for (const [name, value] of Object.entries(ALLOCATOR_DEFAULTS)) out[name] ??= value;
	return out;
}
