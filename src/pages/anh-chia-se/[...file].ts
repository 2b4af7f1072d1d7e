import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleImage } from '~/collections';
import { getCatalog } from '~/collections';
import type { Article } from '~/lib/catalog';
import { routes } from '~/lib/routes';
import { articleCard, siteCard } from '~/photos';

const BASE = '/anh-chia-se/';
const param = (path: string): string => path.slice(BASE.length);

export const getStaticPaths = (async () => {
	const catalog = await getCatalog();
	return [
		{ params: { file: param(routes.defaultShareCard()) }, props: { article: undefined } },
		...catalog.articles.map((article) => ({
			params: { file: param(routes.shareCard(article.id, article.image ? 'jpg' : 'png')) },
			props: { article },
		})),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article<ArticleImage> | undefined }> = async ({ props }) => {
	const data = props.article ? await articleCard(props.article) : await siteCard();
	const type = props.article?.image ? 'image/jpeg' : 'image/png';
	return new Response(new Uint8Array(data), { headers: { 'Content-Type': type } });
};
