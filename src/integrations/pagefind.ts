/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API, so the
 * README's build command produces dist/pagefind/.
 *
 * A build-only middleware (search-middleware.ts) hands each rendered page to a LiveIndex while
 * Astro renders the rest, so the Pagefind service indexes on the second core instead of
 * re-reading dist/ afterwards. Only pages that mark a `data-pagefind-body` (article pages) are
 * indexed; listings, archives and the search page itself are not. Each page is indexed in the
 * spelling of src/lib/search.ts (`đ` → `d` + U+0335) so that searches without tone marks find
 * `đ` too; the files in dist are not changed.
 *
 * Large archives are indexed in shards (src/lib/search-shards.ts): Pagefind keeps an index in
 * memory until it is written, so each shard is written and freed as soon as its last article
 * has rendered, and memory stays bounded however many articles there are.
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cacheDir, searchShardSize } from '../config.ts';
import { encodeForIndex } from '../lib/search.ts';
import { shardOf, shardPath } from '../lib/search-shards.ts';

export interface IndexReport {
	/** Pages put into the index. */
	pages: number;
	/** HTML pages looked at (pages without `data-pagefind-body` are skipped). */
	scanned: number;
	/** Index shards written. */
	shards: number;
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

/** Pages in flight to the Pagefind service before rendering waits for it. */
const MAX_PENDING = 32;

function fail(what: string, errors: string[]): never {
	throw new Error(`Pagefind: ${what} thất bại:\n${errors.join('\n')}`);
}

interface Shard {
	k: number;
	index: Promise<pagefind.PagefindIndex>;
	pending: Set<Promise<void>>;
}

/**
 * The index of the build in progress. Pages arrive as they finish rendering; pages with an
 * `order` (article pages: their position in the archive) go to the index in that order, because
 * Pagefind numbers pages as they arrive and the files it writes show it. That keeps the index
 * byte-identical from build to build, and lets each shard be closed once its last page is in.
 */
export class LiveIndex {
	readonly #staging: string;
	readonly #shardSize: number;
	#shard: Shard | undefined;
	#written = 0;
	#closing: Promise<void> = Promise.resolve();
	#errors: string[] = [];
	/** Pages that finished rendering before an earlier one, by order. */
	#early = new Map<number, { url: string; html: string }>();
	#next = 0;
	/** Article pages the archive has, as the article pages report it. */
	#expected = 0;
	pages = 0;
	scanned = 0;

	constructor(staging: string, shardSize: number) {
		this.#staging = staging;
		this.#shardSize = shardSize;
	}

	/** Takes one rendered page; resolves once the service has room for more (backpressure). */
	async add(url: string, html: string, order?: number, total?: number): Promise<void> {
		this.scanned++;
		if (total !== undefined) this.#expected = Math.max(this.#expected, total);
		if (!html.includes(BODY_MARK)) return;
		this.pages++;
		if (order === undefined) {
			this.#send(url, html, this.#shard?.k ?? 0);
		} else {
			this.#early.set(order, { url, html });
			for (let page = this.#early.get(this.#next); page; page = this.#early.get(this.#next)) {
				this.#early.delete(this.#next);
				this.#send(page.url, page.html, shardOf(this.#next++, this.#shardSize));
			}
		}
		const pending = this.#shard?.pending;
		if (pending && pending.size >= MAX_PENDING) await Promise.race(pending);
	}

	#open(k: number): Shard {
		if (this.#shard && this.#shard.k === k) return this.#shard;
		if (this.#shard) this.#close(this.#shard);
		const index = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
			if (!index) fail('tạo chỉ mục', errors);
			return index;
		});
		// Reported when the shard is closed; keep Node from calling it unhandled meanwhile.
		index.catch(() => undefined);
		this.#shard = { k, index, pending: new Set() };
		return this.#shard;
	}

