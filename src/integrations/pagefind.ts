/**
 * Builds the search index inside `astro build` through Pagefind's Node API (docs/search.md), the
 * way Starlight does: once every page is written (`astro:build:done`), the pages of this build
 * that carry `data-pagefind-body` (the article pages) are read from the output folder and added
 * to one index, written to dist/pagefind/ (a very large archive: one index per part of
 * src/lib/search-parts.ts, one after the other). Each page is indexed in the spelling of
 * src/lib/search.ts (`đ` → `d` + U+0335), so searches without tone marks find `đ` too; the files
 * in dist are not changed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeForIndex } from '../lib/search.ts';
import { partFolder, searchPartSize, searchParts } from '../lib/search-parts.ts';

/** Pagefind's ready-made UIs; the site has its own (src/pages/tim-kiem/), so they are not shipped. */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

const BODY_MARK = 'data-pagefind-body';

/** An article page's date sort key (SearchIndexMeta.astro), the order of the parts. */
const SORT_DATE_TAG = /<meta\b[^>]*\bdata-pagefind-sort="date\[content\]"[^>]*>/;

/**
 * Pages sent to the Pagefind service before waiting for it, so the next files are read while it
 * indexes. The service takes them in the order sent, so the index is the same from build to build.
 */
const IN_FLIGHT = 16;

export interface HtmlPage {
	/** Root-relative URL of the page, e.g. "/bai-viet/ten-bai/". */
	url: string;
	html: string;
}

export interface IndexReport {
	/** Pages put into the index. */
	pages: number;
	/** HTML pages looked at (pages without `data-pagefind-body` are skipped). */
	scanned: number;
}

function fail(what: string, errors: readonly string[]): never {
	throw new Error(`Pagefind: ${what} thất bại:\n${errors.join('\n')}`);
}

/**
 * Indexes the pages that carry `data-pagefind-body`, in the order given, into one Pagefind
 * bundle at `bundleDir`, and deletes the index from the Pagefind service once it is written.
 */
async function writeBundle(
	pages: Iterable<HtmlPage> | AsyncIterable<HtmlPage>,
	bundleDir: string,
	report: IndexReport,
): Promise<void> {
	const errors: string[] = [];
	const created = await pagefind.createIndex({ forceLanguage: 'vi' });
	const index = created.index ?? fail('tạo chỉ mục', created.errors);
	const inFlight: Promise<void>[] = [];
	for await (const { url, html } of pages) {
		report.scanned++;
		if (!html.includes(BODY_MARK)) continue;
		report.pages++;
		const added = index.addHTMLFile({ url, content: encodeForIndex(html) }).then((file) => {
			if (file.errors.length) errors.push(`${url}: ${file.errors.join('; ')}`);
		});
		inFlight.push(added);
		if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
	}
	await Promise.all(inFlight);
	if (errors.length) fail('lập chỉ mục', errors);
	const written = await index.writeFiles({ outputPath: bundleDir });
	if (written.errors.length) fail('ghi chỉ mục', written.errors);
	await index.deleteIndex();
}

/**
 * Indexes the pages that carry `data-pagefind-body` into the Pagefind bundle at `bundleDir`
 * (…/pagefind), replacing what was there: one index of `parts[0]`, then, for a very large archive,
 * one more index per further part, in that part's folder (src/lib/search-parts.ts). Only one part
 * is in the Pagefind service's memory at a time.
 */
export async function writeSearchIndex(
	parts: readonly (Iterable<HtmlPage> | AsyncIterable<HtmlPage>)[],
	bundleDir: string,
): Promise<IndexReport> {
	const report: IndexReport = { pages: 0, scanned: 0 };
	await rm(bundleDir, { recursive: true, force: true });
	try {
		for (const [i, pages] of parts.entries()) {
			await writeBundle(pages, join(bundleDir, partFolder(i)), report);
		}
	} finally {
		await pagefind.close();
	}
	await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(bundleDir, f), { force: true })));
	// A further part is merged into the first on the search page (Pagefind's mergeIndex), which
	// loads Pagefind's script, worker and WebAssembly once, from the first: its own copies go.
	for (let i = 1; i < parts.length; i++) {
		const dir = join(bundleDir, partFolder(i));
		const runtime = (await readdir(dir)).filter((f) => /\.(js|css)$|^wasm\./.test(f));
		await Promise.all(runtime.map((f) => rm(join(dir, f))));
	}
	return report;
}

/** The date sort key of an article page ("2020-08-01"), or "" for any other page. */
export function sortDateOf(html: string): string {
	const tag = SORT_DATE_TAG.exec(html)?.[0] ?? '';
	return /\bcontent="([^"]*)"/.exec(tag)?.[1] ?? '';
}

/**
 * The page files to index, split into the parts of src/lib/search-parts.ts: one part, in path
 * order, while the build cannot have more than `partSize` article pages; otherwise the article
 * pages (found by reading every page once, keeping only its path and date), newest first, then in
 * path order for the same date, `partSize` to a part (fewer than `partSize`: one part, in path order).
 */
export async function planParts(files: readonly string[], partSize: number): Promise<string[][]> {
	if (files.length <= partSize) return [[...files]];
	const articles: { file: string; date: string }[] = [];
	for (const file of files) {
		const html = await readFile(file, 'utf8');
		if (html.includes(BODY_MARK)) articles.push({ file, date: sortDateOf(html) });
	}
	const parts = searchParts(articles.length, partSize);
	if (parts.length === 1) return [articles.map((a) => a.file)];
	articles.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
	return parts.map((part) => articles.slice(part.start, part.end).map((a) => a.file));
}

/** The URL a page file of the output folder is served at (`build.format: 'directory'`). */
export function pageUrl(outDir: string, file: string, base = '/'): string {
	const path = relative(outDir, file).split(sep).join('/');
	return `${base.replace(/\/?$/, '/')}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The build's HTML files, read one at a time, in path order. */
async function* readPages(outDir: string, files: readonly string[], base: string) {
	for (const file of files) {
		yield { url: pageUrl(outDir, file, base), html: await readFile(file, 'utf8') };
	}
}

export default function bantinPagefind(): AstroIntegration {
	let base = '/';
	return {
		name: 'bantin-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			// `assets` lists every page file of this build, those the incremental build kept too, and
			// nothing a previous build left behind.
			'astro:build:done': async ({ dir, assets, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = [...new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))]
					.filter((file) => file.endsWith('.html'))
					.sort();
				const parts = await planParts(files, searchPartSize());
				const report = await writeSearchIndex(
					parts.map((part) => readPages(outDir, part, base)),
					join(outDir, 'pagefind'),
				);
				const inParts = parts.length > 1 ? ` in ${parts.length} parts` : '';
				logger.info(`Indexed ${report.pages} of ${files.length} pages${inParts}`);
			},
		},
	};
}
