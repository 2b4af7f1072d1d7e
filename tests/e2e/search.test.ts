/**
 * Search in headless Chromium against the built search fixture (tests/fixtures/search/content,
 * 36 articles): tone-insensitive queries, exact-tone ranking, filters and their counts, date
 * sort, the URL round trip and the empty result.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const CONTENT = join(ROOT, 'tests/fixtures/search/content');
const DIST = join(TMP, 'search/dist');

interface FixtureArticle {
	id: string;
	date: string;
	campaign: string;
	agency: string;
}

/** The fixture's articles, read from their frontmatter: the oracle for counts and dates. */
function fixtureArticles(): FixtureArticle[] {
	const dir = join(CONTENT, 'articles');
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const field = (name: string): string => {
				const value = new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1];
				if (value === undefined) throw new Error(`${f}: no ${name}`);
				return value;
			};
			return {
				id: f.replace(/^.*\//, '').replace(/\.md$/, ''),
				date: field('date'),
				campaign: field('campaign'),
				agency: field('agency'),
			};
		});
}
const ARTICLES = fixtureArticles();
const byId = new Map(ARTICLES.map((a) => [a.id, a]));
/** A month-precision date sorts as the first of its month. */
const sortKey = (id: string): string => {
	const date = byId.get(id)?.date ?? '';
	return date.length === 7 ? `${date}-01` : date;
};

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	const result = await buildSite(CONTENT, DIST);
	if (result.code !== 0) throw new Error(`Building the search fixture failed:\n${result.output}`);
	server = await serveDist(DIST);
	browser = await launchBrowser();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Shown {
	status: string;
	ids: string[];
}

const idOf = (href: string): string => href.replace(/^\/bai-viet\//, '').replace(/\/$/, '');

/** Waits until the page has finished a search and reads what it shows. */
async function shown(): Promise<Shown> {
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status !== '' && !status.includes('Đang tìm');
	});
	const status = (await page.textContent('[data-search-status]')) ?? '';
	const hrefs = await page.$$eval('.search-result-title a', (links) =>
		links.map((a) => a.getAttribute('href') ?? ''),
	);
	return { status, ids: hrefs.map(idOf) };
}

async function open(query: string): Promise<Shown> {
	await page.goto(`${server.url}/tim-kiem/?${query}`);
	return shown();
}

const q = (text: string): string => `q=${encodeURIComponent(text)}`;

describe('the index', () => {
	it('is written by the build into dist/pagefind', () => {
		expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(DIST, 'pagefind/pagefind-entry.json'))).toBe(true);
	});

	it('holds only article pages', async () => {
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['vi']);
		expect(entry.languages.vi?.page_count).toBe(ARTICLES.length);
		const { ids } = await open(q('hoi nghi'));
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(byId.has(id), id).toBe(true);
	});
});

describe('the search page', () => {
	it('loads one small script of its own, without a schema library', () => {
		const $ = readPage(DIST, '/tim-kiem/');
		const scripts = $('script[src]')
			.map((_, script) => $(script).attr('src'))
			.get();
		expect(scripts).toHaveLength(1);
		// About 5 KB gzipped; zod, pulled in through a shared module, once made it 25 KB.
		expect(gzipSync(readFileSync(join(DIST, scripts[0] ?? ''))).length).toBeLessThan(8 * 1024);
	});
});

describe('the header search box', () => {
	it('is a plain GET form to /tim-kiem/ with a Vietnamese label and hint, without scripts', () => {
		const $ = readPage(DIST, '/bai-viet/mo-rong-duong-lien-xa/');
		const form = $('header form[role="search"]');
		expect(form.attr('action')).toBe('/tim-kiem/');
		expect(form.attr('method')).toBe('get');
		const input = form.find('input[name="q"]');
		const id = input.attr('id') ?? '';
		expect($(`label[for="${id}"]`).text()).toBe('Tìm trong bản tin');
		expect($(`#${input.attr('aria-describedby')}`).text()).toBe('Có thể gõ không dấu');
		expect($('script[type="module"], script[src]').length).toBe(0);
	});

	it('leads to results on the search page', async () => {
		await page.goto(`${server.url}/bai-viet/mo-rong-duong-lien-xa/`);
		await page.getByLabel('Tìm trong bản tin').fill('thi dua');
		await page.getByLabel('Tìm trong bản tin').press('Enter');
		await page.waitForURL(/\/tim-kiem\/\?q=thi\+dua$/);
		const { ids } = await shown();
		expect(ids.sort()).toEqual(['phat-dong-thi-dua-2019', 'tong-ket-thi-dua-cuoi-nam']);
	});
});

