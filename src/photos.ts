/**
 * The seam between articles and their photos (docs/photos.md): checking every photo an article
 * uses before Astro encodes it, and the share card (Open Graph / Twitter image) of each page.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { basename, join } from 'node:path';
import type { ArticleImage } from './collections.ts';
import { cacheDir, site } from './config.ts';
import { t } from './i18n/index.ts';
import {
	cachedCard,
	cardKey,
	renderPhotoCard,
	renderTitleCard,
	type CachedCard,
} from './lib/card.ts';
import type { Article } from './lib/catalog.ts';
import {
	assertArticleImages,
	contentHash,
	imageCheckCacheFile,
	type ArticleImageRef,
} from './lib/image-file.ts';
import { bodyImagePaths, CARD_HEIGHT, CARD_WIDTH } from './lib/photo.ts';
import { absoluteUrl, routes } from './lib/routes.ts';

const CHECK_CACHE = imageCheckCacheFile(cacheDir);
const CARD_CACHE = join(cacheDir, 'bantin', 'cards');

function fsPath(image: ImageMetadata): string {
	const path = (image as ImageMetadata & { fsPath?: string }).fsPath;
	if (!path) throw new Error(`Ảnh ${image.src} không có đường dẫn tệp`);
	return path;
}

/** Fails the build, naming the article and the file, if any photo it uses is broken. */
export async function checkArticleImages(
	article: Article<ArticleImage>,
	entry: CollectionEntry<'articles'>,
): Promise<void> {
	const refs: ArticleImageRef[] = [];
	if (article.image) {
		refs.push({
			field: 'image',
			file: fsPath(article.image),
			written: basename(fsPath(article.image)),
		});
	}
	const paths = bodyImagePaths(entry.body ?? '', article.filePath.endsWith('.mdx'));
	entry.data.bodyImages?.forEach((image, i) => {
		const written = paths[i] ?? image.src;
		refs.push({ field: `ảnh trong nội dung bài (${written})`, file: fsPath(image), written });
	});
	await assertArticleImages(article.filePath, refs, CHECK_CACHE, (file) =>
		console.info(`[bantin] kiểm tra ảnh ${file}`),
	);
}

export interface ShareImage {
	url: string;
	width: number;
	height: number;
	alt: string;
	type: 'image/png' | 'image/jpeg';
}

/** The share card of an article: its hero photo cropped, or its title drawn. */
export function shareImage(article: Article<ArticleImage>): ShareImage {
	const photo = article.image !== undefined;
	return {
		url: absoluteUrl(routes.shareCard(article.id, photo ? 'jpg' : 'png'), site.url),
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		alt: photo && article.imageAlt ? article.imageAlt : article.title,
		type: photo ? 'image/jpeg' : 'image/png',
	};
}

/** The card every page without its own gets: the site title and description. */
export function defaultShareImage(): ShareImage {
	return {
		url: absoluteUrl(routes.defaultShareCard(), site.url),
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		alt: site.title,
		type: 'image/png',
	};
}

function report(name: string, card: CachedCard): Buffer {
	if (!card.cached) console.info(`[bantin] vẽ thẻ chia sẻ ${name}`);
	return card.data;
}

/** The bytes of an article's card, drawn once and then taken from the cache. */
export async function articleCard(article: Article<ArticleImage>): Promise<Buffer> {
	if (article.image) {
		const file = fsPath(article.image);
		await assertArticleImages(
			article.filePath,
			[{ field: 'image', file, written: basename(file) }],
			CHECK_CACHE,
		);
		const card = { title: article.title, siteName: site.title, credit: article.imageCredit };
		const key = cardKey([
			'photo',
			contentHash(file, CHECK_CACHE),
			card.title,
			card.siteName,
			card.credit ?? '',
		]);
		return report(
			article.id,
			await cachedCard(CARD_CACHE, `${key}.jpg`, () => renderPhotoCard(file, card)),
		);
	}
	const card = { title: article.title, kicker: article.series, siteName: site.title };
	const key = cardKey(['title', card.title, card.kicker ?? '', card.siteName]);
	return report(
		article.id,
		await cachedCard(CARD_CACHE, `${key}.png`, () => renderTitleCard(card)),
	);
}

/** The bytes of the site's default card. */
export async function siteCard(): Promise<Buffer> {
	const card = { title: site.title, kicker: site.description, siteName: site.province };
	const key = cardKey(['site', card.title, card.kicker, card.siteName]);
	return report(
		t('share.default'),
		await cachedCard(CARD_CACHE, `${key}.png`, () => renderTitleCard(card)),
	);
}
