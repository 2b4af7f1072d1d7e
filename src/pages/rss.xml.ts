import type { APIRoute } from 'astro';
import { getCatalog } from '~/collections';
import { site } from '~/config';
import { feedResponse } from '~/feed-builder';
import { archiveFeed, feedArticles } from '~/lib/feeds';

export const GET: APIRoute = async () => {
	const feed = archiveFeed(site);
	return feedResponse(feed, feedArticles(feed, await getCatalog()));
};
