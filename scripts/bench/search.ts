/**
 * Search benchmark: how long the build's Pagefind step takes for N generated articles, how big
 * the index is, and how many bytes a browser downloads for its first query.
 *
 *   node_modules/.bin/node scripts/bench/search.ts 1000 10000
 *
 * The articles are generated as HTML in the shape of the real article page (header, breadcrumbs
 * and related lists marked data-pagefind-ignore; filters and the date sort in <meta> tags) and
 * indexed by the same function the Astro integration uses, so Astro's own build time is not part
 * of the numbers.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSearchIndex, type HtmlPage } from '../../src/integrations/pagefind.ts';
import { indexFields } from '../../src/lib/search.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveDist } from '../../tests/helpers/serve.ts';

export interface SearchBenchResult {
	articles: number;
	/** Wall time of indexing and writing dist/pagefind. */
	indexMs: number;
	/** Every file Pagefind writes (runtime + index). */
	bundleBytes: number;
	/** The index proper: pf_meta, index chunks, filters and fragments. */
	indexBytes: number;
	indexFiles: number;
	/**
	 * What Chromium downloads, in a fresh page, to load Pagefind and show the first 10 results:
	 * for a common phrase (in nearly every article) and for a rare word (in one article).
	 */
	firstQuery: FirstQuery[];
}

export interface FirstQuery {
	query: string;
	results: number;
	requests: number;
	bytes: number;
	/** Of `bytes`, Pagefind's code (pagefind.js, its worker and WebAssembly), the same for any site. */
	runtimeBytes: number;
}

const ROOT = resolve(import.meta.dirname, '../..');

const SENTENCES = [
	'Cán bộ, công chức trong đơn vị thực hiện nghiêm nội quy cơ quan',
	'Nhân dân góp công, góp đất để mở rộng đường liên xã',
	'Phong trào thi đua yêu nước được triển khai sâu rộng',
	'Mô hình Dân vận khéo giúp giải quyết dứt điểm nhiều việc khó ở cơ sở',
	'Công tác cải cách hành chính có nhiều chuyển biến tích cực',
	'Lực lượng công an chính quy bám địa bàn, nắm chắc tình hình',
	'Các tổ chức cơ sở Đảng tổ chức nhiều hoạt động thiết thực, hiệu quả',
	'Đoàn Thanh niên ra quân làm sạch môi trường, trồng cây xanh',
	'Kết quả được ghi nhận qua các đợt kiểm tra, đánh giá cuối năm',
	'Hội nghị tổng kết được tổ chức tại hội trường Ủy ban nhân dân',
];
const PLACES = ['Đông Hải', 'Tân Phú', 'Hải An', 'Phước Long', 'Vĩnh Lợi', 'Đầm Dơi', 'Giá Rai'];
const NAMES = ['Dương Văn Minh', 'Trần Thị Hoa', 'Lê Quốc Đạt', 'Nguyễn Hữu Đức', 'Phạm Thu'];
const MOVEMENTS = ['dan-van-kheo', 'van-hoa-cong-so', 'vi-an-ninh-to-quoc', 'nong-thon-moi'];
const AGENCIES = Array.from({ length: 40 }, (_, i) => `co-quan-${i + 1}`);

