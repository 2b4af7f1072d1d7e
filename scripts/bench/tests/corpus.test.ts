import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
	authorNames,
	countWords,
	editArticle,
	generateCorpus,
	MAX_WORDS,
	MIN_WORDS,
	type CorpusFile,
} from '../lib/corpus.ts';
import { createRandom } from '../lib/random.ts';
import { parseFrontmatter, splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { findSlugCollisions } from '../../../src/lib/slug.ts';
import { isNfc } from '../../../src/lib/vi-text.ts';
import { agencySchema } from '../../../src/schemas/agency.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { parse } from 'yaml';

const corpus = (articles: number, seed = 1, photos = false): CorpusFile[] => [
	...generateCorpus({ articles, seed, photos }),
];
const texts = (files: CorpusFile[]) =>
	files.filter((f): f is Extract<CorpusFile, { kind: 'text' }> => f.kind === 'text');
const articlesOf = (files: CorpusFile[]) =>
	texts(files).filter((f) => f.path.startsWith('articles/'));

let archive: Record<string, unknown>[] | undefined;
/** The frontmatter of a larger archive, generated once for the tests that need variety. */
const largeArchive = (): Record<string, unknown>[] =>
	(archive ??= articlesOf(corpus(800)).map((f) => parseFrontmatter(f.content)));

// Generating and parsing hundreds of articles is slow on a busy 2-core machine: a generous timeout.
describe('generateCorpus', { timeout: 30_000 }, () => {
	it('produces the same files, byte for byte, from the same seed', () => {
		expect(corpus(50, 7)).toEqual(corpus(50, 7));
	});

	it('produces different articles from a different seed', () => {
		const a = articlesOf(corpus(20, 1)).map((f) => f.content);
		const b = articlesOf(corpus(20, 2)).map((f) => f.content);
		expect(a).not.toEqual(b);
	});

	it('keeps the first articles unchanged when more are asked for', () => {
		expect(corpus(200).slice(0, 80)).toEqual(corpus(100).slice(0, 80));
	});

	it('writes exactly the requested number of articles, each under a unique id', () => {
		const files = articlesOf(corpus(300));
		expect(files).toHaveLength(300);
		const ids = files.map((f) =>
			f.path
				.replace(/(\/index)?\.md$/, '')
				.split('/')
				.at(-1),
		);
		expect(new Set(ids).size).toBe(300);
	});

	it('writes settings, movements and agencies that the schemas accept', () => {
		const files = texts(corpus(1));
		const site = files.find((f) => f.path === 'site.yaml');
		expect(siteSchema.safeParse(parse(site?.content ?? '')).success).toBe(true);
		const campaigns = files.filter((f) => f.path.startsWith('campaigns/'));
		const agencies = files.filter((f) => f.path.startsWith('agencies/'));
		expect(campaigns.length).toBeGreaterThanOrEqual(8);
		expect(agencies.length).toBeGreaterThanOrEqual(50);
		for (const f of campaigns)
			expect(campaignSchema.safeParse(parse(f.content)).error).toBeUndefined();
		for (const f of agencies)
			expect(agencySchema.safeParse(parse(f.content)).error).toBeUndefined();
	});

	it('gives every article valid frontmatter whose movements and agencies exist', () => {
		const files = corpus(150);
		const schema = articleSchema(z.string());
		const ids = (dir: string) =>
			new Set(
				texts(files)
					.filter((f) => f.path.startsWith(dir))
					.map((f) => f.path.slice(dir.length).replace(/\.yaml$/, '')),
			);
		const campaignIds = ids('campaigns/');
		const agencyIds = ids('agencies/');
		const agencies = texts(files).filter((f) => f.path.startsWith('agencies/'));
		for (const f of agencies) {
			const parent = (parse(f.content) as { parent?: string }).parent;
			if (parent) expect(agencyIds.has(parent)).toBe(true);
		}
		for (const f of articlesOf(files)) {
			const result = schema.safeParse(parseFrontmatter(f.content));
			expect(result.error, f.path).toBeUndefined();
			for (const id of result.data?.campaign ?? []) expect(campaignIds.has(id)).toBe(true);
			for (const id of result.data?.agency ?? []) expect(agencyIds.has(id)).toBe(true);
		}
	});

	it('writes bodies of 400 to 1,500 words', () => {
		for (const f of articlesOf(corpus(100))) {
			const words = countWords(splitFrontmatter(f.content).body);
			expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
			expect(words).toBeLessThanOrEqual(MAX_WORDS);
		}
	});

	it('mixes month-precision dates, NFD bylines, Đ names and drafts into a large archive', () => {
		const data = largeArchive();
		const authors = data.flatMap((d) => [d['author']].flat() as string[]);
		expect(data.filter((d) => /^\d{4}-\d{2}$/.test(String(d['date']))).length).toBeGreaterThan(30);
		expect(authors.some((a) => !isNfc(a))).toBe(true);
		expect(authors.some((a) => a.normalize('NFC').includes('Đ'))).toBe(true);
		expect(data.some((d) => d['draft'] === true)).toBe(true);
		const years = new Set(data.map((d) => String(d['date']).slice(0, 4)));
		expect(years.size).toBe(20);
	});

	it('never produces two bylines that would share an author page', () => {
		const data = largeArchive();
		const authors = data.flatMap((d) => [d['author']].flat() as string[]);
		expect(new Set(authors.map((a) => a.normalize('NFC'))).size).toBeGreaterThan(100);
		expect(findSlugCollisions(authors)).toEqual([]);
	});

	it('adds a photo beside about one article in ten only when asked', () => {
		expect(corpus(300).some((f) => f.kind === 'image')).toBe(false);
		const files = corpus(200, 1, true);
		const images = files.filter((f) => f.kind === 'image');
		expect(images.length).toBeGreaterThan(8);
		expect(images.length).toBeLessThan(40);
		const byPath = new Map(texts(files).map((f) => [f.path, f]));
		for (const image of images) {
			const article = byPath.get(image.path.replace('anh-1.jpg', 'index.md'));
			expect(parseFrontmatter(article?.content ?? '')).toMatchObject({
				image: './anh-1.jpg',
				imageAlt: expect.any(String),
			});
		}
	});
});

describe('authorNames', () => {
	it('returns the requested number of names with distinct slugs', () => {
		const names = authorNames(createRandom(3), 150);
		expect(names).toHaveLength(150);
		expect(findSlugCollisions(names)).toEqual([]);
	});
});

describe('countWords', () => {
	it('counts whitespace-separated words, ignoring repeated spaces and new lines', () => {
		expect(countWords('  Thi đua  yêu\n\nnước ')).toBe(4);
		expect(countWords('')).toBe(0);
	});
});

describe('editArticle', () => {
	it('appends a paragraph and keeps the frontmatter intact', () => {
		const source = '---\ntitle: Bài\n---\n\nĐoạn một.\n';
		const edited = editArticle(source);
		expect(edited).not.toBe(source);
		expect(edited.startsWith('---\ntitle: Bài\n---\n\nĐoạn một.\n\n')).toBe(true);
		expect(splitFrontmatter(edited).yaml).toBe('title: Bài');
	});
});
