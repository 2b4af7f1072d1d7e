import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, articleSchemaFor } from '../../src/schemas/article.ts';

const valid = {
	title: 'Đẩy mạnh phong trào thi đua',
	date: '2020-08',
	campaign: 'van-hoa-cong-so',
	agency: ['ubnd-tinh', 'cong-an-tinh'],
	author: 'Vie\u0302\u0323t Tha\u0306\u0301ng',
	summary: 'Tóm tắt.',
};

/** Stands in for Astro's image(): resolves a relative path, fails on a missing file. */
const fakeImage = () =>
	z.string().transform((path, ctx) => {
		if (path.includes('thieu')) {
			ctx.addIssue({ code: 'custom', message: `Image ${path} does not exist.` });
			return z.NEVER;
		}
		return { src: `/_astro/${path.replace('./', '')}`, width: 960, height: 640 };
	});

describe('articleSchemaFor', () => {
	it('gives the same data as the full schema for an article without a photo', async () => {
		const expected = await articleSchema(fakeImage()).parseAsync(valid);
		expect(await articleSchemaFor(fakeImage()).parseAsync(valid)).toEqual(expected);
		expect(expected.author).toEqual(['Việt Thắng']);
	});

	it('runs the entry’s own image schema on the photo path', async () => {
		const input = { ...valid, image: './anh-1.jpg', imageAlt: 'Hội nghị' };
		const data = await articleSchemaFor(fakeImage()).parseAsync(input);
		expect(data.image).toEqual({ src: '/_astro/anh-1.jpg', width: 960, height: 640 });
		expect(data).toEqual(await articleSchema(fakeImage()).parseAsync(input));
	});

	it('reports a missing photo under the image field', async () => {
		const result = await articleSchemaFor(fakeImage()).safeParseAsync({
			...valid,
			image: './thieu.jpg',
			imageAlt: 'Ảnh',
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues).toMatchObject([
			{ path: ['image'], message: 'Image ./thieu.jpg does not exist.' },
		]);
	});

	it('keeps the other checks: a photo without a description still fails', async () => {
		const result = await articleSchemaFor(fakeImage()).safeParseAsync({
			...valid,
			image: './anh-1.jpg',
		});
		expect(result.error?.issues.map((i) => i.path)).toEqual([['imageAlt']]);
	});

	it('rejects unknown fields as the full schema does', async () => {
		const result = await articleSchemaFor(fakeImage()).safeParseAsync({ ...valid, tieuDe: 'x' });
		expect(result.success).toBe(false);
	});
});
