/**
 * What each page shows, computed from the catalog once per build: the routes' getStaticPaths
 * hand these to their pages as props (names resolved, neighbours, related lists), so a page
 * renders from its props alone and its cache key (page-key.ts) can be made from them. Labels
 * the pages show for movements and agencies are formatted here too, not in templates.
 */
import { t } from '../i18n/index.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import { aliasRedirects, relatedArticles, type Article, type Catalog } from './catalog.ts';
import type { PartialDate } from './dates.ts';
import { agencyFeed, movementFeed, toFeedLink } from './feeds.ts';
import { routes } from './routes.ts';
import { excerpt } from './text.ts';

/** "2019–2025", or "Từ 2019" for a movement with no end year. */
export function formatPeriod(period: CampaignData['period']): string {
	return period.to === undefined
		? t('movement.periodOpen', { from: period.from })
		: t('movement.periodRange', { from: period.from, to: period.to });
}

/** The site's sections, as the header and the footer link them. */
export function sectionLinks(): { href: string; label: string }[] {
	return [
		{ href: routes.movements(), label: t('nav.movements') },
		{ href: routes.agencies(), label: t('nav.agencies') },
		{ href: routes.authors(), label: t('nav.authors') },
		{ href: routes.archive(), label: t('nav.archive') },
		{ href: routes.follow(), label: t('nav.follow') },
	];
}

/** "{n} bài viết" */
export function articleCount(n: number): string {
	return t('count.articles', { n: n.toLocaleString('vi-VN') });
}

/** A movement or agency as pages name it. */
export interface Term {
	id: string;
	name: string;
	shortName: string;
}

/** An article as a listing shows it. */
export interface ArticleCardView {
	id: string;
	title: string;
	series: string | undefined;
	date: PartialDate;
	/** The lead, shortened for a listing. */
	lead: string;
	movements: Term[];
}

type Catalogue = Catalog<unknown>;

function termsOf(
	ids: readonly string[],
	byId: ReadonlyMap<string, { id: string; data: { name: string; shortName: string } }>,
): Term[] {
	return ids.flatMap((id) => {
		const found = byId.get(id);
		return found ? [{ id, name: found.data.name, shortName: found.data.shortName }] : [];
	});
}

const cards = new WeakMap<object, ArticleCardView>();

/** An article as a listing shows it (made once per article and build). */
export function articleCard(catalog: Catalogue, article: Article<unknown>): ArticleCardView {
	let card = cards.get(article);
	if (!card) {
		card = {
			id: article.id,
			title: article.title,
			series: article.series,
			date: article.date,
			lead: excerpt(article.lead),
			movements: termsOf(article.campaigns, catalog.campaignById),
		};
		cards.set(article, card);
	}
	return card;
}

const articleCards = (catalog: Catalogue, articles: readonly Article<unknown>[]) =>
	articles.map((article) => articleCard(catalog, article));

/** An article's title and address, as its neighbours' "older / newer" links show it. */
const link = (article: Article<unknown> | undefined) =>
	article && { id: article.id, title: article.title };

/*
 * Each function below returns the paths of one route, as { params, props } (a listing: the
 * articles to paginate with the params and props all its pages share). Page props are inferred
 * object types, not interfaces: Astro's Props type wants an index signature.
 */

/**
 * Every article page: the article, its entry (for render() of the body), its movements and
 * agencies named, its movements' feeds, its older and newer neighbours, the related list.
 */
export function articlePages<TImage, TEntry>(
	catalog: Catalog<TImage>,
	entries: ReadonlyMap<string, TEntry>,
	siteTitle: string,
) {
	return catalog.articles.map((article, i) => {
		const entry = entries.get(article.id);
		if (entry === undefined) throw new Error(`Bài viết ${article.id} không có trong bộ sưu tập`);
		const movements = article.campaigns.flatMap((id) => catalog.campaignById.get(id) ?? []);
		return {
			params: { id: article.id },
			props: {
				article,
				entry,
				movements: termsOf(article.campaigns, catalog.campaignById),
				agencies: termsOf(article.agencies, catalog.agencyById),
				feeds: movements.map((campaign) => toFeedLink(movementFeed(campaign, siteTitle))),
				older: link(catalog.articles[i + 1]),
				newer: link(catalog.articles[i - 1]),
				related: articleCards(catalog, relatedArticles(catalog, article)),
			},
		};
	});
}

/** Each movement's listing; its entry (for render() of its text) comes from `entries`. */
export function movementListings<TEntry>(
	catalog: Catalogue,
	entries: ReadonlyMap<string, TEntry>,
	siteTitle: string,
) {
	return catalog.campaigns.map((campaign) => ({
		params: { id: campaign.id },
		props: {
			movement: campaign.data,
			entry: entries.get(campaign.id),
			feed: toFeedLink(movementFeed(campaign, siteTitle)),
		},
		articles: articleCards(catalog, catalog.byCampaign.get(campaign.id) ?? []),
	}));
}

/** Each agency's listing: the agency named, with the agency it belongs to (if any). */
export function agencyListings(catalog: Catalogue, siteTitle: string) {
	return catalog.agencies.map((agency) => ({
		params: { id: agency.id },
		props: {
			agency: {
				id: agency.id,
				name: agency.data.name,
				shortName: agency.data.shortName,
				kind: agency.data.kind,
				parent: termsOf(agency.data.parent ? [agency.data.parent] : [], catalog.agencyById)[0],
			},
			feed: toFeedLink(agencyFeed(agency, siteTitle)),
		},
		articles: articleCards(catalog, catalog.byAgency.get(agency.id) ?? []),
	}));
}

/** Each author's listing. */
export function authorListings(catalog: Catalogue) {
	return catalog.authors.map((author) => ({
		params: { slug: author.slug },
		props: { name: author.name },
		articles: articleCards(catalog, author.articles),
	}));
}

/** How many articles a year's page shows of each month. */
const YEAR_PAGE_ARTICLES = 5;

/** Each year's archive page: its count, and each month's count and newest articles. */
export function archiveYears(catalog: Catalogue) {
	return catalog.archive.map((year) => ({
		params: { year: String(year.year) },
		props: {
			year: year.year,
			count: year.count,
			months: year.months.map((m) => ({
				year: m.year,
				month: m.month,
				count: m.items.length,
				articles: articleCards(catalog, m.items.slice(0, YEAR_PAGE_ARTICLES)),
			})),
		},
	}));
}

/** Each month's archive page. */
export function archiveMonths(catalog: Catalogue) {
	return catalog.archive.flatMap((year) =>
		year.months.map((m) => ({
			params: { year: String(m.year), month: String(m.month).padStart(2, '0') },
			props: {
				year: m.year,
				month: m.month,
				count: m.items.length,
				articles: articleCards(catalog, m.items),
			},
		})),
	);
}

/** Each redirect page from an old address (without its slashes) to the article now there. */
export function aliasPages(catalog: Catalogue) {
	return aliasRedirects(catalog.articles).map(({ from, to }) => ({
		params: { alias: from.slice(1, -1) },
		props: { id: to, title: catalog.articleById.get(to)?.title ?? to },
	}));
}
