/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API, so the
 * README's build command produces dist/pagefind/.
 *
 * A build-only middleware (search-middleware.ts) hands each rendered page to a LiveIndex while
 * Astro renders the rest, so the Pagefind service indexes on the second core instead of
 * re-reading dist/ afterwards. Only pages that mark a `data-pagefind-body` (article pages) are
 * indexed; listings, archives and the search page itself are not. Each page is indexed in the
 * spelling of src/lib/search.ts (`đ` → `d` + U+0335) so that searches without tone marks find
 * `đ` too; the files in dist are not changed. Pagefind is sent only what it reads of a page
 * (src/lib/search-document.ts), and a shard is cached by that, so a neighbour's new title shown
 * around an article does not make its shard be indexed again.
 *
 * Large archives are indexed in shards (src/lib/search-shards.ts): Pagefind keeps an index in
 * memory until it is written, so each shard is written and freed as soon as its last article
 * has rendered, and memory stays bounded however many articles there are.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchShardSize } from '../config.ts';
import { linkTree, readJsonFile, writeFileAtomic } from '../lib/files.ts';
import { encodeForIndex } from '../lib/search.ts';
import { searchDocument } from '../lib/search-document.ts';
import { closesShard, shardOf, shardPath } from '../lib/search-shards.ts';
import { LIVE_INDEX, type LiveIndexSink } from './search-pages.ts';

export interface IndexReport {
	/** Pages put into the index. */
	pages: number;
	/** HTML pages looked at (pages without `data-pagefind-body` are skipped). */
	scanned: number;
	/** Index shards written. */
	shards: number;
	/** Of those, shards taken unchanged from the last build. */
	reused: number;
	/** Article pages the build did not render (left from the last build). */
	restored: number;
	/** Of those, pages read back from dist/ (the others were known by their digest). */
	read: number;
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

/** Pages in flight to the Pagefind service when indexing a whole shard at once. */
const MAX_PENDING = 32;

/**
 * Rendered pages that may wait for the Pagefind service before rendering waits for it. The
 * service answers one request at a time, so while it writes a finished shard (seconds) the next
 * shard's pages queue up; this lets rendering go on meanwhile (about 30 KB of memory a page).
 */
const STREAM_WINDOW = 1000;

function fail(what: string, errors: string[]): never {
	throw new Error(`Pagefind: ${what} thất bại:\n${errors.join('\n')}`);
}

interface Page {
	url: string;
	/** What Pagefind is sent (searchDocument); left out for a page known only by its digest. */
	html?: string;
	/** sha256 of `html`: what the shard's cache key is made of. */
	digest: string;
}

function pageOf(url: string, html: string): Page {
	const doc = searchDocument(html);
	return { url, html: doc, digest: createHash('sha256').update(doc).digest('base64url') };
}

/**
 * The digest of every article page's search document in the last complete build, by URL, so a
 * rebuild need not read back the pages it did not render unless their shard is indexed again.
 */
export interface PageDigests {
	version: string;
	digests: Record<string, string>;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** A shard's pages going to Pagefind as they come. */
interface ShardStream {
	index: Promise<PagefindIndex>;
	/** Pages sent since rendering last waited for Pagefind. */
	inFlight: Promise<void>[];
	/** Every page sent: the shard is written once all are in. */
	sent: Promise<void>[];
}

/** The shard being filled: its digest so far, and its pages (kept, or streamed). */
interface OpenShard {
	k: number;
	hash: Hash;
	pages: Page[];
	count: number;
	started: number;
	stream?: ShardStream;
}

/** Cached shards not used by a build are deleted once they are this old (ms). */
const CACHE_KEEP_MS = 60 * 60 * 1000;

/**
 * Bump when what goes into the index changes in a way the pages' HTML does not show (the
 * indexing spelling, Pagefind options), so cached shards are not reused.
 */
const INDEX_VERSION = `2 pagefind ${pagefindVersion()}`;

function pagefindVersion(): string {
	try {
		const require = createRequire(import.meta.url);
		return (require('pagefind/package.json') as { version: string }).version;
	} catch {
		return 'unknown';
	}
}

/**
 * The index of the build in progress. Article pages arrive as they finish rendering, each with
 * its `order` in the archive (0 = newest) and the archive's size; they are taken in order, so the
 * index is byte-identical from build to build whatever order concurrent rendering finishes them
 * in. A shard (src/lib/search-shards.ts) is indexed as soon as its oldest article is in, then
 * written and freed, while Astro renders the rest on the other core.
 *
 * A rebuild reuses a shard from the cache (`cacheDir/bantin/search-shards/<digest>`) when its
 * pages (URLs, and what Pagefind reads of them) are byte for byte those it was built from: after
 * a one-article edit only that article's shard is indexed again. The cache
 * is addressed by content and each entry appears in one rename, so builds of the same content
 * tree at the same time (the tests do that, with different shard sizes) cannot mix shards up.
 */
export class LiveIndex implements LiveIndexSink {
	readonly #staging: string;
	readonly #cache: string | undefined;
	/** Articles per shard, or how to choose it from the archive's size (at the first page). */
	readonly #sizeFor: (articles: number) => number;
	#size: number | undefined;
	readonly #log: (message: string) => void;
	/** Cache entries this build used or wrote. */
	#used = new Set<string>();
	/** The shard being filled, if any. */
	#open: OpenShard | undefined;
	#closing: Promise<void> = Promise.resolve();
	#flushing = 0;
	#written = 0;
	#errors: string[] = [];
	/** Pages that finished rendering before an earlier one, by order. */
	#early = new Map<number, Page>();
	#next = 0;
	#total = 0;
	/** Every article page's URL in archive order, when the article route said (expect()). */
	#urls: readonly string[] = [];
	/** Digests of the last build's pages (pages it did not render need not be read back). */
	readonly #known: ReadonlyMap<string, string>;
	/** Digests of this build's pages, for the next. */
	readonly #digests = new Map<string, string>();
	/** dist/, once rendering is over (finish()). */
	#root = '';
	pages = 0;
	scanned = 0;
	reused = 0;
	restored = 0;
	read = 0;

