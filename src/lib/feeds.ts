/**
 * RSS feeds as plain data: which feeds exist (whole archive, one per movement, one per agency),
 * what each item says, and the options handed to @astrojs/rss. Nothing here reads the clock:
 * dates come from the articles, so two builds of the same content give the same bytes.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { t } from '../i18n/index.ts';
import { compareNewestFirst, type Article, type Catalog } from './catalog.ts';
import { comparePartialDates, type PartialDate } from './dates.ts';
import { absoluteUrl, routes } from './routes.ts';
import { nfc } from './vi-text.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

/** Namespaces the feeds use besides RSS itself (content: is added by @astrojs/rss). */
export const FEED_NAMESPACES = {
	dc: 'http://purl.org/dc/elements/1.1/',
	atom: 'http://www.w3.org/2005/Atom',
	media: 'http://search.yahoo.com/mrss/',
} as const;

/** Where the XSL stylesheet that makes a feed readable in a browser is served. */
export const FEED_STYLESHEET = routes.feedStylesheet();

/**
 * RFC 822 date at midnight in Asia/Ho_Chi_Minh, e.g. "Sat, 01 Aug 2020 00:00:00 +0700". A
 * month-precision date becomes the first of its month. Day and month names are English, as the
 * RFC requires: toUTCString() writes exactly this form (RFC 7231's IMF-fixdate), with "GMT".
 */
export function toRfc822(date: PartialDate): string {
	const midnight = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
	return midnight.toUTCString().replace('GMT', '+0700');
}

/**
 * Text made safe for XML element content and attribute values. Only the five predefined entities
 * are used: @astrojs/rss re-parses `customData` and does not decode numeric character references.
 */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const NUMERIC = /^\s*[+-]?(?:0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*$/i;

/**
 * Bylines that would not survive @astrojs/rss: it re-parses `customData` with number parsing on,
 * so a byline such as "007" or "1e3" would come out as 7 or 1000. The build refuses them.
 */
export function unsafeBylines(authors: readonly string[]): string[] {
	return authors.filter((name) => NUMERIC.test(name));
}

/** The permanent address of an article, used as its feed link and (isPermaLink) guid. */
export function articleGuid(id: string, site: string): string {
	return absoluteUrl(routes.article(id), site);
}

// Attributes that hold one URL, and those that hold a srcset (URL + descriptor, comma-separated).
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'longdesc']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
// Elements a feed reader would drop anyway: scripts, styles, stylesheet links.
const DROPPED_ELEMENTS = new Set(['script', 'style', 'link', 'noscript']);

function resolveUrl(value: string, base: string): string | undefined {
	const trimmed = value.trim();
	try {
		const url = new URL(trimmed, base);
		return url.protocol === 'javascript:' ? undefined : url.href;
	} catch {
		return trimmed;
	}
}

/**
 * Candidates of a srcset, split as the HTML standard does: a URL is a run of non-space
 * characters (trailing commas end the candidate), then descriptors up to the next comma.
 */
export function parseSrcset(value: string): { url: string; descriptor: string }[] {
	const candidates: { url: string; descriptor: string }[] = [];
	let rest = value;
	for (;;) {
		rest = rest.replace(/^[\s,]+/, '');
		if (!rest) return candidates;
		const urlMatch = /^\S+/.exec(rest)?.[0] ?? '';
		rest = rest.slice(urlMatch.length);
		const url = urlMatch.replace(/,+$/, '');
		let descriptor = '';
		if (url === urlMatch) {
			const end = rest.indexOf(',');
			descriptor = (end < 0 ? rest : rest.slice(0, end)).trim();
			rest = end < 0 ? '' : rest.slice(end + 1);
		}
		candidates.push({ url, descriptor });
	}
}

function resolveSrcset(value: string, base: string): string {
	return parseSrcset(value)
		.map(({ url, descriptor }) =>
			[resolveUrl(url, base) ?? '', descriptor].filter(Boolean).join(' '),
		)
		.join(', ');
}

function rewriteElement(element: Element, base: string): void {
	element.attrs = element.attrs.flatMap((attr) => {
		if (attr.name.startsWith('data-astro-')) return [];
		if (URL_ATTRIBUTES.has(attr.name)) {
			const value = resolveUrl(attr.value, base);
			return value === undefined ? [] : [{ ...attr, value }];
		}
		if (SRCSET_ATTRIBUTES.has(attr.name))
			return [{ ...attr, value: resolveSrcset(attr.value, base) }];
		return [attr];
	});
}

function walk(parent: ParentNode, base: string): void {
	parent.childNodes = parent.childNodes.filter(
		(node: Node) => !('tagName' in node && DROPPED_ELEMENTS.has(node.tagName)),
	);
	for (const node of parent.childNodes) {
		if (!('tagName' in node)) continue;
		rewriteElement(node, base);
		walk(
			node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content : node,
			base,
		);
	}
}

