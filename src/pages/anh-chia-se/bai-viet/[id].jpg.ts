import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import { site } from '~/config';
import type { Article } from '~/lib/catalog';
import { withCacheKey } from '~/lib/page-key';
import { articleCard } from '~/share-cards';

/** Hero photo cards of the articles that have one (routes.shareCard(id, 'jpg')). */
export const getStaticPaths = (async () =>
	(await getCatalog()).articles
		.filter((article) => article.image)
		.map((article) =>
			withCacheKey({ params: { id: article.id }, props: { article } }, site),
		)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': 'image/jpeg' },
	});
