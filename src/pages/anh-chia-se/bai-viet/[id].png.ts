import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import type { Article } from '~/lib/catalog';
import { pageKeys } from '~/page-keys';
import { articleCard, hasOwnCard } from '~/share-cards';

/**
 * Title cards of the articles without a hero photo (routes.shareCard(id, 'png')), for those the
 * site's `titleCards` setting includes.
 */
export const getStaticPaths = (async () => {
	const [catalog, keys] = await Promise.all([getCatalog(), pageKeys()]);
	return catalog.articles
		.filter((article) => !article.image && hasOwnCard(article))
		.map((article) => ({
			params: { id: article.id },
			props: { article },
			cacheKey: keys.of('title card', article.title, article.series),
		}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': 'image/png' },
	});