/**
 * Article HTML ready for `content:encoded`: every link and image address made absolute against
 * the article's URL (root-relative, relative, `#fragment` and srcset candidates alike), scripts
 * and styles removed, `javascript:` links dropped, Astro's scoped-style attributes stripped, and
 * text in NFC. Parsed and re-serialised with parse5, so escaping is the HTML serializer's.
 */
export function absolutizeHtml(html: string, base: string): string {
	if (!html.trim()) return '';
	const fragment = parseFragment(html);
	walk(fragment, base);
	return nfc(serialize(fragment));
}

/** The hero photo as a feed shows it (Media RSS `media:content`). */
export interface FeedImage {
	/** Address of the processed image (root-relative or absolute). */
	url: string;
	type: string;
	width: number;
	height: number;
	alt: string;
}

/** What a feed item needs to know about an article, with names already resolved. */
export interface FeedArticle {
	id: string;
	title: string;
	lead: string;
	date: PartialDate;
	updated?: PartialDate | undefined;
	authors: string[];
	/** Names of the article's movements, then of its agencies. */
	categories: string[];
	/** The rendered body as HTML (addresses may be relative; they are made absolute here). */
	html: string;
	image?: FeedImage | undefined;
}

function mediaContent(image: FeedImage, base: string): string {
	const url = escapeXml(new URL(image.url, base).href);
	return (
		`<media:content url="${url}" medium="image" type="${escapeXml(image.type)}" ` +
		`width="${image.width}" height="${image.height}">` +
		`<media:description type="plain">${escapeXml(image.alt)}</media:description>` +
		'</media:content>'
	);
}

