/**
 * What each page's `cacheKey` is made of (src/lib/page-key.ts, docs/build-cache.md): the seam
 * between the catalog's objects and the keys. Every route passes everything its page shows.
 */
import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import { getArticleEntries, type ArticleImage, type SiteCatalog } from './collections.ts';
import { site } from './config.ts';
import type { Article } from './lib/catalog.ts';
import { pageKey } from './lib/page-key.ts';

type SiteArticle = SiteCatalog['articles'][number];

/**
 * An image's address in the build (`/_astro/name.<content hash>.jpg`), read from the plain
 * copy: reading Astro's imported-image object itself would ship the original file too.
 */
function imageAddress(image: ArticleImage | undefined): string | undefined {
	if (!image) return undefined;
	return ((image as ArticleImage & { clone?: ArticleImage }).clone ?? image).src;
}

/** An article as a page lists it: every field, its photo by address. */
export function articleFacts(article: Article<ArticleImage>): object {
	return { ...article, image: imageAddress(article.image) };
}

/** The article's own file: its text (the entry's digest) and the photos its body shows. */
function bodyFacts(entry: CollectionEntry<'articles'> | undefined): object {
	return {
		digest: (entry as { digest?: string | number } | undefined)?.digest,
		photos: entry?.data.bodyImages?.map((image) => imageAddress(image)),
	};
}

let shared: Promise<string> | undefined;

/**
 * What any page may show besides its own data: the site settings, every movement (with the
 * text of its page) and every agency. Computed once per build.
 */
function sharedKey(): Promise<string> {
	shared ??= Promise.all([getCollection('campaigns'), getCollection('agencies')]).then(
		([campaigns, agencies]) =>
			pageKey(
				site,
				campaigns.map((c) => [c.id, c.digest, c.data]),
				agencies.map((a) => [a.id, a.digest, a.data]),
			),
	);
	return shared;
}

/** The key of a page that shows `inputs` (plain data; articles through articleFacts). */
export async function keyOf(...inputs: readonly unknown[]): Promise<string> {
	return pageKey(await sharedKey(), ...inputs);
}

/** The key of a page listing `articles` (cards: title, date, lead, movements, agencies). */
export async function listKey(
	articles: readonly SiteArticle[],
	...inputs: readonly unknown[]
): Promise<string> {
	return keyOf(articles.map(articleFacts), ...inputs);
}

/** The key of a page that shows whole articles (the article page, the feeds): text and photos. */
export async function fullKey(
	articles: readonly SiteArticle[],
	...inputs: readonly unknown[]
): Promise<string> {
	const entries = await getArticleEntries();
	return keyOf(
		articles.map((a) => [articleFacts(a), bodyFacts(entries.get(a.id))]),
		...inputs,
	);
}

/**
 * Listing pages from paginate(), each with its key: the articles on it, where it sits in the
 * list (page number, count, neighbours) and its own params and props.
 */
export function keyedPages<
	T extends { params: object; props: { page: { data: readonly SiteArticle[] } } },
>(pages: readonly T[]): Promise<(T & { cacheKey: string })[]> {
	return Promise.all(
		pages.map(async (item) => {
			const { page, ...rest } = item.props;
			return {
				...item,
				cacheKey: await listKey(page.data, { ...page, data: undefined }, item.params, rest),
			};
		}),
	);
}
