/**
 * Where the content lives and the site settings read from it. `BANTIN_CONTENT` points the build
 * at another content tree (the test fixtures, the benchmark corpus); the default is ./content.
 */
import { cacheDirFor, contentRoot, readSiteSettings } from './lib/content-files.ts';
import { shardSizeFor } from './lib/search-shards.ts';

export const contentDir = contentRoot();

/**
 * Articles per search-index shard for an archive of `articles` (src/lib/search-shards.ts).
 * BANTIN_SEARCH_SHARD_SIZE fixes it, e.g. to test sharding on a small archive.
 */
export function searchShardSize(articles: number): number {
	const fixed = Number(process.env['BANTIN_SEARCH_SHARD_SIZE']);
	return fixed > 0 ? fixed : shardSizeFor(articles);
}

/** Astro's cacheDir for this content tree (astro.config.mjs sets it); bantin's caches go there too. */
export const cacheDir = cacheDirFor();

export const site = readSiteSettings(contentDir);
