import { describe, expect, it } from 'vitest';
import {
	decodeFromIndex,
	encodeForIndex,
	facetChoices,
	indexFields,
	isActive,
	pagefindFilters,
	pagefindSort,
	parseSearchParams,
	prepareQuery,
	rankExactFirst,
	STROKE,
	toSearchParams,
	type SearchState,
} from '../../src/lib/search.ts';
import { fold } from '../../src/lib/vi-text.ts';

const NFD = (s: string) => s.normalize('NFD');
/** What Pagefind does to a word before matching: decompose and drop every combining mark. */
const pagefindFold = (s: string) =>
	s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('vi');

describe('encodeForIndex', () => {
	it('spells đ and Đ as d and D followed by the combining stroke', () => {
		expect(encodeForIndex('Đường đi')).toBe(`D${STROKE}ường d${STROKE}i`);
	});
	it('lets a mark-stripping search fold đ to d, as it folds every other mark', () => {
		expect(pagefindFold(encodeForIndex('Đường thi đua'))).toBe('duong thi dua');
		expect(pagefindFold(encodeForIndex('Đường thi đua'))).toBe(fold('Đường thi đua'));
	});
	it('gives the same text for NFD input', () => {
		expect(encodeForIndex(NFD('Dân vận khéo, đường'))).toBe(encodeForIndex('Dân vận khéo, đường'));
	});
	it('leaves text without đ unchanged apart from NFC', () => {
		expect(encodeForIndex(NFD('Dương Văn Minh'))).toBe('Dương Văn Minh');
		expect(encodeForIndex('')).toBe('');
	});
});

describe('decodeFromIndex', () => {
	it('restores the original text exactly', () => {
		const original = 'ĐƯỜNG lớn, đường nhỏ, Đông Hải <mark>đua</mark>';
		expect(decodeFromIndex(encodeForIndex(original))).toBe(original);
	});
	it('leaves other text alone', () => {
		expect(decodeFromIndex('Dương dường d')).toBe('Dương dường d');
	});
});

describe('prepareQuery', () => {
	it('keeps the typed text for messages and spells the term like the index', () => {
		expect(prepareQuery('  đường   liên xã ')).toEqual({
			text: 'đường liên xã',
			term: `d${STROKE}ường liên xã`,
			hasMarks: true,
		});
	});
	it('treats a query typed in NFD exactly like NFC', () => {
		expect(prepareQuery(NFD('Dân vận khéo'))).toEqual(prepareQuery('Dân vận khéo'));
		expect(prepareQuery(NFD('ĐƯỜNG'))).toEqual(prepareQuery('ĐƯỜNG'));
	});
	it('says a query without marks has none, whatever its case', () => {
		expect(prepareQuery('DAN VAN KHEO').hasMarks).toBe(false);
		expect(prepareQuery('thi dua').hasMarks).toBe(false);
	});
	it('counts đ alone as a mark', () => {
		expect(prepareQuery('đ').hasMarks).toBe(true);
	});
	it('gives an empty term for an empty or blank query', () => {
		expect(prepareQuery(' \t ')).toEqual({ text: '', term: '', hasMarks: false });
	});
});

describe('rankExactFirst', () => {
	it('puts exact matches first in their order, then the rest in folded order', () => {
		expect(rankExactFirst(['c', 'a'], ['a', 'b', 'c', 'd'])).toEqual(['c', 'a', 'b', 'd']);
	});
	it('keeps the folded order when nothing matched exactly', () => {
		expect(rankExactFirst([], ['b', 'a'])).toEqual(['b', 'a']);
	});
	it('drops exact matches the folded search did not return, and duplicates', () => {
		expect(rankExactFirst(['x', 'a', 'a'], ['a', 'b'])).toEqual(['a', 'b']);
	});
});

