import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import type { Article } from '~/lib/catalog';
import { articleFacts, keyOf } from '~/page-keys';
import { articleCard } from '~/photos';

/** Hero photo cards of the articles that have one (routes.shareCard(id, 'jpg')). */
export const getStaticPaths = (async () => {
	const catalog = await getCatalog();
	return Promise.all(
		catalog.articles
			.filter((article) => article.image)
			.map(async (article) => ({
				params: { id: article.id },
				props: { article },
				cacheKey: await keyOf('photo card', articleFacts(article)),
			})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': 'image/jpeg' },
	});