	/**
	 * `cache` is where shards are kept for the next build (none: nothing is reused or kept);
	 * `known`, the page digests the last build recorded (PageDigests), if it completed.
	 */
	constructor(
		staging: string,
		shardSize: number | ((articles: number) => number),
		cache?: string,
		log: (message: string) => void = () => {},
		known?: PageDigests,
	) {
		this.#staging = staging;
		this.#sizeFor = typeof shardSize === 'number' ? () => shardSize : shardSize;
		this.#cache = cache;
		this.#log = log;
		this.#known = new Map(
			known?.version === INDEX_VERSION ? Object.entries(known.digests) : undefined,
		);
	}

	/** This build's page digests, to give the next build's LiveIndex. */
	digests(): PageDigests {
		return { version: INDEX_VERSION, digests: Object.fromEntries(this.#digests) };
	}

	/**
	 * The article pages of this build in archive order (from the article route's
	 * getStaticPaths). Those the incremental build does not render are read from dist/ by finish().
	 */
	expect(urls: readonly string[]): void {
		this.#urls = urls;
		this.#total = Math.max(this.#total, urls.length);
	}

	/** Takes one rendered page; resolves once indexing has caught up enough (backpressure). */
	async add(url: string, html: string, order?: number, total?: number): Promise<void> {
		this.scanned++;
		if (!html.includes(BODY_MARK)) return;
		if (order === undefined || total === undefined) {
			this.#errors.push(`${url}: trang có ${BODY_MARK} nhưng không có searchOrder/searchTotal`);
			return;
		}
		this.pages++;
		this.#total = Math.max(this.#total, total);
		this.#early.set(order, pageOf(url, html));
		for (let page = this.#early.get(this.#next); page; page = this.#early.get(this.#next)) {
			this.#early.delete(this.#next);
			// Rendered pages go to Pagefind at once, so it indexes on the other core meanwhile.
			await this.#take(page, true);
		}
	}

	/**
	 * Puts the next page in archive order into the open shard, and closes the shard after its
	 * oldest article. A shard is streamed to Pagefind as its pages come (`stream`: pages being
	 * rendered, which most likely changed) or kept until it is complete and indexed only if the
	 * cache does not have it (pages read back from dist/, which most likely did not change).
	 */
	async #take(page: Page, stream: boolean): Promise<void> {
		// Bookkeeping first, without awaiting, so concurrent add() calls see it done.
		const shard = (this.#open ??= this.#newShard(
			shardOf(this.#next, this.#total, this.#shardSize()),
		));
		shard.hash.update(`\0${page.url}\0${page.digest}`);
		this.#digests.set(page.url, page.digest);
		shard.count++;
		if (stream && !shard.stream && shard.pages.length === 0) shard.stream = this.#startStream();
		const open = shard.stream;
		if (open) {
			const { html } = page;
			if (html === undefined) throw new Error(`Pagefind: ${page.url} thiếu nội dung`);
			const sent = open.index.then((index) => this.#addTo(index, page.url, html));
			open.inFlight.push(sent);
			open.sent.push(sent);
		} else shard.pages.push(page);
		const closes = closesShard(this.#next, this.#total, this.#shardSize());
		this.#next++;
		if (closes) {
			this.#open = undefined;
			this.#flush(shard);
		}
		// Backpressure: rendering waits while Pagefind is this far behind, and while a shard is
		// being written as the next one fills.
		if (open && open.inFlight.length >= STREAM_WINDOW) {
			const batch = open.inFlight;
			open.inFlight = [];
			await Promise.all(batch);
		}
		if (this.#flushing > 1) await this.#closing;
	}

	/** Fixed once the first page arrives, when the archive's size is known. */
	#shardSize(): number {
		this.#size ??= this.#sizeFor(this.#total);
		return this.#size;
	}

	#newShard(k: number): OpenShard {
		return {
			k,
			hash: createHash('sha256').update(`${INDEX_VERSION}\0${this.#shardSize()}\0${k}`),
			pages: [],
			count: 0,
			started: performance.now(),
		};
	}

	#startStream(): ShardStream {
		const index = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
			if (!index) fail('tạo chỉ mục', errors);
			return index;
		});
		// Reported where it is awaited (flush); never an unhandled rejection meanwhile.
		index.catch(() => {});
		return { index, inFlight: [], sent: [] };
	}

