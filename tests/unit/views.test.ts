import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import { buildCatalog, type ArticleInput } from '../../src/lib/catalog.ts';
import {
	agencyListings,
	aliasPages,
	archiveMonths,
	archiveYears,
	articleCard,
	articlePages,
	authorListings,
	movementListings,
} from '../../src/lib/views.ts';

function article(
	id: string,
	day: number,
	data: Partial<ArticleInput<string>['data']> = {},
	lead = `Mở đầu bài ${id}.`,
): ArticleInput<string> {
	return {
		id,
		filePath: `articles/${id}.md`,
		body: bodyFacts(lead, { mdx: false }),
		data: {
			title: `Bài ${id}`,
			date: { year: 2020, month: 8, day },
			campaign: ['vhcs'],
			agency: ['ca-tinh'],
			author: ['Việt Thắng'],
			draft: false,
			aliases: [],
			...data,
		},
	};
}

const catalog = buildCatalog(
	{
		articles: [
			article('a', 1, { aliases: ['tin-cu/a'] }),
			article('b', 2, { campaign: ['vhcs', 'dvk'], author: ['Lê Hà'] }),
			article('c', 3, { series: 'Gương sáng', image: '/anh.jpg' }, 'Chữ '.repeat(100)),
			article('d', 4, { date: { year: 2019, month: 12 }, agency: ['ubnd'] }),
		],
		campaigns: [
			{
				id: 'vhcs',
				filePath: 'campaigns/vhcs.yaml',
				data: {
					name: 'Văn hóa công sở',
					shortName: 'VHCS',
					period: { from: 2019 },
					basis: [],
					description: '',
				},
			},
			{
				id: 'dvk',
				filePath: 'campaigns/dvk.yaml',
				data: {
					name: 'Dân vận khéo',
					shortName: 'DVK',
					period: { from: 2018, to: 2025 },
					basis: [],
					description: '',
				},
			},
		],
		agencies: [
			{
				id: 'ubnd',
				filePath: 'agencies/ubnd.yaml',
				data: { name: 'UBND tỉnh', shortName: 'UBND', kind: 'chinh-quyen' },
			},
			{
				id: 'ca-tinh',
				filePath: 'agencies/ca-tinh.yaml',
				data: {
					name: 'Công an tỉnh',
					shortName: 'CA tỉnh',
					kind: 'luc-luong-vu-trang',
					parent: 'ubnd',
				},
			},
		],
	},
	{ includeUnpublished: false, today: { year: 2026, month: 1, day: 1 } },
);
const entries = new Map(catalog.articles.map((a) => [a.id, { entry: a.id }]));

describe('articleCard', () => {
	it("names the article's movements and shortens its lead", () => {
		const c = catalog.articleById.get('c');
		if (!c) throw new Error('no c');
		const card = articleCard(catalog, c);
		expect(card).toMatchObject({ id: 'c', title: 'Bài c', series: 'Gương sáng' });
		expect(card.movements).toEqual([{ id: 'vhcs', name: 'Văn hóa công sở', shortName: 'VHCS' }]);
		expect(card.lead.length).toBeLessThanOrEqual(221);
		expect(card.lead.endsWith('…')).toBe(true);
	});

	it('is made once per article', () => {
		const b = catalog.articleById.get('b');
		expect(b).toBeDefined();
		if (b) expect(articleCard(catalog, b)).toBe(articleCard(catalog, b));
	});
});

describe('articlePages', () => {
	const pages = articlePages(catalog, entries, 'Bản tin');
	const props = (id: string) => pages.find((p) => p.params.id === id)?.props;

	it('gives every article page its entry, names, neighbours and related list', () => {
		expect(pages.map((p) => p.params.id)).toEqual(['c', 'b', 'a', 'd']);
		const b = props('b');
		expect(b?.entry).toEqual({ entry: 'b' });
		expect(b?.movements.map((m) => m.shortName)).toEqual(['VHCS', 'DVK']);
		expect(b?.agencies).toEqual([{ id: 'ca-tinh', name: 'Công an tỉnh', shortName: 'CA tỉnh' }]);
		expect(b?.older).toEqual({ id: 'a', title: 'Bài a' });
		expect(b?.newer).toEqual({ id: 'c', title: 'Bài c' });
		expect(b?.related.map((r) => r.id)).toEqual(['c', 'a', 'd']);
		expect(b?.feeds.map((f) => f.href)).toEqual([
			'/phong-trao/vhcs/rss.xml',
			'/phong-trao/dvk/rss.xml',
		]);
	});

	it('links every article to the ones just before and after it in the archive', () => {
		for (const [i, page] of pages.entries()) {
			expect(page.props.older?.id).toBe(catalog.articles[i + 1]?.id);
			expect(page.props.newer?.id).toBe(catalog.articles[i - 1]?.id);
		}
	});

	it('leaves out the neighbours at either end', () => {
		expect(props('c')?.newer).toBeUndefined();
		expect(props('d')?.older).toBeUndefined();
	});

	it('fails on an article without an entry', () => {
		expect(() => articlePages(catalog, new Map(), 'Bản tin')).toThrow(/không có trong bộ sưu tập/);
	});
});

describe('listings', () => {
	it('gives each movement its data, entry, feed and cards', () => {
		const [dvk, vhcs] = movementListings(catalog, new Map([['vhcs', 'mô tả']]), 'Bản tin');
		expect(dvk?.params).toEqual({ id: 'dvk' });
		expect(dvk?.props.entry).toBeUndefined();
		expect(dvk?.articles.map((a) => a.id)).toEqual(['b']);
		expect(vhcs?.props.entry).toBe('mô tả');
		expect(vhcs?.props.feed.href).toBe('/phong-trao/vhcs/rss.xml');
		expect(vhcs?.articles.map((a) => a.id)).toEqual(['c', 'b', 'a', 'd']);
	});

	it('names an agency and the agency it belongs to', () => {
		const ca = agencyListings(catalog, 'Bản tin').find((l) => l.params.id === 'ca-tinh');
		expect(ca?.props.agency).toEqual({
			id: 'ca-tinh',
			name: 'Công an tỉnh',
			shortName: 'CA tỉnh',
			kind: 'luc-luong-vu-trang',
			parent: { id: 'ubnd', name: 'UBND tỉnh', shortName: 'UBND' },
		});
		expect(ca?.props.feed.href).toBe('/co-quan/ca-tinh/rss.xml');
	});

	it('gives each author their name and articles', () => {
		expect(
			authorListings(catalog).map((l) => [l.params.slug, l.props.name, l.articles.length]),
		).toEqual([
			['le-ha', 'Lê Hà', 1],
			['viet-thang', 'Việt Thắng', 3],
		]);
	});
});

describe('archive pages', () => {
	it("gives a year its count and each month's count and newest articles", () => {
		const [y2020, y2019] = archiveYears(catalog);
		expect(y2020?.params).toEqual({ year: '2020' });
		expect(y2020?.props.count).toBe(3);
		expect(y2020?.props.months.map((m) => [m.month, m.count])).toEqual([[8, 3]]);
		expect(y2019?.props.months[0]?.articles.map((a) => a.id)).toEqual(['d']);
	});

	it('addresses a month with two digits', () => {
		expect(archiveMonths(catalog).map((m) => m.params)).toEqual([
			{ year: '2020', month: '08' },
			{ year: '2019', month: '12' },
		]);
	});
});

describe('aliasPages', () => {
	it('sends an old address to the article, named by its title', () => {
		expect(aliasPages(catalog)).toEqual([
			{ params: { alias: 'tin-cu/a' }, props: { id: 'a', title: 'Bài a' } },
		]);
	});
});
