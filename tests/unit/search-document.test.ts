import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { searchDocument } from '../../src/lib/search-document.ts';

/** An article page shaped like bantin's (src/pages/bai-viet/[id].astro), with everything around the body. */
function articlePage(neighbour: string): string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đường làng sạch đẹp</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Đường làng > 5 km"}</script>
<meta name="pagefind-movement" data-pagefind-filter="movement[content]" content="nong-thon-moi">
<meta name="pagefind-year" data-pagefind-filter="year[content]" content="2020">
<meta name="pagefind-date" data-pagefind-sort="date[content]" content="2020-08">
<style>body{font-family:x}.a>b{color:red}</style></head><body>
<header class="site-header" data-pagefind-ignore><nav><a href="/">Trang chủ</a></nav></header>
<main><article class="article" data-pagefind-body><header><h1 data-pagefind-meta="title">Đường làng sạch đẹp</h1>
<dl data-pagefind-ignore><dt>Ngày đăng</dt><dd>08/2020</dd></dl></header>
<p>Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” ở xã Hải Đường.</p>
<figure><img src="/_astro/a.jpg" alt="Đoàn viên dọn đường"><figcaption title="a > b">Ảnh: Việt Thắng</figcaption></figure>
<aside><article><p>Một bài trong bài.</p></article></aside>
<p class="byline">Bài và ảnh: Việt Thắng</p></article>
<nav class="adjacent" data-pagefind-ignore><a href="/bai-viet/x/">${neighbour}</a></nav>
<section class="related" data-pagefind-ignore><ul><li><article><h3>Cùng phong trào</h3></article></li></ul></section>
</main><footer data-pagefind-ignore>Ban Thi đua</footer></body></html>`;
}

describe('searchDocument', () => {
	it('keeps the body element (nested articles too) and the Pagefind meta tags only', () => {
		const doc = searchDocument(articlePage('Bài trước'));
		expect(doc).toMatch(/^<!DOCTYPE html><html lang="vi"><head><meta name="pagefind-movement"/);
		expect(doc).toContain('<p>Một bài trong bài.</p></article></aside>');
		expect(doc).toContain('Bài và ảnh: Việt Thắng</p></article></body></html>');
		expect(doc).toContain('data-pagefind-sort="date[content]"');
		for (const gone of [
			'Trang chủ',
			'Bài trước',
			'Cùng phong trào',
			'font-family',
			'NewsArticle',
		]) {
			expect(doc).not.toContain(gone);
		}
	});

	it('is the same whatever the page shows around the body', () => {
		expect(searchDocument(articlePage('Bài trước'))).toBe(searchDocument(articlePage('Bài khác')));
	});

	it('leaves a page alone when it cannot be sure what Pagefind would read', () => {
		const cases = [
			// No body mark: Pagefind reads the whole page.
			'<html><body><p>trang</p></body></html>',
			// Two body marks.
			'<html><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div></body></html>',
			// Unbalanced body element.
			'<html><body><section data-pagefind-body><p>a</p></body></html>',
			// A filter given by an element with text, outside the body.
			'<html><body><span data-pagefind-filter="tag">x</span><div data-pagefind-body>a</div></body></html>',
		];
		for (const page of cases) expect(searchDocument(page)).toBe(page);
	});
});

describe('what Pagefind makes of it', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'bantin-search-document-'));
	afterAll(async () => {
		await pagefind.close();
		rmSync(tmp, { recursive: true, force: true });
	});

	async function indexInto(out: string, pages: [string, string][]): Promise<void> {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
		if (!index) throw new Error(errors.join('\n'));
		for (const [url, content] of pages) {
			const added = await index.addHTMLFile({ url, content });
			expect(added.errors).toEqual([]);
		}
		expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
		await index.deleteIndex();
	}

	it('writes the same index from the small document as from the whole page', async () => {
		const pages: [string, string][] = [
			['/bai-viet/a/', articlePage('Bài trước')],
			['/bai-viet/b/', articlePage('Bài sau').replace('Hải Đường', 'Giao Thủy')],
		];
		await indexInto(join(tmp, 'whole'), pages);
		await indexInto(
			join(tmp, 'small'),
			pages.map(([url, html]) => [url, searchDocument(html)]),
		);
		const files = listFiles(join(tmp, 'whole'));
		expect(files.length).toBeGreaterThan(5);
		expect(listFiles(join(tmp, 'small'))).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(tmp, 'whole', f)).equals(readFileSync(join(tmp, 'small', f))),
		);
		expect(differing).toEqual([]);
	}, 30_000);
});