	async #addTo(index: PagefindIndex, url: string, html: string): Promise<void> {
		const added = await index.addHTMLFile({ url, content: encodeForIndex(html) });
		if (added.errors.length) this.#errors.push(`${url}: ${added.errors.join('; ')}`);
	}

	/**
	 * Article pages the build did not render (the incremental build left them from the last
	 * build) are taken in order with those that were rendered: by the digest the last build
	 * recorded, or else read from dist/.
	 */
	async #fillFrom(): Promise<void> {
		while (this.#next < this.#total) {
			const rendered = this.#early.get(this.#next);
			if (rendered) {
				this.#early.delete(this.#next);
				await this.#take(rendered, false);
				continue;
			}
			const url = this.#urls[this.#next];
			if (url === undefined) return;
			// A shard already streaming to Pagefind (its newest pages were rendered) needs the text.
			const digest = this.#open?.stream ? undefined : this.#known.get(url);
			const page = digest ? { url, digest } : await this.#readBack(url);
			if (!page) return;
			this.scanned++;
			this.pages++;
			this.restored++;
			await this.#take(page, false);
		}
	}

	/** An article page as the last build left it in dist/. */
	async #readBack(url: string): Promise<Page | undefined> {
		const file = join(this.#root, decodeURIComponent(url), 'index.html');
		try {
			const page = pageOf(url, await readFile(file, 'utf8'));
			this.read++;
			return page;
		} catch {
			this.#errors.push(`${url}: không có trong lần dựng này, cũng không có ${file}`);
			return undefined;
		}
	}

	/** Writes shard `k` (or takes it from the cache) after the shards before it. */
	#flush(shard: OpenShard): void {
		this.#flushing++;
		const { k } = shard;
		const work = async (): Promise<void> => {
			const out = join(this.#staging, String(k));
			const digest = shard.hash.digest('hex');
			this.#used.add(digest);
			const cached = this.#cache && join(this.#cache, digest);
			const streamed = shard.stream && (await shard.stream.index);
			let trusted = true;
			try {
				if (streamed) await Promise.all(shard.stream?.sent ?? []);
				if (cached && (await this.#reuse(cached, out))) {
					this.reused++;
					this.#log(`phần ${k + 1}: ${shard.count} bài, lấy lại từ lần dựng trước`);
					return;
				}
				if (streamed) await this.#write(streamed, out);
				else trusted = await this.#index(shard.pages, out);
			} finally {
				if (streamed) await streamed.deleteIndex();
			}
			const seconds = ((performance.now() - shard.started) / 1000).toFixed(1);
			this.#log(`phần ${k + 1}: ${shard.count} bài, lập chỉ mục trong ${seconds} s`);
			if (!trusted) {
				this.#log(
					`phần ${k + 1}: trang trong dist/ khác lần dựng trước ghi nhận; không lưu phần này`,
				);
			} else if (cached) {
				await mkdir(dirname(cached), { recursive: true });
				const tmp = `${cached}.${process.pid}.tmp`;
				await linkTree(out, tmp);
				// Another build may have put the same shard there meanwhile: keep either.
				await rename(tmp, cached).catch(() => rm(tmp, { recursive: true, force: true }));
			}
		};
		this.#closing = this.#closing
			.then(work)
			.then(() => {
				this.#written = Math.max(this.#written, k + 1);
			})
			.catch((error: unknown) => {
				this.#errors.push(`phần ${k + 1}: ${String(error)}`);
			})
			.finally(() => this.#flushing--);
	}

	/** Copies a cached shard to `out`; false when there is none (or it went away meanwhile). */
	async #reuse(cached: string, out: string): Promise<boolean> {
		if (!existsSync(cached)) return false;
		try {
			const now = new Date();
			// Touched first, so no other build prunes it while it is copied.
			await utimes(cached, now, now);
			await linkTree(cached, out);
			return true;
		} catch {
			await rm(out, { recursive: true, force: true });
			return false;
		}
	}

	async #write(index: PagefindIndex, outputPath: string): Promise<void> {
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) fail('ghi chỉ mục', written.errors);
	}

	/**
	 * Indexes a whole shard. Pages known only by their digest are read back from dist/ as they
	 * are sent (reading overlaps Pagefind's work). A page that is not what its recorded digest
	 * says (dist/ changed behind the build's back) makes the shard's cache key wrong: the shard
	 * is indexed from what is there, and false is returned so it is not cached.
	 */
	async #index(pages: readonly Page[], outputPath: string): Promise<boolean> {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
		if (!index) fail('tạo chỉ mục', errors);
		let trusted = true;
		try {
			// A sliding window, so the next pages are read while Pagefind works on these.
			const inFlight: Promise<void>[] = [];
			for (const known of pages) {
				const page = known.html === undefined ? await this.#readBack(known.url) : known;
				if (!page?.html) continue;
				if (page.digest !== known.digest) {
					trusted = false;
					// The next build keys the shard by what is really there.
					this.#digests.set(page.url, page.digest);
				}
				inFlight.push(this.#addTo(index, page.url, page.html));
				if (inFlight.length >= MAX_PENDING) await inFlight.shift();
			}
			await Promise.all(inFlight);
			await this.#write(index, outputPath);
		} finally {
			await index.deleteIndex();
		}
		return trusted;
	}

	/**
	 * Checks every article page came through, writes the last shards, stops the service and
	 * moves every shard into `bundleDir` (dist/pagefind): shard 0 at its root, the others under
	 * shardPath(k).
	 */
	async finish(bundleDir: string): Promise<IndexReport> {
		try {
			this.#root = dirname(bundleDir);
			await this.#fillFrom();
			const missing = this.#total - this.#next;
			if (missing > 0 || this.#early.size > 0) {
				this.#errors.push(
					`${missing} trong ${this.#total} trang bài viết không đến chỉ mục (thứ tự ${this.#next} trở đi)`,
				);
			}
			// An archive without articles still gets an (empty) index for the search page.
			if (this.#total === 0) this.#flush(this.#newShard(0));
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
		if (this.#cache && existsSync(this.#cache)) {
			// Shards of older versions of the archive; recent ones may belong to another build.
			for (const name of await readdir(this.#cache)) {
				if (this.#used.has(name)) continue;
				const entry = join(this.#cache, name);
				const age = Date.now() - (await stat(entry)).mtimeMs;
				if (age > CACHE_KEEP_MS) await rm(entry, { recursive: true, force: true });
			}
		}
		return {
			pages: this.pages,
			scanned: this.scanned,
			shards: this.#written,
			reused: this.reused,
			restored: this.restored,
			read: this.read,
		};
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
	shardSize: number | ((articles: number) => number) = searchShardSize,
): Promise<IndexReport> {
	const live = new LiveIndex(`${bundleDir}.shards`, shardSize);
	const all: HtmlPage[] = [];
	for await (const page of pages) all.push(page);
	const marked = all.filter((page) => page.html.includes(BODY_MARK));
	let order = 0;
	for (const page of all) {
		const indexed = page.html.includes(BODY_MARK);
		await live.add(page.url, page.html, indexed ? order++ : undefined, marked.length);
	}
	return live.finish(bundleDir);
}

type WithLiveIndex = typeof globalThis & { [LIVE_INDEX]?: LiveIndex | undefined };

export default function bantinPagefind(): AstroIntegration {
	const global = globalThis as WithLiveIndex;
	// Astro's cacheDir, which astro.config.mjs gives each content tree (src/config.ts's cacheDir
	// is read before the config sets it, so this module takes Astro's resolved value).
	let cacheRoot = '';
	// Per process: two builds of the same content tree must not share it.
	const staging = (): string => join(cacheRoot, 'bantin', `pagefind-shards-${process.pid}`);
	const shardCache = (): string => join(cacheRoot, 'bantin', 'search-shards');
	const digestFile = (): string => join(cacheRoot, 'bantin', 'search-pages.json');
	let finishing: Promise<{ report: IndexReport; ms: number }> | undefined;
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
			'astro:config:done': ({ config }) => {
				cacheRoot = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': async ({ logger }) => {
				await rm(staging(), { recursive: true, force: true });
				const known = readJsonFile(digestFile()) as PageDigests | undefined;
				// Written again when this build completes: an interrupted build leaves none.
				await rm(digestFile(), { force: true });
				global[LIVE_INDEX] = new LiveIndex(
					staging(),
					searchShardSize,
					shardCache(),
					(message) => logger.info(message),
					known,
				);
			},
			// Rendering is over: the index takes the pages the build did not render and writes the
			// last shards while the other integrations (the sitemap) do their part.
			'astro:build:generated': ({ dir }) => {
				const live = global[LIVE_INDEX];
				if (!live)
					throw new Error('Pagefind: chỉ mục chưa được tạo (astro:build:start không chạy)');
				const started = performance.now();
				finishing = live.finish(join(fileURLToPath(dir), 'pagefind')).then((report) => ({
					report,
					ms: Math.round(performance.now() - started),
				}));
				// Awaited, and so reported, in astro:build:done.
				finishing.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				const live = global[LIVE_INDEX];
				global[LIVE_INDEX] = undefined;
				if (!live || !finishing)
					throw new Error('Pagefind: chỉ mục chưa xong (astro:build:generated không chạy)');
				const waited = performance.now();
				const { report, ms } = await finishing;
				finishing = undefined;
				writeFileAtomic(digestFile(), JSON.stringify(live.digests()));
				logger.info(
					`Indexed ${report.pages} of ${report.scanned} pages in ${report.shards} shard(s), ` +
						`${report.reused} reused from the last build; ${report.restored} pages not re-rendered, ` +
						`${report.read} of them read back from dist; ${ms} ms after rendering, ` +
						`${Math.round(performance.now() - waited)} ms of it waited for`,
				);
			},
		},
	};
}
