import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import {
	agenciesByKind,
	buildCatalog,
	isPublished,
	relatedArticles,
	type Agency,
	type ArticleInput,
	type Campaign,
} from '../../src/lib/catalog.ts';
import { ContentError } from '../../src/lib/errors.ts';
import type { PartialDate } from '../../src/lib/dates.ts';

const campaign = (id: string, shortName: string): Campaign => ({
	id,
	filePath: `content/campaigns/${id}.yaml`,
	data: { name: shortName, shortName, period: { from: 2019 }, basis: [], description: 'x' },
});
const agency = (id: string, kind: Agency['data']['kind'], parent?: string): Agency => ({
	id,
	filePath: `content/agencies/${id}.yaml`,
	data: { name: id, shortName: id, kind, ...(parent ? { parent } : {}) },
});
function article(
	id: string,
	date: PartialDate,
	extra: Partial<ArticleInput['data']> = {},
	body = 'Đoạn đầu.\n\nĐoạn hai.',
): ArticleInput {
	return {
		id,
		filePath: `content/articles/${id}.md`,
		body: bodyFacts(body, { mdx: false }),
		data: {
			title: id,
			date,
			campaign: ['vhcs'],
			agency: ['ca'],
			author: ['Việt Thắng'],
			draft: false,
			aliases: [],
			...extra,
		},
	};
}
const TODAY = { year: 2026, month: 11, day: 26 };
const campaigns = [campaign('vhcs', 'Văn hóa công sở'), campaign('dvk', 'Dân vận khéo')];
const agencies = [agency('ca', 'luc-luong-vu-trang'), agency('ub', 'chinh-quyen')];
const build = (articles: ArticleInput[], includeUnpublished = false) =>
	buildCatalog({ articles, campaigns, agencies }, { includeUnpublished, today: TODAY });

describe('buildCatalog', () => {
	it('sorts newest first, a month-precision date as the first of its month, ties by id', () => {
		const catalog = build([
			article('b', { year: 2020, month: 8, day: 1 }),
			article('a', { year: 2020, month: 8 }),
			article('c', { year: 2020, month: 8, day: 2 }),
			article('old', { year: 2019, month: 12, day: 31 }),
		]);
		expect(catalog.articles.map((a) => a.id)).toEqual(['c', 'a', 'b', 'old']);
	});

	it('drops drafts and future-dated articles unless asked to keep them', () => {
		const input = [
			article('live', { year: 2020, month: 1 }),
			article('draft', { year: 2020, month: 1 }, { draft: true }),
			article('future', { year: 2026, month: 11, day: 27 }),
			article('today', { year: 2026, month: 11, day: 26 }),
		];
		expect(build(input).articles.map((a) => a.id)).toEqual(['today', 'live']);
		expect(
			build(input, true)
				.articles.map((a) => a.id)
				.sort(),
		).toEqual(['draft', 'future', 'live', 'today']);
	});

	it('uses the summary as lead, else the first paragraph of the body', () => {
		const catalog = build([
			article('s', { year: 2020, month: 1 }, { summary: 'Tóm tắt.' }),
			article('p', { year: 2020, month: 2 }),
		]);
		expect(catalog.articleById.get('s')?.lead).toBe('Tóm tắt.');
		expect(catalog.articleById.get('p')?.lead).toBe('Đoạn đầu.');
	});

	it('throws one ContentError listing every unknown movement and agency with suggestions', () => {
		const run = () =>
			build([article('x', { year: 2020, month: 1 }, { campaign: ['vhc'], agency: ['cax', 'ub'] })]);
		expect(run).toThrow(ContentError);
		try {
			run();
		} catch (error) {
			const problems = (error as ContentError).problems;
			expect(problems.map((p) => [p.field, p.received, p.suggestion])).toEqual([
				['campaign', 'vhc', 'có phải ý bạn là “vhcs”?'],
				['agency', 'cax', 'có phải ý bạn là “ca”?'],
			]);
			expect(problems[0]?.file).toBe('content/articles/x.md');
		}
	});

	it('checks references of drafts too', () => {
		expect(() =>
			build([article('d', { year: 2020, month: 1 }, { draft: true, campaign: ['nope'] })]),
		).toThrow(/trường: campaign/);
	});

	it('rejects an agency whose parent does not exist', () => {
		expect(() =>
			buildCatalog(
				{ articles: [], campaigns, agencies: [...agencies, agency('so', 'so-ban-nganh', 'ubx')] },
				{ includeUnpublished: false, today: TODAY },
			),
		).toThrow(/có phải ý bạn là “ub”\?/);
	});

	it('rejects two spellings of an author that share a slug', () => {
		expect(() =>
			build([
				article('a', { year: 2020, month: 1 }, { author: ['Việt Thắng'] }),
				article('b', { year: 2020, month: 2 }, { author: ['Viet Thang'] }),
			]),
		).toThrow(/“Viet Thang” và “Việt Thắng”/);
	});

	it('indexes by movement, agency and author, and sorts authors with vi collation', () => {
		const catalog = build([
			article('a', { year: 2020, month: 1 }, { author: ['Đức'], campaign: ['vhcs', 'dvk'] }),
			article('b', { year: 2020, month: 2 }, { author: ['Dũng', 'Đức'], agency: ['ub'] }),
		]);
		expect(catalog.byCampaign.get('vhcs')?.map((a) => a.id)).toEqual(['b', 'a']);
		expect(catalog.byCampaign.get('dvk')?.map((a) => a.id)).toEqual(['a']);
		expect(catalog.byAgency.get('ub')?.map((a) => a.id)).toEqual(['b']);
		expect(catalog.authors.map((a) => [a.name, a.slug, a.articles.length])).toEqual([
			['Dũng', 'dung', 1],
			['Đức', 'duc', 2],
		]);
		expect(catalog.campaigns.map((c) => c.id)).toEqual(['dvk', 'vhcs']);
	});
});

describe('isPublished', () => {
	it('holds back an article dated after today, even by one day', () => {
		const data = article('x', { year: 2026, month: 11, day: 27 }).data;
		expect(isPublished(data, TODAY)).toBe(false);
		expect(isPublished({ ...data, date: { year: 2026, month: 11 } }, TODAY)).toBe(true);
	});
});

describe('relatedArticles', () => {
	it('lists other articles sharing a movement, newest first, without duplicates', () => {
		const catalog = build([
			article('a', { year: 2020, month: 1 }, { campaign: ['vhcs', 'dvk'] }),
			article('b', { year: 2020, month: 3 }, { campaign: ['dvk', 'vhcs'] }),
			article('c', { year: 2020, month: 2 }, { campaign: ['vhcs'] }),
		]);
		const a = catalog.articleById.get('a');
		expect(a && relatedArticles(catalog, a).map((x) => x.id)).toEqual(['b', 'c']);
		expect(a && relatedArticles(catalog, a, 1).map((x) => x.id)).toEqual(['b']);
	});
});

describe('agenciesByKind', () => {
	it('groups in the given kind order and leaves out empty kinds', () => {
		const groups = agenciesByKind(agencies, ['chinh-quyen', 'doanh-nghiep', 'luc-luong-vu-trang']);
		expect(groups.map((g) => [g.kind, g.agencies.map((a) => a.id)])).toEqual([
			['chinh-quyen', ['ub']],
			['luc-luong-vu-trang', ['ca']],
		]);
	});
});
