/**
 * Where the content lives and the site settings read from it. `BANTIN_CONTENT` points the build
 * at another content tree (the test fixtures, the benchmark corpus); the default is ./content.
 */
import { cacheDirFor, contentRoot, readSiteSettings } from './lib/content-files.ts';

export const contentDir = contentRoot();

/** Astro's cacheDir for this content tree (astro.config.mjs sets it); bantin's caches go there too. */
export const cacheDir = cacheDirFor();

export const site = readSiteSettings(contentDir);