describe('parseSearchParams', () => {
	it('reads the query, the filters and the sort', () => {
		expect(
			parseSearchParams(
				'?q=thi+dua&phong-trao=dan-van-kheo&co-quan=cong-an-tinh&nam=2021&sap-xep=moi-nhat',
			),
		).toEqual({
			q: 'thi dua',
			filters: { movement: 'dan-van-kheo', agency: 'cong-an-tinh', year: '2021' },
			sort: 'newest',
		});
	});
	it('ignores empty fields, as a form submitted without JavaScript sends them', () => {
		expect(parseSearchParams('q=duong&phong-trao=&co-quan=&nam=&sap-xep=')).toEqual({
			q: 'duong',
			filters: {},
			sort: 'relevance',
		});
	});
	it('falls back to relevance for an unknown sort', () => {
		expect(parseSearchParams('sap-xep=ngau-nhien').sort).toBe('relevance');
	});
	it('normalises an NFD query to NFC', () => {
		const params = new URLSearchParams({ q: NFD('đường') });
		expect(parseSearchParams(params).q).toBe('đường');
	});
	it('reads nothing from an empty query string', () => {
		expect(parseSearchParams('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
	});
});

describe('toSearchParams', () => {
	it('round-trips through parseSearchParams', () => {
		const state: SearchState = {
			q: 'Dân vận khéo',
			filters: { movement: 'dan-van-kheo', year: '2023' },
			sort: 'oldest',
		};
		expect(parseSearchParams(toSearchParams(state))).toEqual(state);
	});
	it('leaves out the default sort and empty values', () => {
		expect(toSearchParams({ q: ' duong ', filters: {}, sort: 'relevance' })).toBe('q=duong');
		expect(toSearchParams({ q: '', filters: {}, sort: 'relevance' })).toBe('');
	});
});

describe('isActive', () => {
	it('is true for a query or a filter alone, false for neither', () => {
		expect(isActive({ q: 'x', filters: {}, sort: 'relevance' })).toBe(true);
		expect(isActive({ q: '', filters: { year: '2020' }, sort: 'relevance' })).toBe(true);
		expect(isActive({ q: '', filters: {}, sort: 'newest' })).toBe(false);
	});
});

describe('pagefindFilters', () => {
	it('names every facet: the chosen value, or a condition every page passes', () => {
		expect(pagefindFilters({})).toEqual({
			movement: { none: [] },
			agency: { none: [] },
			year: { none: [] },
		});
		expect(pagefindFilters({ movement: 'dan-van-kheo', year: '2020' })).toEqual({
			movement: 'dan-van-kheo',
			agency: { none: [] },
			year: '2020',
		});
	});
});

describe('pagefindSort', () => {
	it('sorts by the date key for newest and oldest, not at all for relevance', () => {
		expect(pagefindSort('newest')).toEqual({ date: 'desc' });
		expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
		expect(pagefindSort('relevance')).toBeUndefined();
	});
});

describe('indexFields', () => {
	it('keeps a month-precision date as written and sorts it as the first of its month', () => {
		const fields = indexFields({
			movements: ['dan-van-kheo', 'van-hoa-cong-so'],
			agencies: ['cong-an-tinh'],
			date: { year: 2020, month: 8 },
		});
		expect(fields.filters).toEqual({
			movement: ['dan-van-kheo', 'van-hoa-cong-so'],
			agency: ['cong-an-tinh'],
			year: ['2020'],
			date: ['2020-08'],
		});
		expect(fields.sortDate).toBe('2020-08-01');
	});
	it('pads a full date so that dates sort as strings', () => {
		const fields = indexFields({
			movements: [],
			agencies: [],
			date: { year: 2019, month: 6, day: 4 },
		});
		expect(fields.filters.date).toEqual(['2019-06-04']);
		expect(fields.sortDate).toBe('2019-06-04');
		expect('2019-06-04' < '2019-12-01').toBe(true);
	});
});

describe('facetChoices', () => {
	it('offers movements and agencies that have articles, and every archive year', () => {
		const choices = facetChoices({
			campaigns: [
				{ id: 'dan-van-kheo', data: { shortName: 'Dân vận khéo' } },
				{ id: 'trong', data: { shortName: 'Chưa có bài' } },
			],
			agencies: [{ id: 'cong-an-tinh', data: { name: 'Công an tỉnh' } }],
			byCampaign: new Map([['dan-van-kheo', [{}]]]),
			byAgency: new Map([['cong-an-tinh', [{}]]]),
			archive: [{ year: 2021 }, { year: 2019 }],
		});
		expect(choices).toEqual([
			{
				facet: 'movement',
				param: 'phong-trao',
				choices: [{ value: 'dan-van-kheo', label: 'Dân vận khéo' }],
			},
			{
				facet: 'agency',
				param: 'co-quan',
				choices: [{ value: 'cong-an-tinh', label: 'Công an tỉnh' }],
			},
			{
				facet: 'year',
				param: 'nam',
				choices: [
					{ value: '2021', label: '2021' },
					{ value: '2019', label: '2019' },
				],
			},
		]);
	});
});
