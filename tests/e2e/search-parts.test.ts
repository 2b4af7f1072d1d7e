/**
 * Search over an index in parts (src/lib/search-parts.ts, docs/search.md "Very large archives"):
 * the search fixture (36 articles) built with BANTIN_SEARCH_PART_SIZE=16, so in three parts of
 * 16, 16 and 4 articles, newest first, next to the same fixture built as one index. In Chromium,
 * every search, filter count and date order must be the one the single index gives, Pagefind's
 * runtime must load once, and exact tone marks rank first within the first part.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeTmp, ROOT, TMP } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const CONTENT = join(ROOT, 'tests/fixtures/search/content');
const HOME = join(TMP, 'search-parts');
const PART_SIZE = 16;
const PARTS = ['', 'phan-2', 'phan-3'];

/** Each article's date sort key (a month-precision date sorts as the first of its month). */
function fixtureDates(): Map<string, string> {
	const dir = join(CONTENT, 'articles');
	const dates = new Map<string, string>();
	for (const file of readdirSync(dir, { recursive: true }).map(String)) {
		if (!file.endsWith('.md')) continue;
		const date = /^date: (.+)$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
		dates.set(
			file.replace(/^.*\//, '').replace(/\.md$/, ''),
			date.length === 7 ? `${date}-01` : date,
		);
	}
	return dates;
}
const DATES = fixtureDates();

let one: StaticServer;
let parts: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	for (const [name, env] of [
		['one', {}],
		['parts', { BANTIN_SEARCH_PART_SIZE: String(PART_SIZE) }],
	] as const) {
		const result = await buildSite(CONTENT, join(HOME, name, 'dist'), env);
		if (result.code !== 0)
			throw new Error(`Building the ${name} fixture failed:\n${result.output}`);
	}
	one = await serveDist(join(HOME, 'one/dist'));
	parts = await serveDist(join(HOME, 'parts/dist'));
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await one?.close();
	await parts?.close();
	removeTmp(HOME);
});

interface Shown {
	status: string;
	ids: string[];
	/** Every facet's option texts, with their counts. */
	options: string[];
}

async function open(server: StaticServer, query: string, on: Page = page): Promise<Shown> {
	await on.goto(`${server.url}/tim-kiem/?${query}`);
	await on.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status !== '' && !status.includes('Đang tìm');
	});
	return {
		status: (await on.textContent('[data-search-status]')) ?? '',
		ids: await on.$$eval('.search-result-title a', (links) =>
			links.map((a) => (a.getAttribute('href') ?? '').replace(/^\/bai-viet\/|\/$/g, '')),
		),
		options: await on.$$eval('select[data-facet] option', (list) =>
			list.map((o) => `${(o as HTMLOptionElement).value}: ${o.textContent ?? ''}`),
		),
	};
}

const q = (text: string): string => `q=${encodeURIComponent(text)}`;

describe('the build', () => {
	const bundle = join(HOME, 'parts/dist/pagefind');

	it('writes one part per 16 articles, the first as Pagefind’s own bundle', () => {
		const counts = PARTS.map((folder) => {
			const entry = JSON.parse(
				readFileSync(join(bundle, folder, 'pagefind-entry.json'), 'utf8'),
			) as {
				languages: Record<string, { page_count: number }>;
			};
			return entry.languages['vi']?.page_count;
		});
		expect(counts).toEqual([16, 16, 4]);
		expect(existsSync(join(bundle, 'phan-4'))).toBe(false);
	});

	it('ships Pagefind’s script, worker and WebAssembly with the first part only', () => {
		expect(
			readdirSync(bundle)
				.filter((f) => /\.js$|^wasm\./.test(f))
				.sort(),
		).toEqual(['pagefind-worker.js', 'pagefind.js', 'wasm.unknown.pagefind']);
		for (const folder of PARTS.slice(1)) {
			expect(readdirSync(join(bundle, folder)).filter((f) => /\.js$|^wasm\./.test(f))).toEqual([]);
		}
	});

	it('lists the further parts on the search page, and none with one index', () => {
		const $ = readPage(join(HOME, 'parts/dist'), '/tim-kiem/');
		expect($('[data-search]').attr('data-search-parts')).toBe(
			'/pagefind/phan-2/ /pagefind/phan-3/',
		);
		const single = readPage(join(HOME, 'one/dist'), '/tim-kiem/');
		expect(single('[data-search]').attr('data-search-parts')).toBeUndefined();
	});
});

