import { describe, expect, it } from 'vitest';
import {
	partFolder,
	partsToAsk,
	queryWords,
	SEARCH_PART_SIZE,
	searchParts,
	searchPartSize,
} from '../../src/lib/search-parts.ts';

describe('searchPartSize', () => {
	it('is SEARCH_PART_SIZE unless BANTIN_SEARCH_PART_SIZE says otherwise', () => {
		expect(searchPartSize({})).toBe(SEARCH_PART_SIZE);
		expect(searchPartSize({ BANTIN_SEARCH_PART_SIZE: '' })).toBe(SEARCH_PART_SIZE);
		expect(searchPartSize({ BANTIN_SEARCH_PART_SIZE: '3' })).toBe(3);
	});

	it('refuses a size that is not a positive whole number, in Vietnamese', () => {
		for (const value of ['0', '-2', '1.5', 'ba']) {
			expect(() => searchPartSize({ BANTIN_SEARCH_PART_SIZE: value }), value).toThrow(
				/số nguyên dương/,
			);
		}
	});
});

describe('searchParts', () => {
	it('keeps one index, Pagefind’s own bundle, up to the part size', () => {
		for (const articles of [0, 1, 36, SEARCH_PART_SIZE]) {
			expect(searchParts(articles, SEARCH_PART_SIZE)).toEqual([
				{ folder: '', url: '/pagefind/', start: 0, end: articles },
			]);
		}
	});

	it('splits a larger archive, newest first, into parts of the part size and a smaller last one', () => {
		expect(searchParts(8, 3)).toEqual([
			{ folder: '', url: '/pagefind/', start: 0, end: 3 },
			{ folder: 'phan-2', url: '/pagefind/phan-2/', start: 3, end: 6 },
			{ folder: 'phan-3', url: '/pagefind/phan-3/', start: 6, end: 8 },
		]);
		expect(searchParts(100_000, SEARCH_PART_SIZE)).toHaveLength(5);
		expect(searchParts(100_001, SEARCH_PART_SIZE)).toHaveLength(6);
	});

	it('covers every article exactly once', () => {
		const parts = searchParts(10_001, 4000);
		expect(parts.map((p) => [p.start, p.end])).toEqual([
			[0, 4000],
			[4000, 8000],
			[8000, 10_001],
		]);
	});
});

describe('partFolder', () => {
	it('puts the first part at the bundle’s root and numbers the others from 2', () => {
		expect([0, 1, 9].map(partFolder)).toEqual(['', 'phan-2', 'phan-10']);
	});
});

describe('queryWords', () => {
	it('gives each word once, in lower case', () => {
		expect(queryWords('Thi  đua thi')).toEqual(['thi', 'đua']);
	});

	it('gives none for no query or an exact phrase', () => {
		expect(queryWords(null)).toEqual([]);
		expect(queryWords('"thi đua"')).toEqual([]);
	});
});

describe('partsToAsk', () => {
	it('asks every part that knows every word some part knows', () => {
		// Words: "thi", "dua", "xyzw" (known nowhere: it counts against no part).
		expect(
			partsToAsk([
				[true, true, false],
				[true, false, false],
				[true, true, false],
			]),
		).toEqual([0, 2]);
	});

	it('asks every part when there are no words (a search by filters only)', () => {
		expect(partsToAsk([[], [], []])).toEqual([0, 1, 2]);
	});

	it('asks none when no part knows all the words', () => {
		expect(
			partsToAsk([
				[true, false],
				[false, true],
			]),
		).toEqual([]);
	});
});
