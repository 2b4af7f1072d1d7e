import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import {
	buildCatalog,
	compareNewestFirst,
	relatedArticles,
	type Article,
	type ArticleInput,
	type Catalog,
} from '../../src/lib/catalog.ts';
import type { PartialDate } from '../../src/lib/dates.ts';
import { createRandom } from '../../scripts/bench/lib/random.ts';

const CAMPAIGNS = ['van-hoa-cong-so', 'nong-thon-moi', 'dan-van-kheo'];

/** A catalog of `n` articles spread over three movements, some in two, some month-only. */
function catalogOf(n: number, seed = 1): Catalog {
	const random = createRandom(seed);
	const articles: ArticleInput[] = Array.from({ length: n }, (_, i) => {
		const date: PartialDate = random.chance(0.2)
			? { year: random.int(2018, 2020), month: random.int(1, 12) }
			: { year: random.int(2018, 2020), month: random.int(1, 12), day: random.int(1, 28) };
		return {
			id: `bai-${i}`,
			filePath: `articles/bai-${i}.md`,
			body: bodyFacts('Đoạn mở đầu.', { mdx: false }),
			data: {
				title: `Bài ${i}`,
				date,
				campaign: random.sample(CAMPAIGNS, random.chance(0.3) ? 2 : 1),
				agency: ['ubnd-tinh'],
				author: ['Việt Thắng'],
				draft: false,
				aliases: [],
			},
		};
	});
	const campaigns = CAMPAIGNS.map((id) => ({
		id,
		filePath: `campaigns/${id}.yaml`,
		data: {
			name: id,
			shortName: id,
			period: { from: 2018 },
			basis: [],
			description: 'Mô tả',
		},
	}));
	const agencies = [
		{
			id: 'ubnd-tinh',
			filePath: 'agencies/ubnd-tinh.yaml',
			data: { name: 'UBND tỉnh', shortName: 'UBND tỉnh', kind: 'chinh-quyen' as const },
		},
	];
	return buildCatalog(
		{ articles, campaigns, agencies },
		{ includeUnpublished: false, today: { year: 2026, month: 11, day: 26 } },
	);
}

/** The straightforward definitions the faster code must agree with. */
function naiveRelated(catalog: Catalog, article: Article, limit: number): Article[] {
	const others = catalog.articles.filter(
		(a) => a.id !== article.id && a.campaigns.some((c) => article.campaigns.includes(c)),
	);
	return others.sort(compareNewestFirst).slice(0, limit);
}

describe('relatedArticles', () => {
	it('agrees with sorting every article of the same movements, for every article', () => {
		const catalog = catalogOf(300, 2);
		for (const article of catalog.articles) {
			expect(relatedArticles(catalog, article).map((a) => a.id)).toEqual(
				naiveRelated(catalog, article, 5).map((a) => a.id),
			);
		}
	});

	it('respects other limits, including one larger than the movement', () => {
		const catalog = catalogOf(40, 3);
		const article = catalog.articles[7] as Article;
		for (const limit of [1, 3, 100]) {
			expect(relatedArticles(catalog, article, limit)).toEqual(
				naiveRelated(catalog, article, limit),
			);
		}
	});
});
