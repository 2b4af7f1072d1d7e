/**
 * The only module that calls getCollection(). It loads the three collections once per build,
 * hands them to the pure catalog (which drops drafts and future articles in production and
 * throws on broken references), and memoises the result for every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheDir } from './config.ts';
import type { BodyFacts } from './lib/body-facts.ts';
import { BodyStore } from './lib/body-html.ts';
import { buildCatalog, type Catalog } from './lib/catalog.ts';
import { todayInVietnam } from './lib/dates.ts';

export type ArticleImage = NonNullable<CollectionEntry<'articles'>['data']['image']>;
export type SiteCatalog = Catalog<ArticleImage>;

/** What the articles loader read from the body; every entry it stores has them. */
export function bodyFactsOf(entry: CollectionEntry<'articles'>): BodyFacts {
	const facts = entry.data.bodyFacts;
	if (!facts)
		throw new Error(`${entry.filePath ?? entry.id}: thiếu bodyFacts (lỗi của bộ nạp bài viết)`);
	return facts;
}

/** An article's body as HTML: Markdown from the body files the loader wrote, MDX undefined. */
export function bodyHtmlOf(entry: CollectionEntry<'articles'>): string | undefined {
	if (entry.filePath?.endsWith('.mdx')) return undefined;
	const html = entry.digest === undefined ? undefined : bodyStore.read(String(entry.digest));
	if (html === undefined) {
		throw new Error(
			`${entry.filePath ?? entry.id}: không tìm thấy nội dung đã dựng của bài; xóa thư mục ${bodyStore.dir} rồi dựng lại`,
		);
	}
	return html;
}

let catalog: Promise<SiteCatalog> | undefined;
const bodyStore = new BodyStore(cacheDir);
let articleList: Promise<CollectionEntry<'articles'>[]> | undefined;

/** The articles collection, loaded once per build for the catalog and for render(). */
function loadArticles(): Promise<CollectionEntry<'articles'>[]> {
	articleList ??= getCollection('articles');
	return articleList;
}

async function load(): Promise<SiteCatalog> {
	const [articles, campaigns, agencies] = await Promise.all([
		loadArticles(),
		getCollection('campaigns'),
		getCollection('agencies'),
	]);
	return buildCatalog(
		{
			articles: articles.map((entry) => ({
				id: entry.id,
				filePath: entry.filePath ?? entry.id,
				body: bodyFactsOf(entry),
				data: entry.data,
			})),
			campaigns: campaigns.map((c) => ({ id: c.id, filePath: c.filePath ?? c.id, data: c.data })),
			agencies: agencies.map((a) => ({ id: a.id, filePath: a.filePath ?? a.id, data: a.data })),
		},
		{
			includeUnpublished: import.meta.env.BANTIN_SHOW_UNPUBLISHED === true,
			today: todayInVietnam(),
		},
	);
}

export function getCatalog(): Promise<SiteCatalog> {
	catalog ??= load();
	return catalog;
}

let entries: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

/** Article collection entries by id, for render(). */
export function getArticleEntries(): Promise<Map<string, CollectionEntry<'articles'>>> {
	entries ??= loadArticles().then((list) => new Map(list.map((e) => [e.id, e])));
	return entries;
}

/** Movement collection entries by id, for render() of their pages' text. */
export async function getCampaignEntries(): Promise<Map<string, CollectionEntry<'campaigns'>>> {
	return new Map((await getCollection('campaigns')).map((e) => [e.id, e]));
}
