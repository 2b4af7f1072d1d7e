/**
 * The seam between the feeds (src/lib/feeds.ts, pure) and Astro: renders article bodies to HTML
 * strings with the article page's own ArticleBody component (Markdown and MDX alike, photos and
 * MDX components included), through Astro's container API, and
 * answers a feed route with the RSS document. Each body is rendered once per build, however many
 * feeds it appears in.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getRssString } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import ArticleBody from './components/ArticleBody.astro';
import { getArticleEntries, getCatalog, type SiteCatalog } from './collections.ts';
import { site } from './config.ts';
import { ContentError } from './lib/errors.ts';
import {
	feedOptions,
	unsafeBylines,
	type FeedArticle,
	type FeedImage,
	type FeedInfo,
} from './lib/feeds.ts';

type Article = SiteCatalog['articles'][number];

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers }),
	);
	return container;
}

async function renderBody(id: string): Promise<string> {
	const entry = (await getArticleEntries()).get(id);
	if (!entry) throw new Error(`Bài viết ${id} không có trong bộ sưu tập`);
	// The same component as the article page, so feeds carry the same photos and MDX components.
	return (await getContainer()).renderToString(ArticleBody, { props: { entry } });
}

/** The article's body as an HTML string (memoised per build). */
export function articleHtml(id: string): Promise<string> {
	let html = bodies.get(id);
	if (!html) {
		html = renderBody(id);
		bodies.set(id, html);
	}
	return html;
}

/** Widest hero photo a feed carries; readers scale it down themselves. */
const FEED_IMAGE_WIDTH = 1200;

/** The hero photo as a JPEG at most FEED_IMAGE_WIDTH wide, emitted with the build's images. */
async function heroImage(article: Article): Promise<FeedImage | undefined> {
	if (!article.image) return undefined;
	// Read the size from a plain copy: reading any field of Astro's imported-image proxy marks the
	// original file as used, and the build would then ship the full-size original too.
	const original = (article.image as typeof article.image & { clone: typeof article.image }).clone;
	const width = Math.min(FEED_IMAGE_WIDTH, original.width);
	const result = await getImage({ src: article.image, width, format: 'jpeg' });
	return {
		url: result.src,
		type: 'image/jpeg',
		width,
		height: Math.round((original.height * width) / original.width),
		alt: article.imageAlt ?? '',
	};
}

async function toFeedArticle(article: Article, catalog: SiteCatalog): Promise<FeedArticle> {
	const unsafe = unsafeBylines(article.authors.map((a) => a.name));
	if (unsafe.length) {
		throw new ContentError({
			file: article.filePath,
			field: 'author',
			received: unsafe.join(', '),
			expected: 'tên tác giả bằng chữ (một tên chỉ gồm chữ số sẽ bị nguồn tin RSS đổi thành số)',
			suggestion: 'ghi tên người viết, ví dụ “Việt Thắng”',
		});
	}
	return {
		id: article.id,
		title: article.title,
		lead: article.lead,
		date: article.date,
		updated: article.updated,
		authors: article.authors.map((a) => a.name),
		categories: [
			...article.campaigns.map((id) => catalog.campaignById.get(id)?.data.name ?? id),
			...article.agencies.map((id) => catalog.agencyById.get(id)?.data.name ?? id),
		],
		html: await articleHtml(article.id),
		image: await heroImage(article),
	};
}

/** The RSS response for one feed over `articles` (newest first; only the newest are rendered). */
export async function feedResponse(
	feed: FeedInfo,
	articles: readonly Article[],
): Promise<Response> {
	const catalog = await getCatalog();
	const newest = articles.slice(0, site.feedSize);
	const items = await Promise.all(newest.map((a) => toFeedArticle(a, catalog)));
	const xml = await getRssString(
		feedOptions(feed, items, { site: site.url, feedSize: site.feedSize, lang: site.lang }),
	);
	// application/xml (not application/rss+xml) so a browser renders it through the stylesheet
	// instead of offering a download.
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
