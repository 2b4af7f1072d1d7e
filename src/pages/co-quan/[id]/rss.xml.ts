import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleEntries, getCatalog } from '~/collections';
import { site } from '~/config';
import { termFeedPages, type FeedInfo } from '~/lib/feeds';
import { withCacheKey } from '~/lib/page-key';
import { feedResponse, type SiteFeedSource } from '~/pages/_rss';

export const getStaticPaths = (async () => {
	const [catalog, entries] = await Promise.all([getCatalog(), getArticleEntries()]);
	return termFeedPages('agency', catalog, entries, site).map((path) => withCacheKey(path, site));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedInfo; items: SiteFeedSource[] }> = ({ props }) =>
	feedResponse(props.feed, props.items);
