import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type SiteCatalog } from '~/collections';
import { site } from '~/config';
import { feedResponse } from '~/feed-builder';
import { agencyFeed, feedArticles } from '~/lib/feeds';

export const getStaticPaths = (async () => {
	const catalog = await getCatalog();
	return catalog.agencies.map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}) satisfies GetStaticPaths;

interface Props {
	agency: SiteCatalog['agencies'][number];
}

export const GET: APIRoute<Props> = async ({ props }) => {
	const feed = agencyFeed(props.agency, site.title);
	return feedResponse(feed, feedArticles(feed, await getCatalog()));
};
