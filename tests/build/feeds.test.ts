/**
 * The feeds of a built site, read back with an independent XML parser (fast-xml-parser) and
 * checked against the RSS 2.0 rules and against the rest of the build (pages, counts, OPML).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, removeTmp } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { exists, listFiles, readPage } from '../helpers/dist.ts';
import { serveDist } from '../helpers/serve.ts';

const dist = inject('fixtureDist');
const SITE = 'https://thu.example';
const FEED_SIZE = 3;
const RFC822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;

interface Item {
	title: string;
	link: string;
	guid: { '#text': string; '@_isPermaLink': string };
	description: string;
	pubDate: string;
	'content:encoded': string;
	'dc:creator': string[];
	category: string[];
}
interface Channel {
	title: string;
	link: string;
	description: string;
	language: string;
	lastBuildDate?: string;
	'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
	item?: Item[];
}

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	trimValues: false,
	isArray: (name) => ['item', 'category', 'dc:creator', 'outline'].includes(name),
});

function feedPaths(root: string): string[] {
	return listFiles(root)
		.filter((f) => f === 'rss.xml' || f.endsWith('/rss.xml'))
		.map((f) => `/${f}`);
}

function readFeed(root: string, path: string): { xml: string; channel: Channel } {
	const xml = readFileSync(join(root, path), 'utf8');
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`${path} is not well-formed XML: ${JSON.stringify(valid)}`);
	const doc = parser.parse(xml) as { rss: { '@_version': string; channel: Channel } };
	expect(doc.rss['@_version']).toBe('2.0');
	return { xml, channel: doc.rss.channel };
}

/** The "{n} bài viết" count a listing page shows. */
function listedCount(root: string, path: string): number {
	const text = readPage(root, path)('.page-header .count').first().text();
	const n = Number(/\d+/.exec(text)?.[0]);
	if (Number.isNaN(n)) throw new Error(`${path} shows no article count`);
	return n;
}

const publishedArticles = (root: string): string[] =>
	listFiles(root)
		.filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f))
		.map((f) => f.split('/')[1] ?? '');

