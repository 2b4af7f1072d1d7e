/**
 * A sharded search index answers like a single one. The search fixture (36 articles) is built
 * twice: as usual (one shard) and with BANTIN_SEARCH_SHARD_SIZE=5 (eight shards, the way a large
 * archive is indexed), and the same searches run in Chromium against both.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeTmp, ROOT, TMP } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const CONTENT = join(ROOT, 'tests/fixtures/search/content');
const SINGLE = join(TMP, 'search-single/dist');
const SHARDED = join(TMP, 'search-sharded/dist');
const SHARD_SIZE = 5;
const ARTICLES = 36;

let single: StaticServer;
let sharded: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	// One after the other: both builds use the content tree's one content-layer cache.
	const one = await buildSite(CONTENT, SINGLE);
	const many = await buildSite(CONTENT, SHARDED, { BANTIN_SEARCH_SHARD_SIZE: String(SHARD_SIZE) });
	if (one.code !== 0) throw new Error(`Building the search fixture failed:\n${one.output}`);
	if (many.code !== 0) throw new Error(`Building the sharded fixture failed:\n${many.output}`);
	[single, sharded] = await Promise.all([serveDist(SINGLE), serveDist(SHARDED)]);
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await single?.close();
	await sharded?.close();
});

interface Answer {
	status: string;
	ids: string[];
	counts: Record<string, string[]>;
}

/** Opens the search page at `query` and reads the results (all of them) and the facet options. */
async function answer(server: StaticServer, query: string): Promise<Answer> {
	await page.goto(`${server.url}/tim-kiem/?${query}`);
	const settled = async (): Promise<void> => {
		await page.waitForFunction(() => {
			const status = document.querySelector('[data-search-status]')?.textContent ?? '';
			return status !== '' && !status.includes('Đang tìm');
		});
	};
	await settled();
	// Show every result: press “more” until it disappears.
	while (await page.isVisible('[data-search-more]')) {
		const before = await page.locator('.search-result-title a').count();
		await page.click('[data-search-more]');
		await page.waitForFunction(
			(n) => document.querySelectorAll('.search-result-title a').length > n,
			before,
		);
	}
	const ids = await page.$$eval('.search-result-title a', (links) =>
		links.map((a) => a.getAttribute('href') ?? ''),
	);
	const counts = await page.$$eval('select[name]', (selects) =>
		Object.fromEntries(
			selects.map((s) => [
				(s as HTMLSelectElement).name,
				[...(s as HTMLSelectElement).options].map((o) => o.textContent ?? ''),
			]),
		),
	);
	return { status: (await page.textContent('[data-search-status]')) ?? '', ids, counts };
}

const q = (text: string): string => `q=${encodeURIComponent(text)}`;

describe('a search index in shards', () => {
	it('is written as one bundle per shard, together holding every article', () => {
		const shards = Math.ceil(ARTICLES / SHARD_SIZE);
		let pages = 0;
		for (let k = 0; k < shards; k++) {
			const dir = join(SHARDED, 'pagefind', k === 0 ? '' : `phan-${k + 1}`);
			const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			};
			pages += entry.languages['vi']?.page_count ?? 0;
		}
		expect(pages).toBe(ARTICLES);
		expect(existsSync(join(SHARDED, 'pagefind', `phan-${shards + 1}`))).toBe(false);
		expect(readPage(SHARDED, '/tim-kiem/')('[data-search]').attr('data-search-shards')).toBe(
			String(shards),
		);
		expect(readPage(SINGLE, '/tim-kiem/')('[data-search]').attr('data-search-shards')).toBe('1');
	});

	const sorted = ['sap-xep=moi-nhat', 'sap-xep=cu-nhat'];
	const queries = [
		q('thi dua'),
		q('duong'),
		q('Dan van kheo'),
		q('hoi nghi'),
		q('dan van xyzq'),
		`${q('hoi nghi')}&nam=2023`,
		'phong-trao=dan-van-kheo',
		'co-quan=cong-an-tinh&nam=2021',
	];

	for (const query of queries) {
		it(`finds the same articles with the same facet counts for “${query}”`, async () => {
			const one = await answer(single, query);
			const many = await answer(sharded, query);
			expect(many.status).toBe(one.status);
			expect([...many.ids].sort()).toEqual([...one.ids].sort());
			expect(many.counts).toEqual(one.counts);
		});

		for (const sort of sorted) {
			it(`orders “${query}” by date exactly as one index does (${sort})`, async () => {
				const one = await answer(single, `${query}&${sort}`);
				const many = await answer(sharded, `${query}&${sort}`);
				expect(one.ids.length).toBeGreaterThan(0);
				expect(many.ids).toEqual(one.ids);
			});
		}
	}

	it('still ranks the exact tone first across shards (“đường” above “Dương”)', async () => {
		const one = await answer(single, q('đường'));
		const many = await answer(sharded, q('đường'));
		expect(many.ids.slice(0, 2).sort()).toEqual(one.ids.slice(0, 2).sort());
		expect([...many.ids].sort()).toEqual([...one.ids].sort());
	});
});

describe('a rebuild after editing one article', () => {
	const work = join(TMP, 'search-rebuild');
	const env = { BANTIN_SEARCH_SHARD_SIZE: String(SHARD_SIZE) };
	let tree: string | undefined;
	afterAll(() => {
		rmSync(work, { recursive: true, force: true });
		// The edited copy of the content and its build cache, also when the test failed.
		if (tree) removeTmp(tree);
	});

	it('indexes only the edited article’s shard again, and search finds the edit', async () => {
		rmSync(work, { recursive: true, force: true });
		tree = mkdtempSync(join(TMP, 'search-rebuild-'));
		const content = join(tree, 'content');
		cpSync(CONTENT, content, { recursive: true });
		const dist = join(work, 'dist');
		const first = await buildSite(content, dist, env);
		expect(first.code, first.output).toBe(0);
		expect(first.output).toMatch(/Indexed 36 of \d+ pages in 8 shard\(s\), 0 reused/);
		// The oldest shard's files, to compare after the rebuild.
		const oldest = readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');

		appendFileSync(
			join(content, 'articles/2021/03/mo-rong-duong-lien-xa.md'),
			'\nĐoàn kiểm tra ghi nhận sáng kiến “xylophonvn” của thôn.\n',
		);
		const again = await buildSite(content, dist, env);
		expect(again.code, again.output).toBe(0);
		expect(again.output).toMatch(/in 8 shard\(s\), 7 reused from the last build/);
		expect(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(oldest);

		const server = await serveDist(dist);
		try {
			const found = await answer(server, q('xylophonvn'));
			expect(found.ids).toEqual(['/bai-viet/mo-rong-duong-lien-xa/']);
		} finally {
			await server.close();
		}
	});
});
