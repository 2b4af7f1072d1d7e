import { describe, expect, it } from 'vitest';
import {
	mergeFilters,
	mergeResponses,
	queryWords,
	shardsToKeep,
	shardCount,
	shardOf,
	closesShard,
	shardPath,
	shardSizeFor,
	MAX_SHARDS,
	MIN_SHARD_SIZE,
} from '../../src/lib/search-shards.ts';

const result = (id: string, score = 1) => ({ id, score });

describe('shards', () => {
	it('counts shards from the oldest article, so new articles only touch the newest shard', () => {
		// 4001 articles, order 0 = newest: the oldest 2000 are shard 0, the newest one shard 2.
		expect([4000, 2001, 2000, 1, 0].map((o) => shardOf(o, 4001, 2000))).toEqual([0, 0, 1, 1, 2]);
		expect([4000, 2000, 0].map((o) => closesShard(o, 4001, 2000))).toEqual([true, true, true]);
		expect([3999, 2001, 1].map((o) => closesShard(o, 4001, 2000))).toEqual([false, false, false]);
		expect(shardCount(4001, 2000)).toBe(3);
		expect(shardCount(4000, 2000)).toBe(2);
	});

	it('sizes shards so a reader loads at most MAX_SHARDS, in sizes that rarely change', () => {
		expect(shardSizeFor(0)).toBe(MIN_SHARD_SIZE);
		expect(shardSizeFor(10_000)).toBe(1000);
		expect(shardSizeFor(16_000)).toBe(1000);
		expect(shardSizeFor(16_001)).toBe(2000);
		expect(shardSizeFor(32_000)).toBe(2000);
		expect(shardSizeFor(32_001)).toBe(4000);
		expect(shardSizeFor(100_000)).toBe(8000);
		for (const n of [1, 999, 10_000, 32_001, 64_001, 100_000, 1_000_000]) {
			expect(shardCount(n, shardSizeFor(n))).toBeLessThanOrEqual(MAX_SHARDS);
		}
	});

	it('keeps one index for an empty archive', () => {
		expect(shardCount(0, 2000)).toBe(1);
	});

	it('serves the first shard where Pagefind expects its bundle', () => {
		expect(shardPath(0)).toBe('/pagefind/');
		expect(shardPath(1)).toBe('/pagefind/phan-2/');
	});
});

describe('mergeFilters', () => {
	it('adds up the counts of each value over shards', () => {
		expect(
			mergeFilters([
				{ nam: { '2025': 3 }, 'phong-trao': { 'dan-van-kheo': 1 } },
				{ nam: { '2025': 1, '2024': 5 } },
			]),
		).toEqual({ nam: { '2025': 4, '2024': 5 }, 'phong-trao': { 'dan-van-kheo': 1 } });
	});
});

describe('mergeResponses', () => {
	// Shard 0 is the oldest.
	const older = { results: [result('c', 0.9), result('d', 0.2)], filters: {} };
	const newer = { results: [result('a', 0.5), result('b', 0.2)], filters: {} };

	it('orders by score over all shards, the newer shard breaking ties', () => {
		expect(mergeResponses([older, newer]).results.map((r) => r.id)).toEqual([
			'0:c',
			'1:a',
			'1:b',
			'0:d',
		]);
	});

	it('walks the shards newest first for a newest-first sort', () => {
		const merged = mergeResponses([older, newer], { date: 'desc' });
		expect(merged.results.map((r) => r.id)).toEqual(['1:a', '1:b', '0:c', '0:d']);
	});

	it('walks the shards oldest first for an oldest-first sort', () => {
		const asc = [
			{ results: [result('d'), result('c')], filters: {} },
			{ results: [result('b'), result('a')], filters: {} },
		];
		const merged = mergeResponses(asc, { date: 'asc' });
		expect(merged.results.map((r) => r.id)).toEqual(['0:d', '0:c', '1:b', '1:a']);
	});

	it('answers exactly as one shard does when there is only one', () => {
		const merged = mergeResponses([{ results: [result('x')], filters: { nam: { '2020': 1 } } }]);
		expect(merged.filters).toEqual({ nam: { '2020': 1 } });
		expect(merged.results.map((r) => [r.id, r.score])).toEqual([['0:x', 1]]);
	});

	it('keeps each original result reachable from its merged copy', () => {
		// Pagefind frees a result's data when the original object is garbage-collected.
		const original = result('x');
		const [copy] = mergeResponses([{ results: [original], filters: {} }]).results;
		expect(copy?.source).toBe(original);
	});
});

describe('queryWords', () => {
	it('lists each word once, lower-cased', () => {
		expect(queryWords('Thi dua thi')).toEqual(['thi', 'dua']);
	});

	it('has no words for an empty query or an exact phrase', () => {
		expect(queryWords(null)).toEqual([]);
		expect(queryWords('"thi dua"')).toEqual([]);
	});
});

describe('shardsToKeep', () => {
	it('leaves out a shard that lacks a word another shard knows', () => {
		// words: thi, dua
		expect(
			shardsToKeep([
				[true, true],
				[false, true],
				[true, true],
			]),
		).toEqual([true, false, true]);
	});

	it('ignores a word no shard knows, as a single index would', () => {
		// words: thi, xyz
		expect(
			shardsToKeep([
				[true, false],
				[false, false],
			]),
		).toEqual([true, false]);
		expect(
			shardsToKeep([
				[false, false],
				[false, false],
			]),
		).toEqual([true, true]);
	});

	it('keeps every shard for a query without words', () => {
		expect(shardsToKeep([[], []])).toEqual([true, true]);
	});
});
