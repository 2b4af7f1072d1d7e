/**
 * Builds the Pagefind search index at the end of `astro build` (hook `astro:build:done`), through
 * Pagefind's Node API, so the README's build command produces dist/pagefind/.
 *
 * Only pages that mark a `data-pagefind-body` (article pages) are indexed; listings, archives and
 * the search page itself are not. Each page is indexed in the spelling of src/lib/search.ts
 * (`đ` → `d` + U+0335) so that searches without tone marks find `đ` too; the files in dist are
 * not changed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeForIndex } from '../lib/search.ts';

export interface IndexReport {
	/** Pages put into the index. */
	pages: number;
	/** HTML files looked at (pages without `data-pagefind-body` are skipped). */
	scanned: number;
	outputPath: string;
}

export interface HtmlPage {
	/** Root-relative URL of the page, e.g. "/bai-viet/ten-bai/". */
	url: string;
	html: string;
}

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

function fail(what: string, errors: string[]): never {
	throw new Error(`Pagefind: ${what} thất bại:\n${errors.join('\n')}`);
}

/** Indexes the given pages and writes the bundle to `outputPath` (…/pagefind). */
export async function writeSearchIndex(
	pages: Iterable<HtmlPage> | AsyncIterable<HtmlPage>,
	outputPath: string,
): Promise<IndexReport> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index) fail('tạo chỉ mục', errors);
	try {
		let count = 0;
		let scanned = 0;
		for await (const page of pages) {
			scanned++;
			if (!page.html.includes(BODY_MARK)) continue;
			const added = await index.addHTMLFile({ url: page.url, content: encodeForIndex(page.html) });
			if (added.errors.length) fail(`lập chỉ mục ${page.url}`, added.errors);
			count++;
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) fail('ghi chỉ mục', written.errors);
		await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(outputPath, f), { force: true })));
		return { pages: count, scanned, outputPath };
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
}

/** Every HTML file under `dir` with the URL a static host serves it at. */
export async function* htmlPages(dir: string): AsyncGenerator<HtmlPage> {
	const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
	for (const file of files) {
		const path = relative(dir, join(dir, file)).split(sep).join('/');
		const url = '/' + path.replace(/(^|\/)index\.html$/, '$1');
		yield { url, html: await readFile(join(dir, file), 'utf8') };
	}
}

export default function bantinPagefind(): AstroIntegration {
	return {
		name: 'bantin-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const report = await writeSearchIndex(htmlPages(root), join(root, 'pagefind'));
				const ms = Math.round(performance.now() - started);
				logger.info(`Indexed ${report.pages} of ${report.scanned} pages in ${ms} ms`);
			},
		},
	};
}
