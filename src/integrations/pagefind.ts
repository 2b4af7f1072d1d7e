/**
 * Builds the search index inside `astro build` through Pagefind's Node API (docs/search.md), the
 * way Starlight does: once every page is written (`astro:build:done`), the pages of this build
 * that carry `data-pagefind-body` (the article pages) are read from the output folder and added
 * to one index, written to dist/pagefind/. Each page is indexed in the spelling of
 * src/lib/search.ts (`đ` → `d` + U+0335), so searches without tone marks find `đ` too; the files
 * in dist are not changed.
 */
import { readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeForIndex } from '../lib/search.ts';

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
 * bundle at `bundleDir` (…/pagefind), replacing what was there.
 */
export async function writeSearchIndex(
	pages: Iterable<HtmlPage> | AsyncIterable<HtmlPage>,
	bundleDir: string,
): Promise<IndexReport> {
	const report: IndexReport = { pages: 0, scanned: 0 };
	const errors: string[] = [];
	try {
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
		await rm(bundleDir, { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath: bundleDir });
		if (written.errors.length) fail('ghi chỉ mục', written.errors);
	} finally {
		await pagefind.close();
	}
	await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(bundleDir, f), { force: true })));
	return report;
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
				const report = await writeSearchIndex(
					readPages(outDir, files, base),
					join(outDir, 'pagefind'),
				);
				logger.info(`Indexed ${report.pages} of ${report.scanned} pages`);
			},
		},
	};
}
