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

/**
 * Pages handed over while Astro renders them (search-middleware.ts), indexed by the Pagefind
 * service in its own process, so indexing runs on the second core during page rendering instead
 * of re-reading every file of dist/ afterwards.
 */
export class LiveIndex {
	#index: pagefind.PagefindIndex | undefined;
	#ready: Promise<pagefind.PagefindIndex>;
	#pending = new Set<Promise<void>>();
	#errors: string[] = [];
	/** Pages that finished rendering before an earlier one, by their searchOrder. */
	#early = new Map<number, { url: string; html: string }>();
	#next = 0;
	pages = 0;
	scanned = 0;

	constructor() {
		this.#ready = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
			if (!index) fail('tạo chỉ mục', errors);
			this.#index = index;
			return index;
		});
		// Reported from finish(); keep Node from calling it unhandled in the meantime.
		this.#ready.catch(() => undefined);
	}

	/**
	 * Takes one rendered page. Pages with an `order` go to the index in that order (Pagefind
	 * numbers pages as they arrive, so arrival order shows in its files); resolves once the
	 * service has room for more (backpressure).
	 */
	async add(url: string, html: string, order?: number): Promise<void> {
		this.scanned++;
		if (!html.includes(BODY_MARK)) return;
		this.pages++;
		if (order === undefined) {
			this.#send(url, html);
		} else {
			this.#early.set(order, { url, html });
			for (let page = this.#early.get(this.#next); page; page = this.#early.get(this.#next)) {
				this.#early.delete(this.#next++);
				this.#send(page.url, page.html);
			}
		}
		if (this.#pending.size >= MAX_PENDING) await Promise.race(this.#pending);
	}

	#send(url: string, html: string): void {
		const job = this.#ready
			.then((index) => index.addHTMLFile({ url, content: encodeForIndex(html) }))
			.then((added) => {
				if (added.errors.length) this.#errors.push(`${url}: ${added.errors.join('; ')}`);
			})
			.catch((error: unknown) => {
				this.#errors.push(`${url}: ${String(error)}`);
			})
			.finally(() => this.#pending.delete(job));
		this.#pending.add(job);
	}

	/** Stops the service without writing anything (no page came through the middleware). */
	async abandon(): Promise<void> {
		await this.#ready.then((index) => index.deleteIndex()).catch(() => undefined);
		await pagefind.close();
	}

	/** Waits for every page, writes the bundle and stops the service. */
	async finish(outputPath: string): Promise<IndexReport> {
		try {
			const index = await this.#ready;
			// Orders never reached (a page that did not render): send the rest in order.
			for (const order of [...this.#early.keys()].sort((a, b) => a - b)) {
				const page = this.#early.get(order);
				if (page) this.#send(page.url, page.html);
			}
			this.#early.clear();
			await Promise.all(this.#pending);
			if (this.#errors.length) fail('lập chỉ mục', this.#errors);
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length) fail('ghi chỉ mục', written.errors);
			await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(outputPath, f), { force: true })));
			return { pages: this.pages, scanned: this.scanned, outputPath };
		} finally {
			await this.#index?.deleteIndex();
			await pagefind.close();
		}
	}
}

/** Pages in flight to the Pagefind service before rendering waits for it. */
const MAX_PENDING = 32;

/** Where the middleware finds the index of the build in progress (same process, other bundle). */
export const LIVE_INDEX = Symbol.for('bantin.pagefind.liveIndex');

type WithLiveIndex = typeof globalThis & { [LIVE_INDEX]?: LiveIndex | undefined };

/** Article pages in dist (`bai-viet/<id>/index.html`), counted without reading them. */
async function articlePageCount(root: string): Promise<number> {
	const dir = join(root, 'bai-viet');
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
	return entries.filter((e) => e.isDirectory()).length;
}

export default function bantinPagefind(): AstroIntegration {
	const global = globalThis as WithLiveIndex;
	return {
		name: 'bantin-pagefind',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command === 'build') {
					addMiddleware({
						entrypoint: new URL('./search-middleware.ts', import.meta.url),
						order: 'post',
					});
				}
			},
			'astro:build:start': () => {
				global[LIVE_INDEX] = new LiveIndex();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const live = global[LIVE_INDEX];
				global[LIVE_INDEX] = undefined;
				let report: IndexReport;
				if (live && live.scanned > 0) {
					report = await live.finish(join(root, 'pagefind'));
					// Every article page must have passed through the middleware: never publish an
					// index that silently misses articles.
					const articles = await articlePageCount(root);
					if (report.pages < articles) {
						throw new Error(
							`Pagefind: chỉ mục có ${report.pages} bài nhưng dist/bai-viet có ${articles} trang bài`,
						);
					}
				} else {
					// No page came through the middleware: index the files of dist instead.
					await live?.abandon();
					report = await writeSearchIndex(htmlPages(root), join(root, 'pagefind'));
				}
				const ms = Math.round(performance.now() - started);
				logger.info(`Indexed ${report.pages} of ${report.scanned} pages in ${ms} ms`);
			},
		},
	};
}
