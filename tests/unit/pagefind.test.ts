/**
 * The search index of a build (src/integrations/pagefind.ts): one Pagefind bundle of the pages
 * that carry `data-pagefind-body`, without Pagefind's ready-made UI files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	pageUrl,
	planParts,
	sortDateOf,
	writeSearchIndex,
	type HtmlPage,
} from '../../src/integrations/pagefind.ts';
import { listFiles } from '../helpers/dist.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-pagefind-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function article(place: string, date = '2021-05-01'): string {
	return `<!DOCTYPE html><html lang="vi"><head><meta name="pagefind-year" data-pagefind-filter="year[content]" content="2021">
<meta name="pagefind-date" data-pagefind-sort="date[content]" content="${date}"></head>
<body><nav data-pagefind-ignore>Trang chủ</nav><article data-pagefind-body><h1 data-pagefind-meta="title">Đường làng ở ${place}</h1>
<p>Phong trào thi đua ở ${place}.</p></article></body></html>`;
}

const PAGES: HtmlPage[] = [
	{ url: '/', html: '<!DOCTYPE html><html lang="vi"><body><h1>Trang chủ</h1></body></html>' },
	{ url: '/bai-viet/hai-hau/', html: article('Hải Hậu') },
	{ url: '/bai-viet/giao-thuy/', html: article('Giao Thủy') },
];

interface Entry {
	languages: Record<string, { page_count: number }>;
}

describe('writeSearchIndex', () => {
	const bundle = join(tmp, 'dist', 'pagefind');

	it('indexes only the pages that carry data-pagefind-body, in one bundle', async () => {
		// What an earlier build left in the bundle folder is replaced.
		mkdirSync(bundle, { recursive: true });
		writeFileSync(join(bundle, 'stale.pf_meta'), 'old');
		const report = await writeSearchIndex([PAGES], bundle);
		expect(report).toEqual({ pages: 2, scanned: 3 });
		const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
		expect(Object.keys(entry.languages)).toEqual(['vi']);
		expect(entry.languages['vi']?.page_count).toBe(2);
		expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
		expect(existsSync(join(bundle, 'stale.pf_meta'))).toBe(false);
	}, 30_000);

	it('leaves out Pagefind’s ready-made UI files', () => {
		const files = listFiles(bundle);
		expect(
			files.filter((f) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)),
		).toEqual([]);
	});

	it('writes the same bytes from the same pages', async () => {
		const again = join(tmp, 'again', 'pagefind');
		await writeSearchIndex([PAGES], again);
		const files = listFiles(bundle);
		expect(listFiles(again)).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(bundle, f)).equals(readFileSync(join(again, f))),
		);
		expect(differing).toEqual([]);
	}, 30_000);
});

describe('writeSearchIndex in parts', () => {
	const bundle = join(tmp, 'parts', 'pagefind');

	it('writes the first part as the bundle and each further part in its folder, without the runtime', async () => {
		const report = await writeSearchIndex([PAGES, PAGES.slice(1, 2), PAGES.slice(2)], bundle);
		expect(report).toEqual({ pages: 4, scanned: 5 });
		const counts = ['', 'phan-2', 'phan-3'].map((folder) => {
			const entry = readFileSync(join(bundle, folder, 'pagefind-entry.json'), 'utf8');
			return (JSON.parse(entry) as Entry).languages['vi']?.page_count;
		});
		expect(counts).toEqual([2, 1, 1]);
		expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
		const further = listFiles(join(bundle, 'phan-2'));
		expect(further.filter((f) => /\.js$|^wasm\./.test(f))).toEqual([]);
		expect(further.some((f) => f.endsWith('.pf_meta'))).toBe(true);
	}, 60_000);
});

describe('sortDateOf', () => {
	it('reads an article page’s date sort key, and nothing from another page', () => {
		expect(sortDateOf(article('Hải Hậu', '2020-08-01'))).toBe('2020-08-01');
		expect(sortDateOf('<meta content="2020-08-01" data-pagefind-sort="date[content]">')).toBe(
			'2020-08-01',
		);
		expect(sortDateOf(PAGES[0]?.html ?? '')).toBe('');
	});
});

describe('planParts', () => {
	const dir = join(tmp, 'plan');
	mkdirSync(dir, { recursive: true });
	const write = (name: string, html: string): string => {
		writeFileSync(join(dir, name), html);
		return join(dir, name);
	};
	// In path order, as the build lists them: a home page and five articles of mixed dates.
	const files = [
		write('a.html', article('A', '2020-01-01')),
		write('b.html', article('B', '2023-05-01')),
		write('c.html', article('C', '2021-07-15')),
		write('d.html', article('D', '2023-05-01')),
		write('e.html', article('E', '2019-12-31')),
		write('index.html', PAGES[0]?.html ?? ''),
	];
	const names = (parts: string[][]) =>
		parts.map((part) => part.map((f) => f.slice(dir.length + 1)));

	it('keeps every page in one part, in path order, while there cannot be more articles than the part size', async () => {
		expect(names(await planParts(files, 6))).toEqual([
			['a.html', 'b.html', 'c.html', 'd.html', 'e.html', 'index.html'],
		]);
	});

	it('keeps the articles in one part, in path order, when they fit', async () => {
		expect(names(await planParts(files, 5))).toEqual([
			['a.html', 'b.html', 'c.html', 'd.html', 'e.html'],
		]);
	});

	it('splits the articles newest first, in path order for the same date', async () => {
		expect(names(await planParts(files, 2))).toEqual([
			['b.html', 'd.html'],
			['c.html', 'a.html'],
			['e.html'],
		]);
	});
});

describe('pageUrl', () => {
	it('gives a page file’s address in the directory build format', () => {
		expect(pageUrl('/d', '/d/bai-viet/hai-hau/index.html')).toBe('/bai-viet/hai-hau/');
		expect(pageUrl('/d', '/d/index.html')).toBe('/');
		expect(pageUrl('/d', '/d/404.html')).toBe('/404.html');
	});

	it('puts the site’s base path in front', () => {
		expect(pageUrl('/d', '/d/bai-viet/a/index.html', '/ban-tin')).toBe('/ban-tin/bai-viet/a/');
		expect(pageUrl('/d', '/d/index.html', '/ban-tin/')).toBe('/ban-tin/');
	});
});
