import type { APIRoute } from 'astro';
import { getArticleEntries, getCatalog } from '~/collections';
import { site } from '~/config';
import { archiveFeed, feedSources } from '~/lib/feeds';
import { feedResponse } from '~/pages/_rss';

export const GET: APIRoute = async () => {
	const feed = archiveFeed(site);
	const [catalog, entries] = await Promise.all([getCatalog(), getArticleEntries()]);
	return feedResponse(feed, feedSources(feed, catalog, entries, site.feedSize));
};
