import { z } from 'astro/zod';
import { comparePartialDates, partialDateSchema } from './partial-date.ts';
import { idSchema, oneOrMany, textSchema } from './text.ts';

/**
 * Article frontmatter (shared/DESIGN.md, "Articles"). Movement and agency ids are plain strings
 * here; `src/collections.ts` checks they exist, because Astro 7 only logs dangling references.
 * `image` is a parameter so the content config can pass `image()` while tests pass a string.
 */
export function articleSchema<I extends z.ZodType>(image: I) {
	return z
		.object({
			title: textSchema('tiêu đề (title)'),
			series: textSchema('dòng chủ đề (series)').optional(),
			date: partialDateSchema(),
			updated: partialDateSchema().optional(),
			campaign: oneOrMany(idSchema('phong trào'), 'mã phong trào (campaign)'),
			agency: oneOrMany(idSchema('cơ quan'), 'mã cơ quan, đơn vị (agency)'),
			author: oneOrMany(textSchema('tên tác giả'), 'tác giả (author)'),
			credit: textSchema('vai trò tác giả (credit), ví dụ “Bài và ảnh”').optional(),
			summary: textSchema('tóm tắt (summary)').optional(),
			image: image.optional(),
			imageAlt: textSchema('mô tả ảnh (imageAlt)').optional(),
			imageCaption: textSchema('chú thích ảnh (imageCaption)').optional(),
			imageCredit: textSchema('người chụp (imageCredit)').optional(),
			/** Filled in by the articles loader from the body, not by editors (docs/photos.md). */
			bodyImages: z.array(image).optional(),
			/**
			 * Filled in by the articles loader (lib/body-facts.ts), so the body text need not be
			 * kept in Astro's data store.
			 */
			bodyFacts: z
				.object({
					firstParagraph: z.string(),
					imageSources: z.array(z.string()),
					links: z.array(z.object({ id: z.string(), line: z.number() })),
					line: z.number(),
				})
				.optional(),
			draft: z.boolean({ error: 'draft phải là true hoặc false' }).default(false),
			aliases: z
				.array(z.string().regex(/^\/[^\s]*$/, { error: 'đường dẫn cũ phải bắt đầu bằng “/”' }))
				.default([]),
		})
		.strict()
		.superRefine((data, ctx) => {
			if (data.image !== undefined && data.imageAlt === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['imageAlt'],
					message:
						'có ảnh (image) thì phải có mô tả ảnh (imageAlt) cho người khiếm thị; thêm dòng imageAlt: "…" mô tả nội dung ảnh',
				});
			}
			if (data.updated && comparePartialDates(data.updated, data.date) < 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['updated'],
					message:
						'ngày cập nhật (updated) không được trước ngày đăng (date); sửa updated hoặc xóa dòng này',
				});
			}
		});
}

export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString>>>;

const sharedArticleSchema = articleSchema(z.string());

/**
 * The article schema the content config uses. Astro calls the schema function once per entry
 * (its `image()` resolves paths relative to each file), and building the whole object schema
 * each time cost about 1.5 ms per article: 15 s of CPU at 10,000 articles (docs/bench.md). Here
 * the object is built once, with `image` checked as a string, and only the entry's own `image()`
 * runs per entry, on that string.
 */
export function articleSchemaFor<I extends z.ZodType>(image: I) {
	return sharedArticleSchema.transform(async (data, ctx) => {
		// Resolve one image field through the entry's own image() helper; issues keep their path.
		const resolve = async (
			value: string,
			path: (string | number)[],
		): Promise<z.output<I> | undefined> => {
			const result = await image.safeParseAsync(value);
			if (result.success) return result.data as z.output<I>;
			for (const issue of result.error.issues) {
				ctx.addIssue({ code: 'custom', path: [...path, ...issue.path], message: issue.message });
			}
			return undefined;
		};
		const hero = data.image === undefined ? undefined : await resolve(data.image, ['image']);
		const body =
			data.bodyImages === undefined
				? undefined
				: await Promise.all(data.bodyImages.map((src, i) => resolve(src, ['bodyImages', i])));
		if ((data.image !== undefined && hero === undefined) || body?.includes(undefined)) {
			return z.NEVER;
		}
		return { ...data, image: hero, bodyImages: body as z.output<I>[] | undefined };
	});
}
