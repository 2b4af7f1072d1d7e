/**
 * Dates as bulletins print them. Old archives often know only the month ("2020-08"), so a date
 * keeps its precision: it is shown as "Tháng 8/2020" and sorted as the first of its month.
 * All dates are Asia/Ho_Chi_Minh (+07:00); every format names the locale and time zone.
 */
import { t } from '../i18n/index.ts';
import type { PartialDate } from '../schemas/partial-date.ts';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_HOURS = 7;

// The date type and its parser belong to the schema, which must not import src/lib.
export {
	comparePartialDates,
	parsePartialDate,
	type ParseResult,
	type PartialDate,
} from '../schemas/partial-date.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2020-08" or "2020-08-14": also a valid HTML `datetime` value. */
export function toIsoString(date: PartialDate): string {
	const ym = `${date.year}-${pad(date.month)}`;
	return date.day === undefined ? ym : `${ym}-${pad(date.day)}`;
}

/** Midnight in Asia/Ho_Chi_Minh of the date (the first of the month for month precision). */
export function toInstant(date: PartialDate): Date {
	return new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1, -OFFSET_HOURS));
}

/** ISO 8601 with the +07:00 offset, e.g. for JSON-LD: "2020-08-01T00:00:00+07:00". */
export function toIsoDateTime(date: PartialDate): string {
	return `${date.year}-${pad(date.month)}-${pad(date.day ?? 1)}T00:00:00+07:00`;
}

const fullDate = new Intl.DateTimeFormat('vi-VN', {
	timeZone: TIME_ZONE,
	day: 'numeric',
	month: 'long',
	year: 'numeric',
});

/** "14 tháng 6, 2019", or "Tháng 8/2020" for a month-precision date. */
export function formatPartialDate(date: PartialDate): string {
	if (date.day === undefined) return t('date.month', { month: date.month, year: date.year });
	return fullDate.format(toInstant(date));
}

/** Today's date in Asia/Ho_Chi_Minh (what "today" means for scheduling and `npm run new`). */
export function todayInVietnam(now: Date = new Date()): Required<PartialDate> {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(now);
	const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
	return { year: get('year'), month: get('month'), day: get('day') };
}
