/**
 * Photos and share cards in the built fixture (articles of the anh-minh-hoa movement), broken
 * photos failing the build with the article's name, and the image cache across builds.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, FIXTURE_CONTENT, removeTmp, ROOT, TMP } from '../helpers/astro.ts';
import { exists, listFiles, readPage } from '../helpers/dist.ts';

const dist = inject('fixtureDist');
const SITE = 'https://thu.example';
const HERO = '/bai-viet/anh-dai-dien/';
const MDX = '/bai-viet/hinh-mdx/';
const PLAIN = '/bai-viet/khong-anh/';

type Selection = ReturnType<ReturnType<CheerioAPI['root']>['find']>;

/** The cacheDir astro.config.mjs gives a content tree, removed after a throwaway build. */
const cacheDirOf = (content: string): string =>
	join(ROOT, 'node_modules/.astro', content.replace(/[^a-z0-9]+/gi, '-').slice(-60));

/** The widths listed in a srcset attribute. */
function srcsetWidths(srcset: string | undefined): number[] {
	return (srcset ?? '').split(',').map((c) => Number(/\s(\d+)w$/.exec(c.trim())?.[1]));
}

function expectPicture($: CheerioAPI, picture: Selection, alt: string, eager: boolean): void {
	const sources = picture.children('source');
	expect(sources.map((_, s) => $(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
	expect(sources.first().attr('srcset')).toMatch(/\.avif \d+w/);
	expect(sources.eq(1).attr('srcset')).toMatch(/\.webp \d+w/);
	const img = picture.children('img');
	expect(img.attr('src')).toMatch(/\.jpg$/);
	const widths = srcsetWidths(img.attr('srcset'));
	expect(widths[0]).toBeLessThanOrEqual(360);
	expect(widths).toEqual([...widths].sort((a, b) => a - b));
	expect(widths.at(-1)).toBe(Number(img.attr('width')));
	expect(Number(img.attr('width'))).toBeGreaterThan(0);
	expect(Number(img.attr('height'))).toBeGreaterThan(0);
	expect(img.attr('sizes')).toBeTruthy();
	expect(img.attr('alt')).toBe(alt);
	expect(img.attr('loading')).toBe(eager ? 'eager' : 'lazy');
	expect(img.attr('fetchpriority')).toBe(eager ? 'high' : undefined);
}

describe('the hero photo', () => {
	it('is a <picture> with AVIF, WebP and a JPEG fallback, loaded at once', () => {
		const $ = readPage(dist, HERO);
		const hero = $('figure.figure-hero');
		expectPicture($, hero.find('picture'), 'Sân khấu hội nghị với ngôi sao vàng', true);
		const img = hero.find('img');
		expect([img.attr('width'), img.attr('height')]).toEqual(['960', '640']);
		expect(srcsetWidths(img.attr('srcset'))).toEqual([360, 540, 720, 960]);
	});

	it('shows its caption and its credit', () => {
		const $ = readPage(dist, HERO);
		expect($('figure.figure-hero .figure-caption').text()).toBe(
			'Quang cảnh hội nghị tuyên dương điển hình tiên tiến.',
		);
		expect($('figure.figure-hero .figure-credit').text()).toBe('Ảnh: Việt Thắng');
	});

	it('ships only the resized copies, never the original file', () => {
		const copies = listFiles(join(dist, '_astro')).filter((f) => f.startsWith('anh-dai-dien.'));
		// Vite names the original name.<8-char hash>.jpg; resized copies add _<transform hash>.
		expect(copies.filter((f) => /^anh-dai-dien\.[\w-]{8}\.jpg$/.test(f))).toEqual([]);
		// 4 widths × AVIF/WebP/JPEG for the page, plus the one JPEG the feeds carry as media:content.
		expect(copies.length).toBe(13);
	});
});

describe('photos in a Markdown body', () => {
	it('turns an image alone in its paragraph into a lazy figure captioned by its title', () => {
		const $ = readPage(dist, HERO);
		const figure = $('.prose figure.figure');
		expect(figure).toHaveLength(1);
		expectPicture($, figure.find('picture'), 'Hàng giấy khen trên bàn', false);
		expect(figure.find('img').attr('width')).toBe('800');
		expect(figure.find('.figure-caption').text()).toBe('Giấy khen trao cho các tập thể.');
	});

	it('keeps an image inside a sentence inline, at its own size', () => {
		const $ = readPage(dist, HERO);
		const picture = $('.prose p picture');
		expectPicture($, picture, 'Biểu tượng ngôi sao', false);
		const img = picture.find('img');
		expect([img.attr('width'), img.attr('height')]).toEqual(['200', '200']);
		expect(img.attr('sizes')).toBe('min(200px, calc(100vw - 2rem))');
		expect(picture.parent().text()).toContain('ngay trong dòng.');
	});

	it('leaves no unresolved image marker behind', () => {
		expect(readFileSync(join(dist, HERO, 'index.html'), 'utf8')).not.toContain('__ASTRO_IMAGE_');
	});
});

describe('the MDX components', () => {
	it('wraps a Markdown image in a Figure with caption and labelled credit', () => {
		const $ = readPage(dist, MDX);
		const first = $('.prose figure.figure').first();
		expectPicture($, first.find('picture'), 'Hội trường với các hàng ghế', false);
		expect(first.find('.figure-caption').text()).toBe('Hội trường trước giờ khai mạc.');
		expect(first.find('.figure-credit').text()).toBe('Ảnh: Dương Thị Lan');
	});

	it('takes an imported photo, and prints “Ảnh minh họa” without a second label', () => {
		const $ = readPage(dist, MDX);
		const second = $('.prose figure.figure').eq(1);
		expectPicture($, second.find('picture'), 'Hội trường nhìn từ bục phát biểu', false);
		expect(second.find('.figure-credit').text()).toBe('Ảnh minh họa');
	});

	it('renders the pull quote with who said it', () => {
		const $ = readPage(dist, MDX);
		expect($('.pull-quote blockquote').text().trim()).toBe('Mỗi cán bộ là một tấm gương sáng.');
		expect($('.pull-quote figcaption').text()).toBe('Đồng chí Chủ tịch UBND tỉnh Thử');
	});

	it('renders the fact box under “Con số”', () => {
		const $ = readPage(dist, MDX);
		expect($('.fact-box .fact-box-title').text()).toBe('Con số');
		expect(
			$('.fact-box li')
				.map((_, li) => $(li).text())
				.get(),
		).toEqual(['263 lớp bồi dưỡng', '33.555 lượt học viên']);
	});

	it('gives plain Markdown images in MDX a picture too', () => {
		const $ = readPage(dist, MDX);
		expectPicture($, $('.prose > p > picture').last(), 'Giấy khen', false);
	});
});

describe('an article without photos', () => {
	it('has no picture', () => {
		expect(readPage(dist, PLAIN)('picture')).toHaveLength(0);
	});
});

describe('share cards', () => {
	const og = ($: CheerioAPI, property: string): string | undefined =>
		$(`meta[property="${property}"]`).attr('content');

	it('points an article with a hero photo at its photo card', () => {
		const $ = readPage(dist, HERO);
		expect(og($, 'og:image')).toBe(`${SITE}/anh-chia-se/bai-viet/anh-dai-dien.jpg`);
		expect([og($, 'og:image:width'), og($, 'og:image:height')]).toEqual(['1200', '630']);
		expect(og($, 'og:image:alt')).toBe('Sân khấu hội nghị với ngôi sao vàng');
		expect(og($, 'og:image:type')).toBe('image/jpeg');
		expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
		expect($('meta[name="twitter:image"]').attr('content')).toBe(og($, 'og:image'));
	});

	it('points an article without a photo at its title card', () => {
		const $ = readPage(dist, PLAIN);
		expect(og($, 'og:image')).toBe(`${SITE}/anh-chia-se/bai-viet/khong-anh.png`);
		expect(og($, 'og:image:alt')).toBe(
			'Bài không có ảnh: “Kỷ cương, trách nhiệm, tận tụy” của Đảng bộ tỉnh',
		);
	});

	it('gives every other page the site’s default card', () => {
		for (const path of ['/', '/phong-trao/', '/phong-trao/anh-minh-hoa/']) {
			const $ = readPage(dist, path);
			expect(og($, 'og:image')).toBe(`${SITE}/anh-chia-se/mac-dinh.png`);
			expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
		}
	});

	it.each([
		['/anh-chia-se/bai-viet/anh-dai-dien.jpg', 'jpeg'],
		['/anh-chia-se/bai-viet/khong-anh.png', 'png'],
		['/anh-chia-se/bai-viet/thang-tam.png', 'png'],
		['/anh-chia-se/mac-dinh.png', 'png'],
	])('writes %s as a 1200×630 image that decodes', async (path, format) => {
		expect(exists(dist, path)).toBe(true);
		const { data, info } = await sharp(join(dist, path))
			.raw()
			.toBuffer({ resolveWithObject: true });
		expect([info.width, info.height]).toEqual([1200, 630]);
		expect(data.length).toBe(1200 * 630 * info.channels);
		expect((await sharp(join(dist, path)).metadata()).format).toBe(format);
	});
});

describe('a second build with no photo changed', () => {
	const out = join(TMP, 'photos-rebuild/dist');
	afterAll(() => removeTmp(join(TMP, 'photos-rebuild')));

	it('re-encodes no image and redraws no card', async () => {
		// The fixture build (global setup) has filled this content tree's cache; build it again.
		const result = await buildSite(FIXTURE_CONTENT, out);
		expect(result.code, result.output).toBe(0);
		const encoded = result.output.split('\n').filter((line) => line.includes('(before:'));
		expect(encoded).toEqual([]);
		expect(result.output).toContain('(reused cache entry)');
		expect(result.output).not.toContain('[bantin] vẽ thẻ chia sẻ');
		expect(result.output).not.toContain('[bantin] kiểm tra ảnh');
		expect(exists(out, '/anh-chia-se/bai-viet/anh-dai-dien.jpg')).toBe(true);
	});
});

describe('a broken photo', () => {
	const ARTICLE = 'articles/2018/05/anh-dai-dien';
	const cases: [string, (dir: string) => void, string][] = [
		[
			'a hero photo that is not there',
			(dir) => {
				const file = join(dir, ARTICLE, 'index.md');
				const text = readFileSync(file, 'utf8').replace('./anh-dai-dien.jpg', './khong-co.jpg');
				writeFileSync(file, text);
			},
			'khong-co.jpg',
		],
		[
			'a body photo that is not an image',
			(dir) => writeFileSync(join(dir, ARTICLE, 'giay-khen.png'), 'đây không phải ảnh'),
			'giay-khen.png',
		],
		[
			'a hero photo cut off halfway',
			(dir) => truncateSync(join(dir, ARTICLE, 'anh-dai-dien.jpg'), 3000),
			'anh-dai-dien.jpg',
		],
		[
			'a hero photo without imageAlt',
			(dir) => {
				const file = join(dir, ARTICLE, 'index.md');
				writeFileSync(file, readFileSync(file, 'utf8').replace(/^imageAlt:.*\n/m, ''));
			},
			'imageAlt',
		],
	];

	it.each(cases)('fails the build naming the article: %s', async (_, breakIt, detail) => {
		const content = copyFixture('photos-bad');
		try {
			breakIt(content);
			const result = await buildSite(content, join(content, '../dist'));
			expect(result.code).not.toBe(0);
			expect(result.output).toContain('anh-dai-dien/index.md');
			expect(result.output).toContain(detail);
		} finally {
			removeTmp(join(content, '..'));
			rmSync(cacheDirOf(content), { recursive: true, force: true });
		}
	});
});
