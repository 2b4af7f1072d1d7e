import { describe, expect, it } from 'vitest';
import { createRandom } from '../lib/random.ts';

const draws = (seed: number, n: number) => {
	const r = createRandom(seed);
	return Array.from({ length: n }, () => r.next());
};

describe('createRandom', () => {
	it('repeats the same sequence for the same seed', () => {
		expect(draws(42, 20)).toEqual(draws(42, 20));
	});

	it('gives a different sequence for another seed', () => {
		expect(draws(42, 20)).not.toEqual(draws(43, 20));
	});

	it('draws floats in [0, 1)', () => {
		for (const x of draws(1, 1000)) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});

	it('draws integers within both bounds, reaching each of them', () => {
		const r = createRandom(5);
		const seen = new Set(Array.from({ length: 500 }, () => r.int(3, 6)));
		expect([...seen].sort()).toEqual([3, 4, 5, 6]);
	});

	it('samples distinct items and stops at the list length', () => {
		const r = createRandom(9);
		const items = ['Đà Nẵng', 'Huế', 'Nam Định', 'Hà Nội'];
		const sample = r.sample(items, 3);
		expect(new Set(sample).size).toBe(3);
		expect(r.sample(items, 10).sort()).toEqual([...items].sort());
		expect(r.sample([], 2)).toEqual([]);
	});

	it('never picks a weighted index whose weight is zero', () => {
		const r = createRandom(11);
		for (let i = 0; i < 200; i++) expect([1, 3]).toContain(r.weighted([0, 3, 0, 1]));
	});

	it('refuses to pick from an empty list', () => {
		expect(() => createRandom(1).pick([])).toThrow(/non-empty/);
	});
});
