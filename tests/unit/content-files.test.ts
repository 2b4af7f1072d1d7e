import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticleEntries, listArticleEntries } from '../../scripts/lib/content-files.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe('countArticleEntries', () => {
	it('counts the files listArticleEntries lists, in the fixture trees', () => {
		for (const tree of ['site', 'search']) {
			const dir = join(FIXTURES, tree, 'content/articles');
			expect(listArticleEntries(dir).length).toBeGreaterThan(0);
			expect(countArticleEntries(dir)).toBe(listArticleEntries(dir).length);
		}
	});

	it('skips files named with a leading underscore and anything not Markdown', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bantin-count-'));
		try {
			mkdirSync(join(dir, '2024/05'), { recursive: true });
			mkdirSync(join(dir, '_nhap'), { recursive: true });
			for (const file of [
				'2024/05/a.md',
				'2024/05/b.mdx',
				'2024/05/_mau.md',
				'2024/05/anh.jpg',
				'2024/ghi-chu.txt',
				'_nhap/c.md',
			]) {
				writeFileSync(join(dir, file), '');
			}
			expect(listArticleEntries(dir)).toEqual(['2024/05/a.md', '2024/05/b.mdx', '_nhap/c.md']);
			expect(countArticleEntries(dir)).toBe(3);
			expect(countArticleEntries(join(dir, 'khong-co'))).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
