import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type SiteCatalog } from '~/collections';
import { site } from '~/config';
import { feedResponse } from '~/feed-builder';
import { pageKeys } from '~/page-keys';
import { movementFeed, feedArticles } from '~/lib/feeds';

export const getStaticPaths = (async () => {
	const [catalog, keys] = await Promise.all([getCatalog(), pageKeys()]);
	return catalog.campaigns.map((campaign) => {
		const feed = movementFeed(campaign, site.title);
		const items = feedArticles(feed, catalog).slice(0, site.feedSize);
		return {
			params: { id: campaign.id },
			props: { campaign },
			cacheKey: keys.full(items, feed),
		};
	});
}) satisfies GetStaticPaths;

interface Props {
	campaign: SiteCatalog['campaigns'][number];
}

export const GET: APIRoute<Props> = async ({ props }) => {
	const feed = movementFeed(props.campaign, site.title);
	return feedResponse(feed, feedArticles(feed, await getCatalog()));
};
