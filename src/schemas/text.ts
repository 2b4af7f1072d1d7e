import { z } from 'astro/zod';

/** A non-empty string, stored in NFC so NFD input renders and sorts identically. */
export const textSchema = (what: string) =>
	z
		.string({ error: `cần ${what} (chuỗi chữ)` })
		.trim()
		.min(1, { error: `${what} không được để trống` })
		.transform((text) => text.normalize('NFC'));

/** One value or a list of values, always returned as a non-empty list. */
export const oneOrMany = <T extends z.ZodType>(item: T, what: string) =>
	z
		.union([item, z.array(item)], { error: `cần ${what}: một giá trị hoặc một danh sách` })
		.transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[])
		.refine((list) => list.length > 0, { error: `cần ít nhất một ${what}` });

/** An id referring to another collection's file name (lower-case slug). */
export const idSchema = (what: string) =>
	z
		.string({ error: `cần mã ${what} (tên tệp, không dấu)` })
		.trim()
		.min(1)
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: `mã ${what} chỉ gồm chữ thường không dấu, số và dấu “-”`,
		});
