import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
	articleFiles,
	cacheDirFor,
	contentRoot,
	readContent,
	readSiteSettings,
} from '../../src/lib/content-files.ts';
import { ContentError } from '../../src/lib/errors.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'bantin-content-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	}
}

describe('contentRoot and cacheDirFor', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('use ./content and node_modules/.astro by default', () => {
		vi.stubEnv('BANTIN_CONTENT', undefined);
		expect(contentRoot()).toBe(resolve('content'));
		expect(cacheDirFor('/du-an')).toBe('/du-an/node_modules/.astro');
	});
	it('give the tree BANTIN_CONTENT names a cache folder named after its path', () => {
		vi.stubEnv('BANTIN_CONTENT', '/tmp/ban tin/content');
		expect(contentRoot()).toBe('/tmp/ban tin/content');
		expect(cacheDirFor('/du-an')).toBe('/du-an/node_modules/.astro/-tmp-ban-tin-content');
	});
});

describe('articleFiles', () => {
	it('lists Markdown and MDX files, sorted, skipping "_" files, hidden folders and the rest', () => {
		const dir = join(tmp, 'articles');
		write(dir, {
			'2024/05/b.mdx': '',
			'2024/05/a.md': '',
			'2024/05/_mau.md': '',
			'2024/05/anh.jpg': '',
			'2024/ghi-chu.txt': '',
			'_nhap/c.md': '',
			'.git/d.md': '',
		});
		mkdirSync(join(dir, '2024/thu-muc.md'));
		expect(articleFiles(dir)).toEqual(['2024/05/a.md', '2024/05/b.mdx', '_nhap/c.md']);
	});
	it('returns nothing for a missing folder', () => {
		expect(articleFiles(join(tmp, 'khong-co'))).toEqual([]);
	});
});

describe('readContent', () => {
	it('reads every file of a fixture tree, with paths relative to the working folder', () => {
		const root = join(FIXTURES, 'site/content');
		const sources = readContent(root, join(FIXTURES, 'site'));
		expect(sources.articles.map((a) => a.entry)).toEqual(articleFiles(join(root, 'articles')));
		expect(sources.articles[0]?.file).toMatch(/^content\/articles\//);
		expect(sources.campaigns.length).toBeGreaterThan(0);
		expect(sources.site?.file).toBe('content/site.yaml');
	});
});

describe('readSiteSettings', () => {
	it('reads and validates site.yaml', () => {
		expect(readSiteSettings(join(FIXTURES, 'site/content')).lang).toBe('vi');
	});
	it('names the field of an invalid setting', () => {
		const root = join(tmp, 'site-bad');
		write(root, {
			'site.yaml': 'title: T\ndescription: D\nprovince: P\npublisher: X\nurl: khong\n',
		});
		expect(() => readSiteSettings(root)).toThrow(ContentError);
		expect(() => readSiteSettings(root)).toThrow(/url/);
	});
});
