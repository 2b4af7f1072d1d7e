import { describe, expect, it } from 'vitest';
import { groupByYearMonth } from '../../src/lib/archive.ts';

describe('groupByYearMonth', () => {
	it('groups newest first by year and month with counts, keeping order inside a month', () => {
		const items = [
			{ id: 'c', date: { year: 2021, month: 1, day: 2 } },
			{ id: 'b', date: { year: 2020, month: 12, day: 31 } },
			{ id: 'a2', date: { year: 2020, month: 8, day: 14 } },
			{ id: 'a1', date: { year: 2020, month: 8 } },
		];
		const groups = groupByYearMonth(items);
		expect(groups.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
			[2021, 1, [1]],
			[2020, 3, [12, 8]],
		]);
		expect(groups[1]?.months[1]?.items.map((i) => i.id)).toEqual(['a2', 'a1']);
	});
	it('returns no groups for no items', () => {
		expect(groupByYearMonth([])).toEqual([]);
	});
});
