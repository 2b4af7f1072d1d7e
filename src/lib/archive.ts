/**
 * The archive by year and month, newest first, with counts.
 */
import type { PartialDate } from './dates.ts';

export interface Dated {
	date: PartialDate;
}

export interface MonthGroup<T> {
	year: number;
	month: number;
	items: T[];
}

export interface YearGroup<T> {
	year: number;
	count: number;
	months: MonthGroup<T>[];
}

/**
 * Groups items (already sorted newest first) by year then month, keeping their order inside
 * each month. Years and months come out newest first.
 */
export function groupByYearMonth<T extends Dated>(items: readonly T[]): YearGroup<T>[] {
	const years = new Map<number, Map<number, T[]>>();
	for (const item of items) {
		const { year, month } = item.date;
		const months = years.get(year) ?? new Map<number, T[]>();
		const list = months.get(month) ?? [];
		list.push(item);
		months.set(month, list);
		years.set(year, months);
	}
	return [...years.keys()]
		.sort((a, b) => b - a)
		.map((year) => {
			const months = years.get(year) ?? new Map<number, T[]>();
			const groups = [...months.keys()]
				.sort((a, b) => b - a)
				.map((month) => ({ year, month, items: months.get(month) ?? [] }));
			return { year, count: groups.reduce((n, g) => n + g.items.length, 0), months: groups };
		});
}
