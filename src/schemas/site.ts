import { z } from 'astro/zod';
import { textSchema } from './text.ts';

/** Site settings (content/site.yaml): what another province edits to adopt bantin. */
export const siteSchema = z
	.object({
		title: textSchema('tên trang (title)'),
		description: textSchema('mô tả trang (description)'),
		province: textSchema('tên tỉnh (province)'),
		publisher: textSchema('cơ quan chủ quản (publisher)'),
		url: z.url({ error: 'cần địa chỉ trang đầy đủ, ví dụ https://thidua.example.vn' }),
		lang: z.literal('vi').default('vi'),
		timeZone: z.literal('Asia/Ho_Chi_Minh').default('Asia/Ho_Chi_Minh'),
		pageSize: z.number().int().min(1).max(200).default(20),
		feedSize: z.number().int().min(1).max(500).default(30),
		// Share cards drawn from an article's title (src/lib/card.ts): true for every article,
		// false for none, or a year: only articles from that year on. The others share the
		// site's card. Drawing costs ~40 ms and ~12 KB per article (docs/photos.md).
		titleCards: z
			.union([z.boolean(), z.number().int().min(1900).max(2200)], {
				error: 'cần true, false hoặc một năm (ví dụ 2020): vẽ thẻ chia sẻ cho bài từ năm đó',
			})
			.default(true),
	})
	.strict();

export type SiteSettings = z.output<typeof siteSchema>;
