/**
 * Reads the content tree (BANTIN_CONTENT or ./content) for the editor tools: the same files the
 * build's loaders read (articles `**∕[^_]*.{md,mdx}`, campaigns and agencies `*.yaml`).
 */
import { existsSync, opendirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentSources, SourceFile } from '../../src/lib/content-check.ts';

/** The content folder, as src/config.ts resolves it. */
export function contentRoot(): string {
	return resolve(process.env['BANTIN_CONTENT'] ?? 'content');
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** An article's file name, as the articles loader's pattern `**∕[^_]*.{md,mdx}` takes it. */
const isArticleName = (name: string): boolean => /^[^_].*\.mdx?$/.test(name);

/** Article files under `dir`, as paths relative to it, sorted. */
export function listArticleEntries(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map(toPosix)
		.filter((entry) => isArticleName(entry.slice(entry.lastIndexOf('/') + 1)))
		.sort();
}

/**
 * How many article files `dir` holds (the ones listArticleEntries lists), without keeping their
 * names: the build launcher only needs the number, and stays resident during the whole build.
 */
export function countArticleEntries(dir: string): number {
	if (!existsSync(dir)) return 0;
	let count = 0;
	const folder = opendirSync(dir);
	try {
		for (let entry = folder.readSync(); entry; entry = folder.readSync()) {
			if (entry.isDirectory()) count += countArticleEntries(join(dir, entry.name));
			else if (isArticleName(entry.name)) count++;
		}
	} finally {
		folder.closeSync();
	}
	return count;
}

function listYaml(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort();
}

function read(dir: string, entry: string, cwd: string): SourceFile {
	const path = join(dir, entry);
	return { file: toPosix(relative(cwd, path)), entry, source: readFileSync(path, 'utf8') };
}

export function readContent(root: string = contentRoot(), cwd = process.cwd()): ContentSources {
	const articles = join(root, 'articles');
	const campaigns = join(root, 'campaigns');
	const agencies = join(root, 'agencies');
	return {
		site: existsSync(join(root, 'site.yaml')) ? read(root, 'site.yaml', cwd) : undefined,
		articles: listArticleEntries(articles).map((e) => read(articles, e, cwd)),
		campaigns: listYaml(campaigns).map((e) => read(campaigns, e, cwd)),
		agencies: listYaml(agencies).map((e) => read(agencies, e, cwd)),
	};
}

/** Every article id in use, across the whole archive (for `new` and `import`). */
export function articleIds(root: string, idOf: (entry: string) => string): Set<string> {
	return new Set(listArticleEntries(join(root, 'articles')).map(idOf));
}
