import type { APIRoute } from 'astro';
import { getCatalog } from '~/collections';
import { site } from '~/config';
import { t } from '~/i18n';
import { feedDirectory } from '~/lib/feeds';
import { buildOpml } from '~/lib/opml';
import { absoluteUrl } from '~/lib/routes';

export const GET: APIRoute = async () => {
	const catalog = await getCatalog();
	const groups = feedDirectory({ site, campaigns: catalog.campaigns, agencies: catalog.agencies });
	const opml = buildOpml({
		title: t('feeds.opmlTitle', { site: site.title }),
		language: site.lang,
		groups: groups.map((group) => ({
			title: group.label,
			feeds: group.feeds.map((feed) => ({
				title: feed.title,
				description: feed.description,
				xmlUrl: absoluteUrl(feed.feedPath, site.url),
				htmlUrl: absoluteUrl(feed.pagePath, site.url),
			})),
		})),
	});
	return new Response(opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
