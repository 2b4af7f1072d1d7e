/**
 * A small seeded PRNG (mulberry32) and the draws the corpus generator needs. Same seed, same
 * sequence, on every machine: the benchmark corpus must be reproducible byte for byte.
 */

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` distinct elements of `items` (all of them if count ≥ length), in draw order. */
	sample<T>(items: readonly T[], count: number): T[];
	/** An index drawn with probability proportional to its weight. */
	weighted(weights: readonly number[]): number;
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick() needs a non-empty list');
		return items[int(0, items.length - 1)] as T;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick,
		sample<T>(items: readonly T[], count: number): T[] {
			const pool = [...items];
			const out: T[] = [];
			while (out.length < count && pool.length > 0) {
				out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
			}
			return out;
		},
		weighted(weights) {
			const total = weights.reduce((sum, w) => sum + w, 0);
			let r = next() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i] ?? 0;
				if (r < 0) return i;
			}
			return weights.length - 1;
		},
	};
}
