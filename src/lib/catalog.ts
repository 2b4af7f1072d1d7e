/**
 * The archive as plain data, computed once per build: published articles newest first, every
 * reference resolved, and the indices every listing page reads (by movement, agency, author,
 * month). It throws a ContentError naming every broken reference instead of letting Astro log
 * it and carry on.
 */
import type { AgencyData, AgencyKind } from '../schemas/agency.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import { groupByYearMonth, type YearGroup } from './archive.ts';
import { comparePartialDates, type PartialDate } from './dates.ts';
import { ContentError, suggestId, type ContentProblem } from './errors.ts';
import type { BodyFacts } from './body-facts.ts';
import { aliasProblems, aliasPath, brokenLinkProblems } from './links.ts';
import { routes } from './routes.ts';
import { findSlugCollisions, slugify } from './slug.ts';
import { compareVi, sortByVi } from './vi-text.ts';

/** An article's frontmatter after schema validation (image type left to the caller). */
export interface ArticleInput<TImage = unknown> {
	id: string;
	filePath: string;
	/** What the loader read from the body (lib/body-facts.ts); the text itself is not kept. */
	body: Pick<BodyFacts, 'firstParagraph' | 'links'> & { line?: number | undefined };
	data: {
		title: string;
		series?: string | undefined;
		date: PartialDate;
		updated?: PartialDate | undefined;
		campaign: string[];
		agency: string[];
		author: string[];
		credit?: string | undefined;
		summary?: string | undefined;
		image?: TImage | undefined;
		imageAlt?: string | undefined;
		imageCaption?: string | undefined;
		imageCredit?: string | undefined;
		draft: boolean;
		aliases: string[];
	};
}

export interface Article<TImage = unknown> {
	id: string;
	filePath: string;
	title: string;
	series: string | undefined;
	date: PartialDate;
	updated: PartialDate | undefined;
	campaigns: string[];
	agencies: string[];
	authors: { name: string; slug: string }[];
	credit: string | undefined;
	/** The summary, or the body's first paragraph. */
	lead: string;
	image: TImage | undefined;
	imageAlt: string | undefined;
	imageCaption: string | undefined;
	imageCredit: string | undefined;
	draft: boolean;
	aliases: string[];
}

export interface Campaign {
	id: string;
	filePath: string;
	data: CampaignData;
}

export interface Agency {
	id: string;
	filePath: string;
	data: AgencyData;
}

export interface Author<TImage = unknown> {
	name: string;
	slug: string;
	articles: Article<TImage>[];
}

export interface Catalog<TImage = unknown> {
	/** Published articles, newest first. */
	articles: Article<TImage>[];
	articleById: Map<string, Article<TImage>>;
	/** Movements, sorted by Vietnamese collation of their short names. */
	campaigns: Campaign[];
	campaignById: Map<string, Campaign>;
	agencies: Agency[];
	agencyById: Map<string, Agency>;
	/** Authors sorted by name (Vietnamese collation). */
	authors: Author<TImage>[];
	byCampaign: Map<string, Article<TImage>[]>;
	byAgency: Map<string, Article<TImage>[]>;
	byAuthor: Map<string, Article<TImage>[]>;
	archive: YearGroup<Article<TImage>>[];
}

export interface CatalogOptions {
	/** Keep drafts and future-dated articles (the dev server does). */
	includeUnpublished: boolean;
	/** Today in Asia/Ho_Chi_Minh: articles dated after it are held back. */
	today: PartialDate;
}

