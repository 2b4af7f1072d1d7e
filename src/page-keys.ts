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
function fileFacts(entry: CollectionEntry<'articles'> | undefined): object {
	return {
		digest: (entry as { digest?: string | number } | undefined)?.digest,
		photos: entry?.data.bodyImages?.map((image) => imageAddress(image)),
	};
}

/** Key functions for one build; every key includes what any page may show (see pageKeys). */
export interface PageKeys {
	/** A page that shows `inputs` (plain data; articles through articleFacts). */
	of(...inputs: readonly unknown[]): string;
	/** A page listing `articles` (cards: title, date, lead, movements, agencies). */
	list(articles: readonly SiteArticle[], ...inputs: readonly unknown[]): string;
	/** A page that shows whole articles (the article page, the feeds): text and photos. */
	full(articles: readonly SiteArticle[], ...inputs: readonly unknown[]): string;
	/**
	 * Listing pages from paginate(), each with its key: the articles on it, where it sits in the
	 * list (page number, count, neighbours) and its own params and props.
	 */
	pages<T extends { params: object; props: { page: { data: readonly SiteArticle[] } } }>(
		pages: readonly T[],
	): (T & { cacheKey: string })[];
}

let keys: Promise<PageKeys> | undefined;

/**
 * The build's key functions. Every key includes the site settings, every movement (with the
 * text of its page) and every agency, because any page may name them; that part is hashed once.
 */
export function pageKeys(): Promise<PageKeys> {
	keys ??= Promise.all([
		getCollection('campaigns'),
		getCollection('agencies'),
		getArticleEntries(),
	]).then(([campaigns, agencies, entries]) => {
		const shared = pageKey(
			site,
			campaigns.map((c) => [c.id, c.digest, c.data]),
			agencies.map((a) => [a.id, a.digest, a.data]),
		);
		const of = (...inputs: readonly unknown[]): string => pageKey(shared, ...inputs);
		const list: PageKeys['list'] = (articles, ...inputs) =>
			of(articles.map(articleFacts), ...inputs);
		return {
			of,
			list,
			full: (articles, ...inputs) =>
				of(
					articles.map((a) => [articleFacts(a), fileFacts(entries.get(a.id))]),
					...inputs,
				),
			pages: (pages) =>
				pages.map((item) => {
					const { page, ...rest } = item.props;
					return {
						...item,
						cacheKey: list(page.data, { ...page, data: undefined }, item.params, rest),
					};
				}),
		};
	});
	return keys;
}
