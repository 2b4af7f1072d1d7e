import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import { site } from '~/config';
import type { Article } from '~/lib/catalog';
import { withCacheKey } from '~/lib/page-key';
import { articleCard, hasOwnCard } from '~/share-cards';

/**
 * The share card of each article that has one of its own (routes.shareCard): its hero photo as
 * a JPEG, or a PNG title card for those the site's `titleCards` setting includes.
 */
export const getStaticPaths = (async () =>
	(await getCatalog()).articles.filter(hasOwnCard).map((article) => {
		const format = article.image ? 'jpg' : 'png';
		return withCacheKey({ params: { id: article.id, format }, props: { article } }, site);
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': props.article.image ? 'image/jpeg' : 'image/png' },
	});
