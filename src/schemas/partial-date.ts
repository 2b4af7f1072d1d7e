import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../lib/dates.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "YYYY-MM" or "YYYY-MM-DD" → PartialDate, keeping the precision. A JS Date (what a YAML 1.1
 * parser makes of an unquoted 2020-08-14) is accepted through its UTC calendar date.
 */
export const partialDateSchema = z
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