/** A small deterministic generator, so two runs index the same text. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const rareWord = (n: number): string => String(500000 + n);

function* generatedPages(count: number): Generator<HtmlPage> {
	const next = random(42);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	for (let i = 0; i < count; i++) {
		const year = 2010 + (i % 16);
		const month = 1 + (i % 12);
		const date = i % 7 === 0 ? { year, month } : { year, month, day: 1 + (i % 28) };
		const fields = indexFields({
			movements: [pick(MOVEMENTS)],
			agencies: [pick(AGENCIES)],
			date,
		});
		const metas = Object.entries(fields.filters)
			.flatMap(([name, values]) =>
				values.map((v) => `<meta data-pagefind-filter="${name}[content]" content="${v}">`),
			)
			.join('');
		// About 400 words: 12 paragraphs of three sentences, with names, places and numbers.
		const paragraphs = Array.from({ length: 12 }, () =>
			Array.from(
				{ length: 3 },
				() =>
					`${pick(SENTENCES)} ở ${pick(PLACES)}, theo ông ${pick(NAMES)}, đạt ${Math.floor(next() * 1000)} điểm.`,
			).join(' '),
		);
		// One word no other article has: "Quyết định số 500123" (article 123).
		paragraphs.push(`Thực hiện Quyết định số ${rareWord(i + 1)} của Ủy ban nhân dân tỉnh.`);
		const title = `${pick(SENTENCES)} (${i + 1})`;
		const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${metas}<meta data-pagefind-sort="date[content]" content="${fields.sortDate}"></head><body><header data-pagefind-ignore><nav>Trang chủ Phong trào thi đua Cơ quan, đơn vị</nav></header><main><nav data-pagefind-ignore>Trang chủ › ${title}</nav><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><section data-pagefind-ignore><h2>Cùng phong trào</h2></section></main></body></html>`;
		yield { url: `/bai-viet/bai-${i + 1}/`, html };
	}
}

function sizeOf(dir: string, include: (file: string) => boolean): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const file of readdirSync(dir, { recursive: true }).map(String)) {
		const stat = statSync(join(dir, file));
		if (!stat.isFile() || !include(file)) continue;
		bytes += stat.size;
		files++;
	}
	return { bytes, files };
}

const RUNTIME = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/;
const INDEX_DATA = /\.(pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** Indexes `articles` generated articles into `workDir` and measures the result. */
export async function benchSearch(
	articles: number,
	workDir = join(ROOT, 'tests/.tmp/bench-search', String(articles)),
	commonQuery = 'duong lien xa',
): Promise<SearchBenchResult> {
	rmSync(workDir, { recursive: true, force: true });
	mkdirSync(workDir, { recursive: true });
	const started = performance.now();
	await writeSearchIndex([generatedPages(articles)], join(workDir, 'pagefind'));
	const indexMs = Math.round(performance.now() - started);
	const bundle = sizeOf(join(workDir, 'pagefind'), () => true);
	const index = sizeOf(join(workDir, 'pagefind'), (f) => INDEX_DATA.test(f));

	writeFileSync(join(workDir, 'index.html'), '<!doctype html><html lang="vi"><title>bench</title>');
	writeFileSync(join(workDir, '404.html'), '<!doctype html><title>404</title>');
	const server = await serveDist(workDir);
	const browser = await launchBrowser();
	try {
		const firstQuery: FirstQuery[] = [];
		for (const query of [commonQuery, rareWord(Math.ceil(articles / 2))]) {
			firstQuery.push(await measureFirstQuery(browser, server.url, query));
		}
		return {
			articles,
			indexMs,
			bundleBytes: bundle.bytes,
			indexBytes: index.bytes,
			indexFiles: index.files,
			firstQuery,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Loads Pagefind in a fresh page as the search page does, searches, reads 10 results. */
async function measureFirstQuery(
	browser: Browser,
	url: string,
	query: string,
): Promise<FirstQuery> {
	const page = await browser.newPage();
	try {
		await page.goto(`${url}/`);
		const bodies: Promise<{ url: string; size: number }>[] = [];
		page.on('response', (response) => {
			bodies.push(response.body().then((body) => ({ url: response.url(), size: body.length })));
		});
		const results = await page.evaluate(async (term) => {
			const script = '/pagefind/pagefind.js';
			const pagefind = await import(script);
			await pagefind.init();
			await pagefind.filters();
			const search = await pagefind.search(term);
			await Promise.all(
				search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()),
			);
			return search.results.length as number;
		}, query);
		await page.waitForLoadState('networkidle');
		const sizes = await Promise.all(bodies);
		const sum = (list: { size: number }[]): number => list.reduce((a, r) => a + r.size, 0);
		return {
			query,
			results,
			requests: sizes.length,
			bytes: sum(sizes),
			runtimeBytes: sum(sizes.filter((r) => RUNTIME.test(r.url))),
		};
	} finally {
		await page.close();
	}
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.main) {
	const counts = process.argv.slice(2).map(Number);
	for (const n of counts.length ? counts : [1000]) {
		const r = await benchSearch(n);
		const queries = r.firstQuery
			.map(
				(f) =>
					`“${f.query}” ${f.results} results, ${f.requests} requests, ${kb(f.bytes)} ` +
					`(${kb(f.runtimeBytes)} of it Pagefind's code)`,
			)
			.join('; ');
		console.log(
			`${r.articles} articles: index ${r.indexMs} ms, ${kb(r.indexBytes)} in ${r.indexFiles} files ` +
				`(bundle ${kb(r.bundleBytes)}); first query: ${queries}`,
		);
	}
}
