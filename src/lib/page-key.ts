/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, docs/build-cache.md).
 * Astro skips a page, and copies last build's output, when the page's code is unchanged and its
 * `cacheKey` is the one it had then. So a key must change whenever anything the page shows
 * changes: routes pass every input they render from, and this module hashes them.
 */
import { createHash } from 'node:crypto';

/**
 * Bump when what a page shows comes from somewhere the keys do not cover (code changes are
 * covered by Astro itself: it hashes each page's module graph).
 */
export const PAGE_KEY_VERSION = 1;

/** JSON for hashing: Maps and Sets as arrays; undefined, functions and symbols left out. */
function replacer(_key: string, value: unknown): unknown {
	if (value instanceof Map) return { map: [...value.entries()] };
	if (value instanceof Set) return { set: [...value.values()] };
	return value;
}

/** The cache key of a page rendered from `inputs` (order matters). */
export function pageKey(...inputs: readonly unknown[]): string {
	return createHash('sha256')
		.update(JSON.stringify([PAGE_KEY_VERSION, ...inputs], replacer))
		.digest('base64url');
}
