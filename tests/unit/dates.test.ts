import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	formatPartialDate,
	parsePartialDate,
	toInstant,
	toIsoDateTime,
	toIsoString,
	todayInVietnam,
} from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
	it('keeps month precision', () => {
		expect(parsePartialDate('2020-08')).toEqual({ ok: true, value: { year: 2020, month: 8 } });
	});
	it('parses a full date', () => {
		expect(parsePartialDate('2019-06-14')).toEqual({
			ok: true,
			value: { year: 2019, month: 6, day: 14 },
		});
	});
	it.each(['2021-02-30', '2020-13', '2020-00', '2019-04-31', '2020-8', '14/06/2019', ''])(
		'rejects %s',
		(text) => {
			expect(parsePartialDate(text).ok).toBe(false);
		},
	);
	it('accepts 29 February in a leap year only', () => {
		expect(parsePartialDate('2020-02-29').ok).toBe(true);
		expect(parsePartialDate('2021-02-29').ok).toBe(false);
	});
	it('explains in Vietnamese why a date does not exist', () => {
		const result = parsePartialDate('2021-02-30');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('tháng 2/2021');
	});
});

describe('formatPartialDate', () => {
	it('shows month precision as "Tháng 8/2020"', () => {
		expect(formatPartialDate({ year: 2020, month: 8 })).toBe('Tháng 8/2020');
	});
	it('shows a full date as "14 tháng 6, 2019"', () => {
		expect(formatPartialDate({ year: 2019, month: 6, day: 14 })).toBe('14 tháng 6, 2019');
	});
	it('does not shift the day across the time zone boundary', () => {
		expect(formatPartialDate({ year: 2020, month: 1, day: 1 })).toBe('1 tháng 1, 2020');
		expect(formatPartialDate({ year: 2019, month: 12, day: 31 })).toBe('31 tháng 12, 2019');
	});
});

describe('toInstant and toIsoDateTime', () => {
	it('is midnight in Asia/Ho_Chi_Minh (17:00 UTC the day before)', () => {
		expect(toInstant({ year: 2020, month: 1, day: 1 }).toISOString()).toBe(
			'2019-12-31T17:00:00.000Z',
		);
		expect(toIsoDateTime({ year: 2020, month: 8 })).toBe('2020-08-01T00:00:00+07:00');
	});
	it('writes HTML datetime values in the date’s precision', () => {
		expect(toIsoString({ year: 2020, month: 8 })).toBe('2020-08');
		expect(toIsoString({ year: 2020, month: 8, day: 5 })).toBe('2020-08-05');
	});
});

describe('comparePartialDates', () => {
	it('sorts a month-precision date as the first of its month', () => {
		expect(comparePartialDates({ year: 2020, month: 8 }, { year: 2020, month: 8, day: 1 })).toBe(0);
		expect(
			comparePartialDates({ year: 2020, month: 8 }, { year: 2020, month: 8, day: 2 }),
		).toBeLessThan(0);
	});
	it('orders across a year boundary', () => {
		expect(
			comparePartialDates({ year: 2019, month: 12, day: 31 }, { year: 2020, month: 1 }),
		).toBeLessThan(0);
	});
});

describe('todayInVietnam', () => {
	it('is already tomorrow in Vietnam at 18:00 UTC', () => {
		expect(todayInVietnam(new Date('2026-11-26T18:00:00Z'))).toEqual({
			year: 2026,
			month: 11,
			day: 27,
		});
	});
});
