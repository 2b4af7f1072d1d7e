import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type SiteCatalog } from '~/collections';
import { site } from '~/config';
import { feedResponse } from '~/feed-builder';
import { movementFeed, feedArticles } from '~/lib/feeds';

export const getStaticPaths = (async () => {
	const catalog = await getCatalog();
	return catalog.campaigns.map((campaign) => ({
		params: { id: campaign.id },
		props: { campaign },
	}));
}) satisfies GetStaticPaths;

interface Props {
	campaign: SiteCatalog['campaigns'][number];
}

export const GET: APIRoute<Props> = async ({ props }) => {
	const feed = movementFeed(props.campaign, site.title);
	return feedResponse(feed, feedArticles(feed, await getCatalog()));
};
