import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type SiteCatalog } from '~/collections';
import { site } from '~/config';
import { feedResponse } from '~/feed-builder';
import { pageKeys } from '~/page-keys';
import { agencyFeed, feedArticles } from '~/lib/feeds';

export const getStaticPaths = (async () => {
	const [catalog, keys] = await Promise.all([getCatalog(), pageKeys()]);
	return catalog.agencies.map((agency) => {
		const feed = agencyFeed(agency, site.title);
		const items = feedArticles(feed, catalog).slice(0, site.feedSize);
		return { params: { id: agency.id }, props: { agency }, cacheKey: keys.full(items, feed) };
	});
}) satisfies GetStaticPaths;

interface Props {
	agency: SiteCatalog['agencies'][number];
}

export const GET: APIRoute<Props> = async ({ props }) => {
	const feed = agencyFeed(props.agency, site.title);
	return feedResponse(feed, feedArticles(feed, await getCatalog()));
};
