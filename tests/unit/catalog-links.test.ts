// The link and alias rules buildCatalog enforces (src/lib/catalog.ts), as the build sees them.
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import {
	aliasRedirects,
	buildCatalog,
	reservedPaths,
	type ArticleInput,
} from '../../src/lib/catalog.ts';
import { ContentError } from '../../src/lib/errors.ts';

const input = (id: string, extra: Partial<ArticleInput['data']> = {}, body = ''): ArticleInput => ({
	id,
	filePath: `content/articles/${id}.md`,
	body: bodyFacts(body, { mdx: false }),
	data: {
		title: id,
		date: { year: 2020, month: 8 },
		campaign: ['vhcs'],
		agency: ['ubnd'],
		author: ['Việt Thắng'],
		draft: false,
		aliases: [],
		...extra,
	},
});
const campaigns = [
	{
		id: 'vhcs',
		filePath: 'c.yaml',
		data: { name: 'V', shortName: 'V', period: { from: 2019 }, basis: [], description: 'd' },
	},
];
const agencies = [
	{
		id: 'ubnd',
		filePath: 'a.yaml',
		data: { name: 'U', shortName: 'U', kind: 'chinh-quyen' as const },
	},
];
const today = { year: 2026, month: 11, day: 26 };

describe('reservedPaths', () => {
	it('holds every generated page: articles, listings, archive months, authors', () => {
		const paths = reservedPaths({ articles: [input('a')], campaigns, agencies });
		for (const path of [
			'/',
			'/bai-viet/a/',
			'/phong-trao/vhcs/',
			'/co-quan/ubnd/',
			'/luu-tru/2020/08/',
			'/tac-gia/viet-thang/',
		]) {
			expect(paths.has(path)).toBe(true);
		}
	});
});

describe('buildCatalog', () => {
	const build = (articles: ArticleInput[]) =>
		buildCatalog({ articles, campaigns, agencies }, { includeUnpublished: false, today });

	it('fails when an alias is the address of another article', () => {
		expect(() => build([input('a'), input('b', { aliases: ['/bai-viet/a/'] })])).toThrow(
			ContentError,
		);
	});
	it('fails when a body links to an article that does not exist', () => {
		expect(() => build([input('a', {}, 'Xem /bai-viet/khong-co/.')])).toThrow(/khong-co/);
	});
	it('accepts a link to a draft (the check warns about it instead)', () => {
		expect(() =>
			build([input('a', {}, '/bai-viet/b/'), input('b', { draft: true })]),
		).not.toThrow();
	});
});

describe('aliasRedirects', () => {
	it('maps each old path, normalised, to its article', () => {
		const catalog = buildCatalog(
			{ articles: [input('moi', { aliases: ['/tin-cu', '/bai-viet/cu/'] })], campaigns, agencies },
			{ includeUnpublished: false, today },
		);
		expect(aliasRedirects(catalog.articles)).toEqual([
			{ from: '/tin-cu/', to: 'moi' },
			{ from: '/bai-viet/cu/', to: 'moi' },
		]);
	});
});
