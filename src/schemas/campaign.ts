import { z } from 'astro/zod';
import { textSchema } from './text.ts';

const year = z
	.number({ error: 'cần một năm (số, ví dụ 2019)' })
	.int()
	.min(1945, { error: 'năm không hợp lệ' })
	.max(2200, { error: 'năm không hợp lệ' });

/** A movement (phong trào thi đua): content/campaigns/<id>.yaml */
export const campaignSchema = z
	.object({
		name: textSchema('tên đầy đủ của phong trào (name)'),
		shortName: textSchema('tên ngắn (shortName)'),
		period: z
			.object(
				{ from: year, to: year.optional() },
				{ error: 'cần giai đoạn: period: { from: 2019, to: 2025 }' },
			)
			.strict()
			.refine((p) => p.to === undefined || p.to >= p.from, {
				error: 'năm kết thúc (period.to) không được trước năm bắt đầu (period.from)',
				path: ['to'],
			}),
		basis: z.array(textSchema('văn bản căn cứ')).default([]),
		description: textSchema('mô tả (description, Markdown)'),
	})
	.strict();

export type CampaignData = z.output<typeof campaignSchema>;
