/**
 * Where the content lives and the site settings read from it. `BANTIN_CONTENT` points the build
 * at another content tree (the test fixtures, the benchmark corpus); the default is ./content.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ContentError } from './lib/errors.ts';
import { siteSchema, type SiteSettings } from './schemas/site.ts';

export const contentDir = resolve(process.env['BANTIN_CONTENT'] ?? 'content');

/** Astro's cacheDir for this content tree (set by astro.config.mjs); bantin keeps its caches there too. */
export const cacheDir = resolve(process.env['BANTIN_CACHE_DIR'] ?? 'node_modules/.astro');

export function loadSiteSettings(dir: string = contentDir): SiteSettings {
	const file = join(dir, 'site.yaml');
	const result = siteSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (result.success) return result.data;
	throw new ContentError(
		result.error.issues.map((issue) => ({
			file,
			field: issue.path.join('.') || '(tệp)',
			expected: issue.message,
		})),
	);
}

export const site = loadSiteSettings();