describe('tone-insensitive queries', () => {
	it('finds “thi đua” for “thi dua”', async () => {
		const { ids, status } = await open(q('thi dua'));
		expect(ids.sort()).toEqual(['phat-dong-thi-dua-2019', 'tong-ket-thi-dua-cuoi-nam']);
		expect(status).toBe('2 kết quả cho “thi dua”');
	});

	it('finds “đường” and “Dương” for “duong”', async () => {
		const { ids } = await open(q('duong'));
		expect(ids.sort()).toEqual([
			'mo-rong-duong-lien-xa',
			'ong-duong-van-minh',
			'sua-chua-duong-giao-thong',
		]);
	});

	it('finds “Dân vận khéo” for “Dan van kheo” and “DAN VAN KHEO”', async () => {
		const expected = ['cong-an-dan-van-kheo', 'dan-van-kheo-xa-hai-an'];
		expect((await open(q('Dan van kheo'))).ids.sort()).toEqual(expected);
		expect((await open(q('DAN VAN KHEO'))).ids.sort()).toEqual(expected);
	});

	it('gives the same results, in the same order, for a query typed in NFD', async () => {
		for (const text of ['Dân vận khéo', 'đường', 'ĐƯỜNG']) {
			const nfc = await open(q(text));
			const nfd = await open(q(text.normalize('NFD')));
			expect(nfd.ids, text).toEqual(nfc.ids);
			expect(nfc.ids.length, text).toBeGreaterThan(0);
		}
	});

	it('shows titles and excerpts in the original Vietnamese, with the matches marked', async () => {
		await open(q('duong'));
		const first = page.locator('.search-result').filter({ hasText: 'Bê tông hóa' });
		await expect(first.locator('.search-result-title').textContent()).resolves.toBe(
			'Bê tông hóa đường liên xã ở Đông Hải',
		);
		const marks = await first.locator('.search-result-excerpt mark').allTextContents();
		expect(marks.some((m) => m.startsWith('đường'))).toBe(true);
		const all = (await page.textContent('[data-search-results]')) ?? '';
		expect(all).not.toContain('\u0335');
		expect(all).toContain('Đông Hải');
	});

	it('shows the date in its precision and the movement on each result', async () => {
		await open(q('Dan van kheo'));
		const month = page.locator('.search-result').filter({ hasText: 'xã Hải An' });
		await expect(month.locator('.meta').textContent()).resolves.toBe('Tháng 9/2023 · Dân vận khéo');
		const day = page.locator('.search-result').filter({ hasText: 'Công an tỉnh thực hiện' });
		await expect(day.locator('.meta').textContent()).resolves.toBe(
			'20 tháng 11, 2020 · Dân vận khéo',
		);
	});
});

describe('exact-tone ranking', () => {
	it('ranks “đường” above “Dương” when the reader types “đường”', async () => {
		const { ids } = await open(q('đường'));
		expect(ids.slice(0, 2).sort()).toEqual(['mo-rong-duong-lien-xa', 'sua-chua-duong-giao-thong']);
		expect(ids[2]).toBe('ong-duong-van-minh');
	});

	it('ranks “Dương” first when the reader types “Dương”', async () => {
		const { ids } = await open(q('Dương'));
		expect(ids[0]).toBe('ong-duong-van-minh');
		expect(ids).toHaveLength(3);
	});
});

/** The facet's options as shown: value → count in “Label (n)”. */
async function optionCounts(param: string): Promise<Map<string, number>> {
	const options = await page.$$eval(`select[name="${param}"] option`, (list) =>
		list.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as const),
	);
	return new Map(
		options
			.filter(([value]) => value !== '')
			.map(([value, text]) => [value, Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN)]),
	);
}

const countBy = (articles: FixtureArticle[], key: (a: FixtureArticle) => string) => {
	const counts = new Map<string, number>();
	for (const a of articles) counts.set(key(a), (counts.get(key(a)) ?? 0) + 1);
	return counts;
};
const withoutZeros = (counts: Map<string, number>) => new Map([...counts].filter(([, n]) => n > 0));

describe('filters', () => {
	const cases = [
		{ base: 'nam=2023', facet: 'phong-trao', key: (a: FixtureArticle) => a.campaign },
		{ base: 'phong-trao=dan-van-kheo', facet: 'co-quan', key: (a: FixtureArticle) => a.agency },
		{ base: 'co-quan=cong-an-tinh', facet: 'nam', key: (a: FixtureArticle) => a.date.slice(0, 4) },
	];
	const matches = (base: string) => (a: FixtureArticle) => {
		const [param, value] = base.split('=');
		if (param === 'nam') return a.date.startsWith(value ?? '');
		if (param === 'phong-trao') return a.campaign === value;
		return a.agency === value;
	};

	for (const { base, facet, key } of cases) {
		it(`counts and narrows by “${facet}” (starting from ${base})`, async () => {
			const before = await open(base);
			const inBase = ARTICLES.filter(matches(base));
			expect(before.ids.length).toBe(Math.min(inBase.length, 5));
			const counts = withoutZeros(await optionCounts(facet));
			expect(counts).toEqual(countBy(inBase, key));
			const [value, n] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
			await page.selectOption(`select[name="${facet}"]`, value);
			await page.waitForURL(new RegExp(`${facet}=${value}`));
			const after = await shown();
			expect(after.ids).toHaveLength(n);
			expect(n).toBeLessThan(inBase.length);
			for (const id of after.ids) {
				const article = byId.get(id);
				expect(article && key(article), id).toBe(value);
			}
		});
	}

	it('narrows a text search and counts within it', async () => {
		await open(q('duong'));
		const counts = withoutZeros(await optionCounts('phong-trao'));
		expect(counts).toEqual(
			new Map([
				['nong-thon-moi', 2],
				['vi-an-ninh-to-quoc', 1],
			]),
		);
		await page.selectOption('select[name="phong-trao"]', 'nong-thon-moi');
		const { ids } = await shown();
		expect(ids.sort()).toEqual(['mo-rong-duong-lien-xa', 'sua-chua-duong-giao-thong']);
	});
});