	/** Writes a shard once its pages are in, then frees it; shards are written one at a time. */
	#close(shard: Shard): void {
		const write = async (): Promise<void> => {
			const index = await shard.index;
			try {
				await Promise.all(shard.pending);
				const outputPath = join(this.#staging, String(shard.k));
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length) fail('ghi chỉ mục', written.errors);
				this.#written++;
			} finally {
				await index.deleteIndex();
			}
		};
		this.#closing = this.#closing.then(write);
		this.#closing.catch(() => undefined);
	}

	#send(url: string, html: string, k: number): void {
		const shard = this.#open(k);
		const job: Promise<void> = shard.index
			.then((index) => index.addHTMLFile({ url, content: encodeForIndex(html) }))
			.then((added) => {
				if (added.errors.length) this.#errors.push(`${url}: ${added.errors.join('; ')}`);
			})
			.catch((error: unknown) => {
				this.#errors.push(`${url}: ${String(error)}`);
			})
			.finally(() => shard.pending.delete(job));
		shard.pending.add(job);
	}

	/**
	 * Sends what is left, writes the last shard, stops the service and moves every shard into
	 * `bundleDir` (dist/pagefind): the first shard at its root, the others under shardPath(k).
	 */
	async finish(bundleDir: string): Promise<IndexReport> {
		try {
			// Every article page must have come through, or the index would silently miss some.
			const missing = this.#expected - this.#next;
			if (missing > 0 || this.#early.size > 0) {
				fail('lập chỉ mục', [
					`${missing} trong ${this.#expected} trang bài viết không qua chỉ mục (thứ tự ${this.#next} trở đi)`,
				]);
			}
			// An archive without articles still gets an (empty) index for the search page.
			this.#close(this.#shard ?? this.#open(0));
			this.#shard = undefined;
			await this.#closing;
			if (this.#errors.length) fail('lập chỉ mục', this.#errors);
		} finally {
			await pagefind.close();
		}
		await rm(bundleDir, { recursive: true, force: true });
		for (let k = 0; k < this.#written; k++) {
			const target = join(dirname(bundleDir), shardPath(k));
			await mkdir(dirname(target), { recursive: true });
			await move(join(this.#staging, String(k)), target);
			await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(target, f), { force: true })));
		}
		await rm(this.#staging, { recursive: true, force: true });
		return { pages: this.pages, scanned: this.scanned, shards: this.#written };
	}
}

async function move(from: string, to: string): Promise<void> {
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await cp(from, to, { recursive: true });
		await rm(from, { recursive: true, force: true });
	}
}

export interface HtmlPage {
	/** Root-relative URL of the page, e.g. "/bai-viet/ten-bai/". */
	url: string;
	html: string;
}

/** Indexes the given pages, in the order given, into `bundleDir` (…/pagefind), outside a build. */
export async function writeSearchIndex(
	pages: Iterable<HtmlPage> | AsyncIterable<HtmlPage>,
	bundleDir: string,
	shardSize = searchShardSize,
): Promise<IndexReport> {
	const live = new LiveIndex(`${bundleDir}.shards`, shardSize);
	let order = 0;
	for await (const page of pages) {
		await live.add(page.url, page.html, page.html.includes(BODY_MARK) ? order++ : undefined);
	}
	return live.finish(bundleDir);
}

/** Where the middleware finds the index of the build in progress (same process, other bundle). */
export const LIVE_INDEX = Symbol.for('bantin.pagefind.liveIndex');

type WithLiveIndex = typeof globalThis & { [LIVE_INDEX]?: LiveIndex | undefined };

export default function bantinPagefind(): AstroIntegration {
	const global = globalThis as WithLiveIndex;
	// Per process: two builds of the same content tree must not share it.
	const staging = join(cacheDir, 'bantin', `pagefind-shards-${process.pid}`);
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
			'astro:build:start': async () => {
				await rm(staging, { recursive: true, force: true });
				global[LIVE_INDEX] = new LiveIndex(staging, searchShardSize);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const live = global[LIVE_INDEX];
				global[LIVE_INDEX] = undefined;
				if (!live)
					throw new Error('Pagefind: chỉ mục chưa được tạo (astro:build:start không chạy)');
				const report = await live.finish(join(root, 'pagefind'));
				const ms = Math.round(performance.now() - started);
				logger.info(
					`Indexed ${report.pages} of ${report.scanned} pages in ${report.shards} shard(s); ${ms} ms after rendering`,
				);
			},
		},
	};
}
