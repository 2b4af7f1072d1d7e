import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type ArticleImage } from '~/collections';
import type { Article } from '~/lib/catalog';
import { articleFacts, pageKeys } from '~/page-keys';
import { articleCard } from '~/share-cards';

/** Hero photo cards of the articles that have one (routes.shareCard(id, 'jpg')). */
export const getStaticPaths = (async () => {
	const [catalog, keys] = await Promise.all([getCatalog(), pageKeys()]);
	return catalog.articles
		.filter((article) => article.image)
		.map((article) => ({
			params: { id: article.id },
			props: { article },
			cacheKey: keys.of('photo card', articleFacts(article)),
		}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> }> = async ({ props }) =>
	new Response(new Uint8Array(await articleCard(props.article)), {
		headers: { 'Content-Type': 'image/jpeg' },
	});
