/**
 * Share cards (docs/photos.md): the Open Graph / Twitter image of each page, and the bytes of
 * each card, drawn once and cached. The photos inside articles are src/lib/photo.ts's; they are
 * checked once, in the articles loader.
 */
import type { ImageMetadata } from 'astro';
import { basename, join } from 'node:path';
import type { ArticleImage } from './collections.ts';
import { cacheDir, site } from './config.ts';
import { t } from './i18n/index.ts';
import {
	cachedCard,
	cardKey,
	drawsTitleCard,
	renderPhotoCard,
	renderTitleCard,
	type CachedCard,
} from './lib/card.ts';
import type { Article } from './lib/catalog.ts';
import { assertArticleImages, contentHash, imageCheckCacheFile } from './lib/image-file.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './lib/photo.ts';
import { absoluteUrl, routes } from './lib/routes.ts';

const CHECK_CACHE = imageCheckCacheFile(cacheDir);
const CARD_CACHE = join(cacheDir, 'bantin', 'cards');

function fsPath(image: ImageMetadata): string {
	const path = (image as ImageMetadata & { fsPath?: string }).fsPath;
	if (!path) throw new Error(`Ảnh ${image.src} không có đường dẫn tệp`);
	return path;
}

export interface ShareImage {
	url: string;
	width: number;
	height: number;
	alt: string;
	type: 'image/png' | 'image/jpeg';
}

/** Whether an article has a card of its own: a hero photo, or a title card the site draws. */
export function hasOwnCard(article: Article<ArticleImage>): boolean {
	return article.image !== undefined || drawsTitleCard(site.titleCards, article.date.year);
}

/**
 * The share card of an article: its hero photo cropped, its title drawn, or (when the site's
 * `titleCards` setting leaves it out) the site's card.
 */
export function shareImage(article: Article<ArticleImage>): ShareImage {
	if (!hasOwnCard(article)) return defaultShareImage();
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
