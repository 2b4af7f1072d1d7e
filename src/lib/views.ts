/**
 * What each page shows, computed from the catalog once per build: the routes' getStaticPaths
 * hand these to their pages as props (names resolved, neighbours, related lists), so a page
 * renders from its props alone and its cache key (page-key.ts) can be made from them. Labels
 * the pages show for movements and agencies are formatted here too, not in templates.
 */
import { t } from '../i18n/index.ts';
import type { AgencyKind } from '../schemas/agency.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import {
	adjacentArticles,
	aliasRedirects,
	relatedArticles,
	type Article,
	type Catalog,
} from './catalog.ts';
import type { PartialDate } from './dates.ts';
import { agencyFeed, movementFeed, toFeedLink, type FeedLink } from './feeds.ts';
import { excerpt } from './text.ts';

/** "2019–2025", or "Từ 2019" for a movement with no end year. */
export function formatPeriod(period: CampaignData['period']): string {
	return period.to === undefined
		? t('movement.periodOpen', { from: period.from })
		: t('movement.periodRange', { from: period.from, to: period.to });
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

/**
 * An article's title and address, as its neighbours' "older / newer" links show it. (Page props
 * are type aliases, not interfaces: Astro's Props type wants an index signature.)
 */
export type ArticleLink = {
	id: string;
	title: string;
};

export interface ArticlePageProps<TImage, TEntry> {
	article: Article<TImage>;
	/** The collection entry, for render() of the body. */
	entry: TEntry;
	movements: Term[];
	agencies: Term[];
	/** The feeds of the article's movements, offered for autodiscovery. */
	feeds: FeedLink[];
	older: ArticleLink | undefined;
	newer: ArticleLink | undefined;
	related: ArticleCardView[];
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

function articleCards(
	catalog: Catalogue,
	articles: readonly Article<unknown>[],
): ArticleCardView[] {
	return articles.map((article) => articleCard(catalog, article));
}

const link = (article: Article<unknown> | undefined): ArticleLink | undefined =>
	article && { id: article.id, title: article.title };

/** Every article page: the article, its entry, its names resolved, neighbours, related list. */
export function articlePages<TImage, TEntry>(
	catalog: Catalog<TImage>,
	entries: ReadonlyMap<string, TEntry>,
	siteTitle: string,
): { params: { id: string }; props: ArticlePageProps<TImage, TEntry> }[] {
	return catalog.articles.map((article) => {
		const entry = entries.get(article.id);
		if (entry === undefined) throw new Error(`Bài viết ${article.id} không có trong bộ sưu tập`);
		const { older, newer } = adjacentArticles(catalog.articles, article.id);
		const movements = article.campaigns.flatMap((id) => catalog.campaignById.get(id) ?? []);
		return {
			params: { id: article.id },
			props: {
				article,
				entry,
				movements: termsOf(article.campaigns, catalog.campaignById),
				agencies: termsOf(article.agencies, catalog.agencyById),
				feeds: movements.map((campaign) => toFeedLink(movementFeed(campaign, siteTitle))),
				older: link(older),
				newer: link(newer),
				related: articleCards(catalog, relatedArticles(catalog, article)),
			},
		};
	});
}

/** A list of articles to paginate, with the params and props every page of it shares. */
export interface Listing<TParams, TProps> {
	params: TParams;
	props: TProps;
	articles: ArticleCardView[];
}

/** Each movement's listing; its entry (for render() of its text) comes from `entries`. */
export function movementListings<TEntry>(
	catalog: Catalogue,
	entries: ReadonlyMap<string, TEntry>,
	siteTitle: string,
): Listing<
	{ id: string },
	{ movement: CampaignData; entry: TEntry | undefined; feed: FeedLink }
>[] {
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

export interface AgencyView extends Term {
	kind: AgencyKind;
	/** The agency it belongs to, if any. */
	parent: Term | undefined;
}

/** Each agency's listing. */
export function agencyListings(
	catalog: Catalogue,
	siteTitle: string,
): Listing<{ id: string }, { agency: AgencyView; feed: FeedLink }>[] {
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
export function authorListings(catalog: Catalogue): Listing<{ slug: string }, { name: string }>[] {
	return catalog.authors.map((author) => ({
		params: { slug: author.slug },
		props: { name: author.name },
		articles: articleCards(catalog, author.articles),
	}));
}

/** A month of the archive: its articles, or (on a year's page) the newest of them. */
export type MonthView = {
	year: number;
	month: number;
	count: number;
	articles: ArticleCardView[];
};

/** How many articles a year's page shows of each month. */
const YEAR_PAGE_ARTICLES = 5;

/** Each year's archive page: its count, and each month's count and newest articles. */
export function archiveYears(
	catalog: Catalogue,
): { params: { year: string }; props: { year: number; count: number; months: MonthView[] } }[] {
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
export function archiveMonths(
	catalog: Catalogue,
): { params: { year: string; month: string }; props: MonthView }[] {
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
export function aliasPages(
	catalog: Catalogue,
): { params: { alias: string }; props: ArticleLink }[] {
	return aliasRedirects(catalog.articles).map(({ from, to }) => ({
		params: { alias: from.slice(1, -1) },
		props: { id: to, title: catalog.articleById.get(to)?.title ?? to },
	}));
}