describe('every feed of the fixture build', () => {
	const paths = feedPaths(dist);

	it('exists for the whole archive, every movement and every agency', () => {
		const movements = readPage(
			dist,
			'/phong-trao/',
		)('main a[href^="/phong-trao/"]')
			.map((_, a) => a.attribs['href'])
			.get()
			.filter((href) => /^\/phong-trao\/[^/]+\/$/.test(href));
		expect(movements.length).toBeGreaterThan(0);
		for (const page of movements) expect(paths).toContain(`${page}rss.xml`);
		expect(paths).toContain('/rss.xml');
		expect(paths).toContain('/co-quan/dong-hai/rss.xml');
		expect(paths).toContain('/phong-trao/dan-van-kheo/rss.xml');
	});

	it.each(feedPaths(dist))('%s follows the RSS 2.0 rules', (path) => {
		const { xml, channel } = readFeed(dist, path);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(xml).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
		expect(channel.title.trim()).not.toBe('');
		expect(channel.description.trim()).not.toBe('');
		expect(channel.link).toBe(`${SITE}${path.replace(/rss\.xml$/, '')}`);
		expect(exists(dist, path.replace(/rss\.xml$/, ''))).toBe(true);
		expect(channel.language).toBe('vi');
		expect(channel['atom:link']).toMatchObject({
			'@_href': `${SITE}${path}`,
			'@_rel': 'self',
			'@_type': 'application/rss+xml',
		});
		const items = channel.item ?? [];
		for (const item of items) {
			expect(item.title.trim()).not.toBe('');
			expect(item.link).toMatch(/^https:\/\/thu\.example\/bai-viet\/[a-z0-9-]+\/$/);
			expect(exists(dist, item.link.slice(SITE.length))).toBe(true);
			expect(item.guid['#text']).toBe(item.link);
			expect(item.guid['@_isPermaLink']).toBe('true');
			expect(item.pubDate).toMatch(RFC822);
			expect(item.description.trim()).not.toBe('');
			expect(item['content:encoded'].trim()).not.toBe('');
			expect(item['dc:creator'].length).toBeGreaterThan(0);
			expect(item.category.length).toBeGreaterThan(0);
		}
		const times = items.map((i) => Date.parse(i.pubDate));
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
		if (items.length) {
			expect(channel.lastBuildDate).toMatch(RFC822);
			expect(Date.parse(channel.lastBuildDate ?? '')).toBeGreaterThanOrEqual(times[0] ?? 0);
		} else {
			expect(channel.lastBuildDate).toBeUndefined();
		}
	});

	it('holds the newest feedSize articles of the whole archive', () => {
		const { channel } = readFeed(dist, '/rss.xml');
		const total = publishedArticles(dist).length;
		expect(total).toBeGreaterThan(FEED_SIZE);
		expect(channel.item).toHaveLength(FEED_SIZE);
		const newest = readPage(
			dist,
			'/',
		)('main .card-title a')
			.map((_, a) => a.attribs['href'])
			.get()
			.filter((href) => href.startsWith('/bai-viet/'))
			.slice(0, FEED_SIZE);
		expect(channel.item?.map((i) => i.link.slice(SITE.length))).toEqual(newest);
	});

	it.each(feedPaths(dist).filter((p) => p !== '/rss.xml'))(
		'%s has as many items as its page lists articles (up to feedSize), all about it',
		(path) => {
			const page = path.replace(/rss\.xml$/, '');
			const { channel } = readFeed(dist, path);
			const items = channel.item ?? [];
			expect(items.length).toBe(Math.min(listedCount(dist, page), FEED_SIZE));
			const name = readPage(dist, page)('h1').first().text();
			expect(channel.title).toContain(name);
			for (const item of items) expect(item.category).toContain(name);
		},
	);

	it('gives a movement without articles a valid, empty feed', () => {
		expect(listedCount(dist, '/phong-trao/dan-van-kheo/')).toBe(0);
		const { channel } = readFeed(dist, '/phong-trao/dan-van-kheo/rss.xml');
		expect(channel.item).toBeUndefined();
		expect(channel.title).toContain('Dân vận khéo');
	});

	it('carries the full body with absolute link and image addresses', () => {
		for (const path of paths) {
			for (const item of readFeed(dist, path).channel.item ?? []) {
				const $ = load(item['content:encoded']);
				expect($('script, style').length).toBe(0);
				$('[href], [src]').each((_, el) => {
					const url = el.attribs['href'] ?? el.attribs['src'] ?? '';
					expect(url).toMatch(/^(https?:|mailto:|tel:)/);
				});
			}
		}
		const mdx = readFeed(dist, '/phong-trao/vi-an-ninh-to-quoc/rss.xml').channel.item?.find((i) =>
			i.link.endsWith('/quyet-dinh-733/'),
		);
		// The MDX expression is evaluated, and its relative link made absolute.
		expect(mdx?.['content:encoded']).toContain('263 lớp bồi dưỡng');
		expect(load(mdx?.['content:encoded'] ?? '')('a').attr('href')).toBe(
			`${SITE}/bai-viet/thang-tam/`,
		);
		expect(mdx?.['dc:creator']).toEqual(['Đặng Văn Dũng', 'Dương Thị Lan']);
	});

	it('escapes the HTML and script payloads of titles, leads and bylines, which stay inert text', () => {
		const { xml, channel } = readFeed(dist, '/rss.xml');
		expect(xml).not.toMatch(/<script|<img|<b>/i);
		const item = channel.item?.find((i) => i.link.endsWith('/ky-tu-dac-biet/'));
		expect(item?.title).toBe(
			'Tiêu đề có </script><script>alert("xss")</script> & “ngoặc” <b>đậm</b> 🎉',
		);
		// <description> is HTML to a feed reader: the plain-text lead arrives HTML-escaped, so the
		// reader shows it literally instead of running it.
		expect(item?.description).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
		expect(load(`<p>${item?.description ?? ''}</p>`)('p').text()).toBe(
			'Tóm tắt có <script>alert(2)</script> & ký tự đặc biệt "trích dẫn".',
		);
		expect(item?.['dc:creator']).toEqual(['<img src=x onerror=alert(1)>']);
	});

	it('writes text typed in NFD as NFC', () => {
		const item = readFeed(dist, '/co-quan/dong-hai/rss.xml').channel.item?.[0];
		expect(item?.title).toBe('Xây dựng đội ngũ cán bộ “kỷ cương” ở Đông Hải'.normalize('NFC'));
		expect(item?.['content:encoded']).toBe(item?.['content:encoded'].normalize('NFC'));
		expect(item?.['content:encoded']).toContain('Đông Hải'.normalize('NFC'));
	});

	it('dates a month-precision article on the first of its month', () => {
		const item = readFeed(dist, '/co-quan/so-noi-vu/rss.xml').channel.item?.find((i) =>
			i.link.endsWith('/thang-tam/'),
		);
		expect(item?.pubDate).toBe('Sat, 01 Aug 2020 00:00:00 +0700');
	});
});

