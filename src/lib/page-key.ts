/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, docs/build-cache.md).
 * Astro skips a page, and keeps last build's output, when the page's code is unchanged and its
 * `cacheKey` is the one it had then. Pages render from their props alone, so a key made from
 * those props (and the site settings every page shows) changes whenever what the page shows does.
 */
import { createHash } from 'node:crypto';

/**
 * Bump when what a page shows comes from somewhere its props do not cover (code changes are
 * covered by Astro itself: it hashes each page's module graph).
 */
export const PAGE_KEY_VERSION = 2;

type Image = { src: string; clone?: { src: string } };

/**
 * An imported photo (ImageMetadata): it has a file path, which plain data does not. Reading the
 * path, or the `clone`, is safe; reading any other field of Astro's image proxy would make the
 * build ship the original file as well.
 */
function isImage(value: object): value is Image {
	return typeof (value as { fsPath?: unknown }).fsPath === 'string';
}

/** A collection entry (for render()): it names its collection. */
function isEntry(value: object): value is { collection: string; id: string; digest?: unknown } {
	return typeof (value as { collection?: unknown }).collection === 'string' && 'data' in value;
}

/**
 * JSON for hashing: a photo as its address in the build (`/_astro/name.<content hash>.jpg`), a
 * collection entry as its digest and data (not its raw body), Maps and Sets as arrays;
 * undefined, functions and symbols left out.
 */
function replacer(_key: string, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return value;
	if (isImage(value)) return { image: (value.clone ?? value).src };
	if (isEntry(value)) {
		const { collection, id, digest, data } = value as typeof value & { data: unknown };
		return { entry: `${collection}/${id}`, digest, data };
	}
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

/**
 * A path from getStaticPaths with its `cacheKey`: the hash of its params, its props and
 * `shared`, what every page shows besides its props (the site settings its layout reads).
 */
export function withCacheKey<T extends { params: object; props: object }>(
	path: T,
	shared: unknown,
): T & { cacheKey: string } {
	return { ...path, cacheKey: pageKey(shared, path.params, path.props) };
}