/** One RSS item for @astrojs/rss. Its `link` becomes the guid (isPermaLink="true"). */
export function feedItem(article: FeedArticle, site: string): RSSFeedItem {
	const url = articleGuid(article.id, site);
	const creators = article.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`);
	return {
		title: article.title,
		link: url,
		// RSS readers render <description> as HTML; the lead is plain text, so escape it as HTML
		// first (@astrojs/rss then escapes it again as XML). A lead with "<script>" stays text.
		description: escapeXml(article.lead),
		content: absolutizeHtml(article.html, url),
		categories: [...new Set(article.categories)],
		customData: [
			`<pubDate>${toRfc822(article.date)}</pubDate>`,
			...creators,
			article.image ? mediaContent(article.image, url) : '',
		].join(''),
	};
}

/** The most recent date among the items (publication or update), or undefined for no items. */
export function lastBuildDate(
	articles: readonly { date: PartialDate; updated?: PartialDate | undefined }[],
): PartialDate | undefined {
	const dates = articles.flatMap((a) => (a.updated ? [a.date, a.updated] : [a.date]));
	return dates.sort(comparePartialDates).at(-1);
}

/** A feed the site publishes: the channel's words and where it and its page live. */
export interface FeedInfo {
	kind: 'archive' | 'movement' | 'agency';
	/** Movement or agency id; the site title for the whole archive. */
	id: string;
	/** Channel title, naming the movement or agency. */
	title: string;
	description: string;
	/** Short label for lists and menus (the movement's or agency's short name). */
	label: string;
	/** Root-relative path of the page the feed follows. */
	pagePath: string;
	/** Root-relative path of the feed itself. */
	feedPath: string;
}

interface Named {
	id: string;
	data: { name: string; shortName: string };
}

export function archiveFeed(site: { title: string; description: string }): FeedInfo {
	return {
		kind: 'archive',
		id: 'all',
		title: site.title,
		description: t('feeds.archiveDescription', { site: site.title, description: site.description }),
		label: t('feeds.archiveLabel'),
		pagePath: routes.home(),
		feedPath: routes.feed(),
	};
}

const TERM_ROUTES = {
	movement: { page: routes.movement, feed: routes.movementFeed },
	agency: { page: routes.agency, feed: routes.agencyFeed },
} as const;

/** The feed of one movement or agency: title and description name it and the site. */
function termFeed(
	kind: 'movement' | 'agency',
	term: Named,
	label: string,
	siteTitle: string,
): FeedInfo {
	const vars = { name: term.data.name, site: siteTitle };
	return {
		kind,
		id: term.id,
		title: t(kind === 'movement' ? 'feeds.movementTitle' : 'feeds.agencyTitle', vars),
		description: t(
			kind === 'movement' ? 'feeds.movementDescription' : 'feeds.agencyDescription',
			vars,
		),
		label,
		pagePath: TERM_ROUTES[kind].page(term.id),
		feedPath: TERM_ROUTES[kind].feed(term.id),
	};
}

export function movementFeed(campaign: Named, siteTitle: string): FeedInfo {
	return termFeed('movement', campaign, campaign.data.shortName, siteTitle);
}

export function agencyFeed(agency: Named, siteTitle: string): FeedInfo {
	return termFeed('agency', agency, agency.data.name, siteTitle);
}

/** A feed offered to browsers and readers by `<link rel="alternate">` (href root-relative). */
export interface FeedLink {
	title: string;
	href: string;
}

export function toFeedLink(feed: FeedInfo): FeedLink {
	return { title: feed.title, href: feed.feedPath };
}

/**
 * The feeds a page announces for autodiscovery: the whole-archive feed first (every page has it),
 * then the page's own feeds, without duplicates, as absolute URLs.
 */
export function alternateFeeds(
	feeds: readonly FeedLink[],
	site: { title: string; description: string; url: string },
): FeedLink[] {
	const seen = new Set<string>();
	return [toFeedLink(archiveFeed(site)), ...feeds].flatMap((feed) => {
		const href = absoluteUrl(feed.href, site.url);
		if (seen.has(href)) return [];
		seen.add(href);
		return [{ title: feed.title, href }];
	});
}

/** The articles a feed covers, newest first (all of them; the feed keeps the newest). */
export function feedArticles<T>(
	feed: FeedInfo,
	catalog: { articles: T[]; byCampaign: Map<string, T[]>; byAgency: Map<string, T[]> },
): T[] {
	if (feed.kind === 'archive') return catalog.articles;
	return (feed.kind === 'movement' ? catalog.byCampaign : catalog.byAgency).get(feed.id) ?? [];
}

/** An article as a feed item is made from it: the article, its terms' names, its entry. */
export interface FeedSource<TImage, TEntry> {
	article: Article<TImage>;
	/** Names of the article's movements, then of its agencies. */
	categories: string[];
	/** The collection entry, for rendering the body. */
	entry: TEntry;
}

/** The newest `size` articles of a feed, with what their items show. */
export function feedSources<TImage, TEntry>(
	feed: FeedInfo,
	catalog: Catalog<TImage>,
	entries: ReadonlyMap<string, TEntry>,
	size: number,
): FeedSource<TImage, TEntry>[] {
	const name = (byId: ReadonlyMap<string, Named>, id: string) => byId.get(id)?.data.name ?? id;
	return feedArticles(feed, catalog)
		.slice(0, size)
		.map((article) => {
			const entry = entries.get(article.id);
			if (entry === undefined) throw new Error(`Bài viết ${article.id} không có trong bộ sưu tập`);
			return {
				article,
				categories: [
					...article.campaigns.map((id) => name(catalog.campaignById, id)),
					...article.agencies.map((id) => name(catalog.agencyById, id)),
				],
				entry,
			};
		});
}

/** The feed of each movement or agency, with its items: props for the feed routes. */
export function termFeedPages<TImage, TEntry>(
	kind: 'movement' | 'agency',
	catalog: Catalog<TImage>,
	entries: ReadonlyMap<string, TEntry>,
	settings: { title: string; feedSize: number },
) {
	const terms = kind === 'movement' ? catalog.campaigns : catalog.agencies;
	return terms.map((term) => {
		const feed = (kind === 'movement' ? movementFeed : agencyFeed)(term, settings.title);
		return {
			params: { id: term.id },
			props: { feed, items: feedSources(feed, catalog, entries, settings.feedSize) },
		};
	});
}

export interface FeedGroup {
	kind: FeedInfo['kind'];
	/** Group heading, e.g. "Phong trào thi đua". */
	label: string;
	feeds: FeedInfo[];
}

/** Every feed the site publishes, grouped: whole archive, movements, agencies (in list order). */
export function feedDirectory(input: {
	site: { title: string; description: string };
	campaigns: readonly Named[];
	agencies: readonly Named[];
}): FeedGroup[] {
	return [
		{ kind: 'archive', label: t('feeds.groupArchive'), feeds: [archiveFeed(input.site)] },
		{
			kind: 'movement',
			label: t('feeds.groupMovements'),
			feeds: input.campaigns.map((c) => movementFeed(c, input.site.title)),
		},
		{
			kind: 'agency',
			label: t('feeds.groupAgencies'),
			feeds: input.agencies.map((a) => agencyFeed(a, input.site.title)),
		},
	];
}

/**
 * Options for @astrojs/rss: the newest `feedSize` articles, newest first, and a channel with
 * `language`, `atom:link rel="self"`, a `lastBuildDate` taken from those items (none for an
 * empty feed) and the XSL stylesheet for browsers.
 */
export function feedOptions(
	feed: FeedInfo,
	articles: readonly FeedArticle[],
	settings: { site: string; feedSize: number; lang: string },
): RSSOptions {
	const items = [...articles].sort(compareNewestFirst).slice(0, settings.feedSize);
	const built = lastBuildDate(items);
	const selfUrl = absoluteUrl(feed.feedPath, settings.site);
	return {
		title: feed.title,
		description: feed.description,
		site: absoluteUrl(feed.pagePath, settings.site),
		xmlns: { ...FEED_NAMESPACES },
		stylesheet: FEED_STYLESHEET,
		customData: [
			`<language>${escapeXml(settings.lang)}</language>`,
			`<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
			built ? `<lastBuildDate>${toRfc822(built)}</lastBuildDate>` : '',
		].join(''),
		items: items.map((article) => feedItem(article, settings.site)),
	};
}
