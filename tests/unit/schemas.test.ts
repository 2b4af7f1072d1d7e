import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../src/schemas/agency.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const article = articleSchema(z.string());
const base = {
	title: 'Tiêu đề',
	date: '2020-08',
	campaign: 'van-hoa-cong-so',
	agency: 'cong-an-tinh',
	author: 'Việt Thắng',
};
const messages = (result: { success: boolean; error?: z.ZodError }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('articleSchema', () => {
	it('accepts single values and lists, keeping month precision', () => {
		const data = article.parse(base);
		expect(data.date).toEqual({ year: 2020, month: 8 });
		expect(data.campaign).toEqual(['van-hoa-cong-so']);
		expect(data.author).toEqual(['Việt Thắng']);
		expect(data.draft).toBe(false);
		expect(article.parse({ ...base, agency: ['a', 'b'] }).agency).toEqual(['a', 'b']);
	});

	it('stores NFD text as NFC', () => {
		const data = article.parse({ ...base, title: 'Đường'.normalize('NFD') });
		expect(data.title).toBe('Đường');
	});

	it('accepts a JS Date from a YAML 1.1 parser as its calendar date', () => {
		expect(article.parse({ ...base, date: new Date('2019-06-14T00:00:00Z') }).date).toEqual({
			year: 2019,
			month: 6,
			day: 14,
		});
	});

	it('names every missing required field', () => {
		const result = article.safeParse({});
		expect(result.success).toBe(false);
		expect(
			messages(result)
				.map((m) => m.split(':')[0])
				.sort(),
		).toEqual(['agency', 'author', 'campaign', 'date', 'title']);
	});

	it('rejects impossible dates, updated before date, and image without imageAlt', () => {
		expect(messages(article.safeParse({ ...base, date: '2021-02-30' }))[0]).toMatch(/^date: /);
		expect(messages(article.safeParse({ ...base, updated: '2020-07-31' }))).toEqual([
			'updated: ngày cập nhật (updated) không được trước ngày đăng (date); sửa updated hoặc xóa dòng này',
		]);
		expect(messages(article.safeParse({ ...base, image: './a.jpg' }))[0]).toMatch(/^imageAlt: /);
		expect(article.safeParse({ ...base, image: './a.jpg', imageAlt: 'Ảnh' }).success).toBe(true);
	});

	it('rejects unknown fields (a typo like “campain” must not pass silently)', () => {
		expect(article.safeParse({ ...base, campain: 'x' }).success).toBe(false);
	});

	it('rejects ids that are not slugs', () => {
		expect(messages(article.safeParse({ ...base, campaign: 'Văn hóa' }))[0]).toMatch(/^campaign/);
	});
});

describe('campaignSchema', () => {
	const campaign = {
		name: 'Văn hóa công sở',
		shortName: 'VHCS',
		period: { from: 2019, to: 2025 },
		description: 'Mô tả',
	};
	it('accepts an open-ended period and defaults basis to empty', () => {
		const data = campaignSchema.parse({ ...campaign, period: { from: 2019 } });
		expect(data.basis).toEqual([]);
	});
	it('rejects a period ending before it starts', () => {
		expect(
			messages(campaignSchema.safeParse({ ...campaign, period: { from: 2025, to: 2019 } })),
		).toEqual(['period.to: năm kết thúc (period.to) không được trước năm bắt đầu (period.from)']);
	});
});

describe('agencySchema', () => {
	it('lists the valid kinds when the kind is unknown', () => {
		const result = agencySchema.safeParse({ name: 'A', shortName: 'A', kind: 'so' });
		expect(messages(result)[0]).toMatch(
			/^kind: loại cơ quan \(kind\) phải là một trong: co-quan-dang/,
		);
	});
});

describe('siteSchema', () => {
	it('fills defaults and requires a URL', () => {
		const data = siteSchema.parse({
			title: 'T',
			description: 'D',
			province: 'P',
			publisher: 'X',
			url: 'https://x.example/',
		});
		expect(data).toMatchObject({
			lang: 'vi',
			timeZone: 'Asia/Ho_Chi_Minh',
			pageSize: 20,
			feedSize: 30,
			titleCards: true,
		});
		expect(siteSchema.safeParse({ ...data, url: 'khong-phai-url' }).success).toBe(false);
	});

	it('takes titleCards as true, false or a year, and explains anything else', () => {
		const base = {
			title: 'T',
			description: 'D',
			province: 'P',
			publisher: 'X',
			url: 'https://x.example/',
		};
		expect(siteSchema.parse({ ...base, titleCards: false }).titleCards).toBe(false);
		expect(siteSchema.parse({ ...base, titleCards: 2020 }).titleCards).toBe(2020);
		const bad = siteSchema.safeParse({ ...base, titleCards: 'từ 2020' });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toContain('true, false hoặc một năm');
	});
});
