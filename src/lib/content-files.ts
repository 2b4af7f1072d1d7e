/**
 * The content tree on disk, read the same way by the build (src/config.ts, the articles loader,
 * src/aliases.ts) and by the editors' scripts: where it is, where its caches go, which files are
 * articles (`**∕[^_]*.{md,mdx}` under articles/), and the site settings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import type { ContentSources, SourceFile } from './content-check.ts';
import { ContentError } from './errors.ts';

/** The content folder: BANTIN_CONTENT (a test fixture, the benchmark corpus) or ./content. */
export function contentRoot(): string {
	return resolve(process.env['BANTIN_CONTENT'] ?? 'content');
}

/**
 * Astro's cacheDir under the project `root`: each content tree that BANTIN_CONTENT names gets
 * its own folder (named after its path), so a test fixture never evicts the shipped site's cache.
 * bantin keeps its own caches there too (rendered bodies, photo checks, share cards).
 */
export function cacheDirFor(root: string = process.cwd()): string {
	const key = process.env['BANTIN_CONTENT']?.replace(/[^a-z0-9]+/gi, '-').slice(-60);
	return resolve(root, 'node_modules/.astro', key ?? '');
}

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * The article files under `dir` (the articles folder), as sorted POSIX paths relative to it:
 * Markdown and MDX files whose name does not start with "_", outside hidden folders.
 */
export function articleFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const files: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/^[^_.].*\.mdx?$/.test(entry.name)) continue;
		const path = toPosix(relative(dir, join(entry.parentPath, entry.name)));
		if (!path.split('/').some((part) => part.startsWith('.'))) files.push(path);
	}
	return files.sort();
}

/** The YAML files of a flat folder (content/campaigns/, content/agencies/), sorted by name. */
export function yamlFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort();
}

function read(dir: string, entry: string, cwd: string): SourceFile {
	const path = join(dir, entry);
	return { file: toPosix(relative(cwd, path)), entry, source: readFileSync(path, 'utf8') };
}

/** Every file of the content tree at `root`, with paths shown relative to `cwd`. */
export function readContent(root: string = contentRoot(), cwd = process.cwd()): ContentSources {
	const articles = join(root, 'articles');
	const campaigns = join(root, 'campaigns');
	const agencies = join(root, 'agencies');
	return {
		site: existsSync(join(root, 'site.yaml')) ? read(root, 'site.yaml', cwd) : undefined,
		articles: articleFiles(articles).map((e) => read(articles, e, cwd)),
		campaigns: yamlFiles(campaigns).map((e) => read(campaigns, e, cwd)),
		agencies: yamlFiles(agencies).map((e) => read(agencies, e, cwd)),
	};
}

/** The site settings of the content tree at `root` (content/site.yaml), validated. */
export function readSiteSettings(root: string = contentRoot()): SiteSettings {
	const file = join(root, 'site.yaml');
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