/** Newest first; same date → by id, so output never depends on file order. */
export function compareNewestFirst(
	a: { id: string; date: PartialDate },
	b: { id: string; date: PartialDate },
): number {
	return comparePartialDates(b.date, a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Published means: not a draft and not dated after today. */
export function isPublished(data: ArticleInput['data'], today: PartialDate): boolean {
	return !data.draft && comparePartialDates(data.date, today) <= 0;
}

/** Movement and agency ids that have no file (with the closest valid id). */
export function checkReferences(
	articles: readonly { filePath: string; data: { campaign: string[]; agency: string[] } }[],
	campaignIds: string[],
	agencyIds: string[],
	agencies: readonly Agency[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const kinds = [
		{ field: 'campaign', ids: campaignIds, what: 'một phong trào', folder: 'campaigns' },
		{ field: 'agency', ids: agencyIds, what: 'một cơ quan, đơn vị', folder: 'agencies' },
	].map((kind) => ({ ...kind, known: new Set(kind.ids) }));
	for (const article of articles) {
		for (const { field, ids, known, what, folder } of kinds) {
			for (const id of article.data[field as 'campaign' | 'agency']) {
				if (known.has(id)) continue;
				problems.push({
					file: article.filePath,
					field,
					received: id,
					expected: `mã ${what} có tệp trong content/${folder}/`,
					suggestion: suggestId(id, ids),
				});
			}
		}
	}
	for (const agency of agencies) {
		const parent = agency.data.parent;
		if (parent === undefined || agencyIds.includes(parent)) continue;
		problems.push({
			file: agency.filePath,
			field: 'parent',
			received: parent,
			expected: 'mã một cơ quan có tệp trong content/agencies/',
			suggestion: suggestId(parent, agencyIds),
		});
	}
	return problems;
}

function checkAuthorSlugs(articles: ArticleInput[]): ContentProblem[] {
	return findSlugCollisions(articles.flatMap((a) => a.data.author)).map((collision) => {
		const files = articles
			.filter((a) => a.data.author.some((name) => collision.sources.includes(name)))
			.map((a) => a.filePath);
		return {
			file: files.join(', '),
			field: 'author',
			received: collision.sources.map((s) => `“${s}”`).join(' và '),
			expected: `một cách viết duy nhất cho mỗi tác giả (các tên này cùng địa chỉ /tac-gia/${collision.slug}/)`,
			suggestion: `thống nhất cách viết tên, ví dụ dùng “${collision.sources[0]}” ở mọi bài`,
		};
	});
}

/**
 * Every page address the site can generate from this content, drafts included (an alias must
 * not take over any of them). Paginated listings beyond page 1 are left to Astro's own
 * conflict check.
 */
export function reservedPaths(input: {
	articles: readonly ArticleInput[];
	campaigns: readonly { id: string }[];
	agencies: readonly { id: string }[];
}): Set<string> {
	const paths = new Set<string>([
		routes.home(),
		routes.movements(),
		routes.agencies(),
		routes.authors(),
		routes.archive(),
		routes.search(),
		routes.follow(),
	]);
	for (const c of input.campaigns) paths.add(routes.movement(c.id));
	for (const a of input.agencies) paths.add(routes.agency(a.id));
	for (const article of input.articles) {
		const { year, month } = article.data.date;
		paths.add(routes.article(article.id));
		paths.add(routes.archiveYear(year));
		paths.add(routes.archiveMonth(year, month));
		for (const name of article.data.author) paths.add(routes.author(slugify(name)));
	}
	return paths;
}

/** Old path → article id, for the redirect pages. */
export function aliasRedirects(articles: readonly Article[]): { from: string; to: string }[] {
	return articles.flatMap((a) => a.aliases.map((alias) => ({ from: aliasPath(alias), to: a.id })));
}

function toArticle<TImage>(input: ArticleInput<TImage>): Article<TImage> {
	const d = input.data;
	return {
		id: input.id,
		filePath: input.filePath,
		title: d.title,
		series: d.series,
		date: d.date,
		updated: d.updated,
		campaigns: d.campaign,
		agencies: d.agency,
		authors: d.author.map((name) => ({ name, slug: slugify(name) })),
		credit: d.credit,
		lead: d.summary ?? input.body.firstParagraph,
		image: d.image,
		imageAlt: d.imageAlt,
		imageCaption: d.imageCaption,
		imageCredit: d.imageCredit,
		draft: d.draft,
		aliases: d.aliases,
	};
}

function indexBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
	const index = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keys(item)) {
			const list = index.get(key) ?? [];
			list.push(item);
			index.set(key, list);
		}
	}
	return index;
}

export function buildCatalog<TImage>(
	input: { articles: ArticleInput<TImage>[]; campaigns: Campaign[]; agencies: Agency[] },
	options: CatalogOptions,
): Catalog<TImage> {
	const campaignIds = input.campaigns.map((c) => c.id).sort();
	const agencyIds = input.agencies.map((a) => a.id).sort();
	// Every article is checked, drafts included: a draft with a typo must not surprise anyone
	// on the day it is published.
	const problems = [
		...checkReferences(input.articles, campaignIds, agencyIds, input.agencies),
		...checkAuthorSlugs(input.articles),
		...brokenLinkProblems(
			input.articles,
			input.articles.map((a) => a.id),
		),
		...aliasProblems(
			input.articles.map((a) => ({ id: a.id, filePath: a.filePath, aliases: a.data.aliases })),
			reservedPaths(input),
		),
	];
	if (problems.length) throw new ContentError(problems);

	const articles = input.articles
		.filter((a) => options.includeUnpublished || isPublished(a.data, options.today))
		.map(toArticle)
		.sort(compareNewestFirst);
	const byAuthor = indexBy(articles, (a) => a.authors.map((au) => au.slug));
	const authors = [...byAuthor].map(([slug, list]) => ({
		slug,
		name: list[0]?.authors.find((au) => au.slug === slug)?.name ?? slug,
		articles: list,
	}));
	const campaigns = sortByVi(input.campaigns, (c) => c.data.shortName);
	const agencies = sortByVi(input.agencies, (a) => a.data.name);

	return {
		articles,
		articleById: new Map(articles.map((a) => [a.id, a])),
		campaigns,
		campaignById: new Map(campaigns.map((c) => [c.id, c])),
		agencies,
		agencyById: new Map(agencies.map((a) => [a.id, a])),
		authors: authors.sort((a, b) => compareVi(a.name, b.name)),
		byCampaign: indexBy(articles, (a) => a.campaigns),
		byAgency: indexBy(articles, (a) => a.agencies),
		byAuthor,
		archive: groupByYearMonth(articles),
	};
}

/** Other articles sharing a movement with `article`, newest first. */
export function relatedArticles<TImage>(
	catalog: Catalog<TImage>,
	article: Article<TImage>,
	limit = 5,
): Article<TImage>[] {
	const seen = new Set<string>([article.id]);
	const related: Article<TImage>[] = [];
	for (const campaign of article.campaigns) {
		// Each movement's list is already newest first, so only its head can make the cut:
		// reading all of it made every article page O(archive size).
		let taken = 0;
		for (const other of catalog.byCampaign.get(campaign) ?? []) {
			if (taken >= limit) break;
			if (seen.has(other.id)) continue;
			seen.add(other.id);
			related.push(other);
			taken++;
		}
	}
	return related.sort(compareNewestFirst).slice(0, limit);
}

/** Agencies grouped by kind, in the order of AGENCY_KINDS; empty kinds are left out. */
export function agenciesByKind(
	agencies: readonly Agency[],
	kinds: readonly AgencyKind[],
): { kind: AgencyKind; agencies: Agency[] }[] {
	return kinds
		.map((kind) => ({ kind, agencies: agencies.filter((a) => a.data.kind === kind) }))
		.filter((group) => group.agencies.length > 0);
}