describe('sorting', () => {
	it('orders by date, newest first or oldest first', async () => {
		const newest = await open('phong-trao=nong-thon-moi&sap-xep=moi-nhat');
		const keys = newest.ids.map(sortKey);
		expect(keys.length).toBeGreaterThan(3);
		expect(keys).toEqual([...keys].sort().reverse());
		const oldest = await open('phong-trao=nong-thon-moi&sap-xep=cu-nhat');
		const oldKeys = oldest.ids.map(sortKey);
		expect(oldKeys).toEqual([...oldKeys].sort());
		expect(oldest.ids[0]).not.toBe(newest.ids[0]);
	});

	it('sorts a month-precision date as the first of its month', async () => {
		const { ids } = await open(`${q('thi dua')}&sap-xep=cu-nhat`);
		expect(ids).toEqual(['phat-dong-thi-dua-2019', 'tong-ket-thi-dua-cuoi-nam']);
	});
});

describe('the URL', () => {
	it('restores the query, filters and sort from the address', async () => {
		const { ids } = await open(`${q('thi dua')}&nam=2019&sap-xep=moi-nhat`);
		expect(ids).toEqual(['phat-dong-thi-dua-2019']);
		expect(await page.inputValue('#tu-khoa')).toBe('thi dua');
		expect(await page.inputValue('select[name="nam"]')).toBe('2019');
		expect(await page.inputValue('select[name="sap-xep"]')).toBe('moi-nhat');
	});

	it('records each search so that Back returns to the previous one', async () => {
		await open(q('thi dua'));
		await page.fill('#tu-khoa', 'duong');
		await page.press('#tu-khoa', 'Enter');
		await page.waitForURL(/q=duong$/);
		expect((await shown()).ids).toHaveLength(3);
		await page.selectOption('select[name="phong-trao"]', 'nong-thon-moi');
		await page.waitForURL(/q=duong&phong-trao=nong-thon-moi$/);
		expect((await shown()).ids).toHaveLength(2);

		await page.goBack();
		await page.waitForURL(/q=duong$/);
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 3);
		expect(await page.inputValue('select[name="phong-trao"]')).toBe('');

		await page.goBack();
		await page.waitForURL(/q=thi\+dua$/);
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 2);
		expect(await page.inputValue('#tu-khoa')).toBe('thi dua');
	});
});

describe('no results', () => {
	it('says so in Vietnamese', async () => {
		const { ids, status } = await open(q('xyzw'));
		expect(ids).toEqual([]);
		expect(status).toBe('Không có kết quả cho “xyzw”');
		expect(await page.isVisible('[data-search-empty]')).toBe(false);
	});

	it('suggests removing filters, and removing them brings results back', async () => {
		const { ids, status } = await open(`${q('duong')}&nam=2019`);
		expect(ids).toEqual([]);
		expect(status).toBe('Không có kết quả cho “duong”');
		expect(await page.isVisible('text=Thử bỏ bộ lọc')).toBe(true);
		await page.click('text=Bỏ tất cả bộ lọc');
		await page.waitForURL(/\?q=duong$/);
		expect((await shown()).ids).toHaveLength(3);
	});
});

describe('accessibility', () => {
	it('labels every control and announces results in a live region', async () => {
		await open(q('duong'));
		await expect(page.getByLabel('Tìm kiếm', { exact: true }).count()).resolves.toBe(1);
		for (const label of ['Phong trào', 'Cơ quan, đơn vị', 'Năm', 'Sắp xếp']) {
			await expect(page.getByLabel(label, { exact: true }).count(), label).resolves.toBe(1);
		}
		expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
		expect(await page.getAttribute('#tu-khoa', 'aria-describedby')).toBe('tu-khoa-goi-y');
	});

	it('moves focus to the first new result when more are shown', async () => {
		const { ids, status } = await open(q('can bo'));
		const total = Number(/^(\d+) kết quả/.exec(status)?.[1]);
		expect(total).toBeGreaterThan(5);
		expect(ids).toHaveLength(5);
		await page.click('text=Xem thêm kết quả');
		await page.waitForFunction(
			(n) => document.querySelectorAll('.search-result').length === n,
			Math.min(total, 15),
		);
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		const sixth = await page.$$eval('.search-result-title a', (a) => a[5]?.getAttribute('href'));
		expect(focused).toBe(sixth);
		expect(await page.isVisible('text=Xem thêm kết quả')).toBe(total > 15);
	});
});