describe('feed autodiscovery and the /theo-doi/ page', () => {
	const alternates = (path: string): string[] =>
		readPage(
			dist,
			path,
		)('link[rel="alternate"][type="application/rss+xml"]')
			.map((_, el) => el.attribs['href'])
			.get();

	it('announces the whole-archive feed on every page', () => {
		const pages = listFiles(dist).filter((f) => f.endsWith('index.html') || f === '404.html');
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const $ = load(readFileSync(join(dist, page), 'utf8'));
			const hrefs = $('link[rel="alternate"][type="application/rss+xml"]')
				.map((_, el) => el.attribs['href'])
				.get();
			expect(hrefs[0], page).toBe(`${SITE}/rss.xml`);
		}
	});

	it("announces and links a movement's and an agency's own feed on its page", () => {
		expect(alternates('/phong-trao/van-hoa-cong-so/')).toEqual([
			`${SITE}/rss.xml`,
			`${SITE}/phong-trao/van-hoa-cong-so/rss.xml`,
		]);
		expect(alternates('/co-quan/cong-an-tinh/')).toContain(`${SITE}/co-quan/cong-an-tinh/rss.xml`);
		const $ = readPage(dist, '/co-quan/cong-an-tinh/');
		expect($('.feed-link a').attr('href')).toBe('/co-quan/cong-an-tinh/rss.xml');
	});

	it("announces an article's movement feeds on the article", () => {
		expect(alternates('/bai-viet/quyet-dinh-733/')).toEqual([
			`${SITE}/rss.xml`,
			`${SITE}/phong-trao/van-hoa-cong-so/rss.xml`,
			`${SITE}/phong-trao/vi-an-ninh-to-quoc/rss.xml`,
		]);
	});

	it('links /theo-doi/ from the header and the footer', () => {
		const $ = readPage(dist, '/');
		expect($('header nav a[href="/theo-doi/"]').text()).toBe('Theo dõi');
		expect($('footer a[href="/theo-doi/"]').length).toBe(1);
	});

	it('lists every feed on /theo-doi/ with a copyable URL, grouped', () => {
		const $ = readPage(dist, '/theo-doi/');
		expect(
			$('main h2')
				.map((_, h) => $(h).text())
				.get(),
		).toEqual(['Toàn bộ lưu trữ', 'Phong trào thi đua', 'Cơ quan, đơn vị']);
		const urls = $('main input[readonly]')
			.map((_, el) => el.attribs['value'])
			.get();
		expect(urls.sort()).toEqual(
			feedPaths(dist)
				.map((p) => `${SITE}${p}`)
				.sort(),
		);
		expect($('a[href="/theo-doi/opml.xml"]').length).toBe(1);
	});

	it('offers an OPML file listing exactly the feeds in dist', () => {
		const xml = readFileSync(join(dist, 'theo-doi/opml.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const doc = parser.parse(xml) as {
			opml: { '@_version': string; body: { outline: { outline: Record<string, string>[] }[] } };
		};
		expect(doc.opml['@_version']).toBe('2.0');
		const feeds = doc.opml.body.outline.flatMap((group) => group.outline);
		expect(feeds.map((f) => f['@_xmlUrl']).sort()).toEqual(
			feedPaths(dist)
				.map((p) => `${SITE}${p}`)
				.sort(),
		);
		for (const feed of feeds) {
			expect(feed['@_type']).toBe('rss');
			expect(feed['@_text']?.trim()).not.toBe('');
			expect(exists(dist, (feed['@_htmlUrl'] ?? '').slice(SITE.length))).toBe(true);
		}
	});

	it('shows a feed as a readable Vietnamese page in a browser, payloads inert', async () => {
		const server = await serveDist(dist);
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const response = await page.goto(`${server.url}/rss.xml`);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1').textContent()).resolves.toBe('Bản tin thử nghiệm');
			await expect(page.locator('.note strong').textContent()).resolves.toBe(
				'Đây là nguồn tin RSS',
			);
			await expect(page.locator('#dia-chi').inputValue()).resolves.toBe(`${SITE}/rss.xml`);
			await expect(page.locator('main li').count()).resolves.toBe(FEED_SIZE);
			await expect(page.locator('main li h3').first().textContent()).resolves.toContain(
				'<script>alert("xss")</script>',
			);
			await expect(page.locator('main li .meta').last().textContent()).resolves.toContain(
				'1 tháng 8, 2020',
			);
			const empty = await page.goto(`${server.url}/phong-trao/dan-van-kheo/rss.xml`);
			expect(empty?.status()).toBe(200);
			await expect(page.locator('main').textContent()).resolves.toContain('Chưa có bài viết.');
			expect(dialogs).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});

describe('feeds across edits (a copy of the fixture, built twice)', () => {
	let content: string;
	let before: string;
	let after: string;

	beforeAll(async () => {
		content = copyFixture('feeds');
		const root = dirname(content);
		// A larger feed, so that adding one article must add exactly one item to /rss.xml.
		const siteYaml = join(content, 'site.yaml');
		writeFileSync(
			siteYaml,
			readFileSync(siteYaml, 'utf8').replace(/feedSize: \d+/, 'feedSize: 30'),
		);
		const first = await buildSite(content, join(root, 'dist-before'));
		if (first.code !== 0) throw new Error(first.output);
		before = first.outDir;

		const edited = join(content, 'articles/2019/12/cuoi-nam.md');
		writeFileSync(
			edited,
			readFileSync(edited, 'utf8')
				.replace(
					'title: Tổng kết phong trào cuối năm 2019',
					'title: Tổng kết phong trào năm 2019 (đã sửa)',
				)
				.replace('năm 2019.', 'năm 2019, có bổ sung số liệu.'),
		);
		const folder = join(content, 'articles/2021/04/bai-moi');
		mkdirSync(folder, { recursive: true });
		await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a4161a' } })
			.jpeg()
			.toFile(join(folder, 'anh-1.jpg'));
		writeFileSync(
			join(folder, 'Note.astro'),
			'---\nconst { label } = Astro.props;\n---\n<aside class="ghi-chu"><strong>{label}</strong> <slot /></aside>\n<style>.ghi-chu { border: 1px solid; }</style>\n',
		);
		writeFileSync(
			join(folder, 'index.mdx'),
			[
				'---',
				'title: Bài mới về Dân vận khéo',
				'date: 2021-04-02',
				'campaign: dan-van-kheo',
				'agency: dong-hai',
				'author: Việt Thắng',
				'image: ./anh-1.jpg',
				'imageAlt: Hội nghị “Dân vận khéo” & trao thưởng',
				'---',
				'',
				"import Note from './Note.astro';",
				'',
				'Đoạn đầu của bài mới.',
				'',
				'![Ảnh hội nghị](./anh-1.jpg)',
				'',
				'<Note label="Ghi chú">Thành phần MDX trong nguồn tin.</Note>',
				'',
				'Xem [bài tổng kết](../cuoi-nam/) và [mục sau](#muc-sau).',
				'',
			].join('\n'),
		);
		const second = await buildSite(content, join(root, 'dist-after'));
		if (second.code !== 0) throw new Error(second.output);
		after = second.outDir;
	});

	afterAll(() => {
		if (content) removeTmp(dirname(content));
	});

	const items = (root: string, path: string): Item[] => readFeed(root, path).channel.item ?? [];

	it('keeps the guid of an article whose title and body were edited', () => {
		const old = items(before, '/phong-trao/vi-an-ninh-to-quoc/rss.xml').find((i) =>
			i.link.endsWith('/cuoi-nam/'),
		);
		const edited = items(after, '/phong-trao/vi-an-ninh-to-quoc/rss.xml').find((i) =>
			i.link.endsWith('/cuoi-nam/'),
		);
		expect(edited?.title).toBe('Tổng kết phong trào năm 2019 (đã sửa)');
		expect(edited?.['content:encoded']).toContain('có bổ sung số liệu');
		expect(old?.title).not.toBe(edited?.title);
		expect(edited?.guid['#text']).toBe(old?.guid['#text']);
		expect(edited?.guid['#text']).toBe(`${SITE}/bai-viet/cuoi-nam/`);
	});

	it("adds exactly one item to the movement's feed and to the whole-archive feed", () => {
		const guids = (root: string, path: string) => items(root, path).map((i) => i.guid['#text']);
		const added = `${SITE}/bai-viet/bai-moi/`;
		expect(guids(before, '/phong-trao/dan-van-kheo/rss.xml')).toEqual([]);
		expect(guids(after, '/phong-trao/dan-van-kheo/rss.xml')).toEqual([added]);
		expect(guids(after, '/rss.xml')).toEqual([added, ...guids(before, '/rss.xml')]);
		expect(guids(after, '/co-quan/dong-hai/rss.xml')).toEqual([
			added,
			...guids(before, '/co-quan/dong-hai/rss.xml'),
		]);
		expect(guids(after, '/phong-trao/van-hoa-cong-so/rss.xml')).toEqual(
			guids(before, '/phong-trao/van-hoa-cong-so/rss.xml'),
		);
	});

	it('renders the MDX body with its component and absolute image and link addresses', () => {
		const item = items(after, '/phong-trao/dan-van-kheo/rss.xml')[0];
		const $ = load(item?.['content:encoded'] ?? '');
		expect($('aside.ghi-chu strong').text()).toBe('Ghi chú');
		expect($('aside').text()).toContain('Thành phần MDX trong nguồn tin.');
		expect($('[data-astro-cid], style, script').length).toBe(0);
		const src = $('img').attr('src') ?? '';
		expect(src).toMatch(/^https:\/\/thu\.example\/_astro\/anh-1\.[\w-]+\.(jpg|webp)$/);
		expect(exists(after, new URL(src).pathname)).toBe(true);
		expect($('img').attr('alt')).toBe('Ảnh hội nghị');
		expect(
			$('a')
				.map((_, a) => a.attribs['href'])
				.get(),
		).toEqual([`${SITE}/bai-viet/cuoi-nam/`, `${SITE}/bai-viet/bai-moi/#muc-sau`]);
	});

	it('never lists drafts or articles dated in the future, even with room to spare', () => {
		const links = items(after, '/rss.xml').map((i) => i.link);
		expect(links.length).toBe(publishedArticles(after).length);
		expect(links.some((l) => /ban-nhap|tuong-lai/.test(l))).toBe(false);
	});

	it('carries the hero photo as media:content pointing at a JPEG in dist', () => {
		const xml = readFileSync(join(after, 'phong-trao/dan-van-kheo/rss.xml'), 'utf8');
		const item = (
			parser.parse(xml) as {
				rss: { channel: { item: Record<string, Record<string, unknown>>[] } };
			}
		).rss.channel.item[0];
		const media = item?.['media:content'];
		expect(media?.['@_medium']).toBe('image');
		expect(media?.['@_type']).toBe('image/jpeg');
		const url = String(media?.['@_url']);
		expect(url).toMatch(/^https:\/\/thu\.example\/_astro\/.+\.jpe?g$/);
		expect(exists(after, new URL(url).pathname)).toBe(true);
		expect(media?.['media:description']).toMatchObject({
			'#text': 'Hội nghị “Dân vận khéo” & trao thưởng',
		});
	});

	it('writes the same bytes for feeds whose articles did not change', () => {
		const path = '/phong-trao/van-hoa-cong-so/rss.xml';
		expect(readFileSync(join(after, path), 'utf8')).toBe(readFileSync(join(before, path), 'utf8'));
	});
});

describe('a byline that a feed would corrupt', () => {
	it('fails the build, naming the file, the field and a fix', async () => {
		const content = copyFixture('feeds-byline');
		try {
			const file = join(content, 'articles/2020/01/nam-moi.md');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace('author: Đặng Văn Dũng', "author: '007'"),
			);
			const result = await buildSite(content, join(dirname(content), 'dist'));
			expect(result.code).not.toBe(0);
			expect(result.output).toContain('nam-moi.md');
			expect(result.output).toContain('trường: author');
			expect(result.output).toContain('giá trị: 007');
		} finally {
			removeTmp(dirname(content));
		}
	});
});
