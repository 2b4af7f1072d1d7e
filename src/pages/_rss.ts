/**
 * The feed routes' Astro side (the feeds themselves are plain data: src/lib/feeds.ts): renders
 * article bodies to HTML strings with the article page's own ArticleBody component (Markdown
 * and MDX alike, photos and MDX components included), through Astro's container API, and
 * answers a feed route with the RSS document. Each body is rendered once per build, however many
 * feeds it appears in.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getRssString } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import type { CollectionEntry } from 'astro:content';
import ArticleBody from '~/components/ArticleBody.astro';
import type { ArticleImage } from '~/collections';
import { site } from '~/config';
import { ContentError } from '~/lib/errors';
import {
	feedOptions,
	unsafeBylines,
	type FeedArticle,
	type FeedImage,
	type FeedInfo,
	type FeedSource,
} from '~/lib/feeds';

/** A feed item's source as the routes hand it over. */
export type SiteFeedSource = FeedSource<ArticleImage, CollectionEntry<'articles'>>;

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers }),
	);
	return container;
}

/** The article's body as an HTML string (memoised per build). */
function articleHtml(entry: CollectionEntry<'articles'>): Promise<string> {
	let html = bodies.get(entry.id);
	if (!html) {
		// The same component as the article page, so feeds carry the same photos and MDX components.
		html = getContainer().then((c) => c.renderToString(ArticleBody, { props: { entry } }));
		bodies.set(entry.id, html);
	}
	return html;
}

/** Widest hero photo a feed carries; readers scale it down themselves. */
const FEED_IMAGE_WIDTH = 1200;

/** The hero photo as a JPEG at most FEED_IMAGE_WIDTH wide, emitted with the build's images. */
async function heroImage(source: SiteFeedSource): Promise<FeedImage | undefined> {
	const { image, imageAlt } = source.article;
	if (!image) return undefined;
	// Read the size from a plain copy: reading any field of Astro's imported-image proxy marks the
	// original file as used, and the build would then ship the full-size original too.
	const original = (image as typeof image & { clone: typeof image }).clone;
	const width = Math.min(FEED_IMAGE_WIDTH, original.width);
	const result = await getImage({ src: image, width, format: 'jpeg' });
	return {
		url: result.src,
		type: 'image/jpeg',
		width,
		height: Math.round((original.height * width) / original.width),
		alt: imageAlt ?? '',
	};
}

async function toFeedArticle(source: SiteFeedSource): Promise<FeedArticle> {
	const { article } = source;
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
		categories: source.categories,
		html: await articleHtml(source.entry),
		image: await heroImage(source),
	};
}

/** The RSS response for one feed over its newest items (src/lib/feeds.ts, feedSources). */
export async function feedResponse(
	feed: FeedInfo,
	items: readonly SiteFeedSource[],
): Promise<Response> {
	const articles = await Promise.all(items.map(toFeedArticle));
	const xml = await getRssString(
		feedOptions(feed, articles, { site: site.url, feedSize: site.feedSize, lang: site.lang }),
	);
	// application/xml (not application/rss+xml) so a browser renders it through the stylesheet
	// instead of offering a download.
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
