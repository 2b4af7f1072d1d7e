import { z } from 'astro/zod';

/** A date as bulletins give it: a day, or only a month in old archives (src/lib/dates.ts). */
export interface PartialDate {
	year: number;
	month: number;
	/** Absent for month precision. */
	day?: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const PARTIAL_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Parses "YYYY-MM" or "YYYY-MM-DD", rejecting dates that do not exist ("2021-02-30",
 * "2020-13"). The reason is in Vietnamese, for editors.
 */
export function parsePartialDate(text: string): ParseResult<PartialDate> {
	const match = PARTIAL_DATE.exec(text.trim());
	if (!match) {
		return { ok: false, reason: `“${text}” không đúng dạng YYYY-MM-DD hoặc YYYY-MM` };
	}
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) {
		return { ok: false, reason: `tháng ${month} không tồn tại (tháng phải từ 01 đến 12)` };
	}
	if (match[3] === undefined) return { ok: true, value: { year, month } };
	const day = Number(match[3]);
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > last) {
		return {
			ok: false,
			reason: `ngày ${day} không tồn tại trong tháng ${month}/${year} (tháng này có ${last} ngày)`,
		};
	}
	return { ok: true, value: { year, month, day } };
}

/** Oldest first; a month-precision date sorts as the first of its month. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "YYYY-MM" or "YYYY-MM-DD" → PartialDate, keeping the precision. A JS Date (what a YAML 1.1
 * parser makes of an unquoted 2020-08-14) is accepted through its UTC calendar date. A function,
 * like the schemas of text.ts, so that a module importing only the parser (the search page's
 * browser script, through lib/dates.ts) does not bundle zod: about 20 KB gzipped.
 */
export const partialDateSchema = () =>
	z
		.union([z.string(), z.date(), z.number()], {
			error: 'cần một ngày dạng YYYY-MM-DD hoặc YYYY-MM (ví dụ 2020-08-14 hoặc 2020-08)',
		})
		.transform((raw, ctx): PartialDate => {
			const text =
				raw instanceof Date
					? `${raw.getUTCFullYear()}-${pad(raw.getUTCMonth() + 1)}-${pad(raw.getUTCDate())}`
					: String(raw);
			const parsed = parsePartialDate(text);
			if (!parsed.ok) {
				ctx.addIssue({
					code: 'custom',
					message: `ngày không hợp lệ: ${parsed.reason}; cần YYYY-MM-DD hoặc YYYY-MM có thật (ví dụ 2020-08-14)`,
				});
				return z.NEVER;
			}
			return parsed.value;
		});
