import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import { site } from '~/config';
import type { Article } from '~/lib/catalog';
import { withCacheKey } from '~/lib/page-key';
import { articleCard, hasOwnCard } from '~/share-cards';

/**
 * Title cards of the articles without a hero photo (routes.shareCard(id, 'png')), for those the
 * site's `titleCards` setting includes.
 */
export const getStaticPaths = (async () =>
	(await getCatalog()).articles
		.filter((article) => !article.image && hasOwnCard(article))
		.map((article) =>
			withCacheKey({ params: { id: article.id }, props: { article } }, site),
		)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': 'image/png' },
	});