describe('a first search', () => {
	it('loads Pagefind’s runtime once and every part’s metadata', async () => {
		const context = await browser.newContext();
		const fresh = await context.newPage();
		const requests: string[] = [];
		fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
		const { ids } = await open(parts, q('thi dua'), fresh);
		await context.close();
		expect(ids.length).toBeGreaterThan(0);
		const runtime = requests.filter((path) =>
			/\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+)$/.test(path),
		);
		expect(runtime.sort()).toEqual([
			'/pagefind/pagefind-worker.js',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.unknown.pagefind',
		]);
		for (const folder of PARTS) {
			const prefix = folder ? `/pagefind/${folder}/pagefind.` : '/pagefind/pagefind.';
			expect(
				requests.filter((path) => path.startsWith(prefix) && path.endsWith('.pf_meta')),
				folder,
			).toHaveLength(1);
		}
	});
});

describe('over three parts, as with one index', () => {
	const queries = [
		q('thi dua'),
		q('duong'),
		q('Dan van kheo'),
		q('can bo'),
		q('hoi nghi'),
		q('duong lien xa'),
		// A word one part has and the others lack (they would match “ơn”, the longest word that
		// begins it), and beginnings of words (“du”: “dua”, “duong” …).
		q('ong'),
		q('ong duong'),
		q('thi du'),
		q('du'),
		q('xa'),
		q('xyzw'),
		q('thi dua xyzw'),
		'nam=2019',
		'nam=2023',
		'phong-trao=nong-thon-moi',
		'co-quan=cong-an-tinh',
		`${q('can bo')}&nam=2021`,
		`${q('duong')}&phong-trao=nong-thon-moi`,
	];

	for (const query of queries) {
		it(`finds the same articles and counts for ${query}`, async () => {
			const expected = await open(one, query);
			const actual = await open(parts, query);
			expect(actual.status).toBe(expected.status);
			expect(actual.options).toEqual(expected.options);
			// Relevance is scored within each part, so only a list shorter than the first page of
			// results (5) shows the same articles in full.
			if (expected.ids.length < 5) expect(actual.ids.sort()).toEqual(expected.ids.sort());
		});
	}

	it('finds every article, from every part, by year', async () => {
		const years = [...new Set([...DATES.values()].map((d) => d.slice(0, 4)))];
		let found = 0;
		for (const year of years) {
			const { status } = await open(parts, `nam=${year}`);
			found += Number(/^(\d+) kết quả/.exec(status)?.[1]);
		}
		expect(found).toBe(DATES.size);
	});

	for (const [sort, order] of [
		['moi-nhat', -1],
		['cu-nhat', 1],
	] as const) {
		it(`sorts by date across parts (${sort})`, async () => {
			for (const query of [
				`phong-trao=nong-thon-moi&sap-xep=${sort}`,
				`${q('can bo')}&sap-xep=${sort}`,
			]) {
				const actual = await open(parts, query);
				const expected = await open(one, query);
				const keys = actual.ids.map((id) => DATES.get(id) ?? '');
				expect(keys.length, query).toBeGreaterThan(3);
				expect(keys, query).toEqual([...keys].sort((a, b) => order * a.localeCompare(b)));
				expect(keys, query).toEqual(expected.ids.map((id) => DATES.get(id) ?? ''));
				expect(actual.status, query).toBe(expected.status);
			}
		});
	}
});

describe('exact tone marks', () => {
	it('rank first within the first part', async () => {
		// “Ông Dương” (10 May 2022) is in the first part: first, as with one index.
		expect((await open(parts, q('Dương'))).ids[0]).toBe('ong-duong-van-minh');
		// Of the two road articles, only the one of 1 February 2024 is in the first part; the
		// other (15 March 2021, second part) keeps its place by relevance.
		const { ids } = await open(parts, q('đường'));
		expect(ids[0]).toBe('sua-chua-duong-giao-thong');
		expect(ids.sort()).toEqual([
			'mo-rong-duong-lien-xa',
			'ong-duong-van-minh',
			'sua-chua-duong-giao-thong',
		]);
	});
});
