/**
 * The search index of a build (src/integrations/pagefind.ts): one Pagefind bundle of the pages
 * that carry `data-pagefind-body`, without Pagefind's ready-made UI files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageUrl, writeSearchIndex, type HtmlPage } from '../../src/integrations/pagefind.ts';
import { listFiles } from '../helpers/dist.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-pagefind-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function article(place: string): string {
	return `<!DOCTYPE html><html lang="vi"><head><meta name="pagefind-year" data-pagefind-filter="year[content]" content="2021"></head>
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
		const report = await writeSearchIndex(PAGES, bundle);
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
		await writeSearchIndex(PAGES, again);
		const files = listFiles(bundle);
		expect(listFiles(again)).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(bundle, f)).equals(readFileSync(join(again, f))),
		);
		expect(differing).toEqual([]);
	}, 30_000);
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
