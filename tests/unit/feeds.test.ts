import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import {
	absolutizeHtml,
	agencyFeed,
	alternateFeeds,
	archiveFeed,
	articleGuid,
	escapeXml,
	feedArticles,
	feedDirectory,
	feedItem,
	feedOptions,
	feedSources,
	lastBuildDate,
	movementFeed,
	parseSrcset,
	termFeedPages,
	toFeedLink,
	toRfc822,
	unsafeBylines,
	type FeedArticle,
} from '../../src/lib/feeds.ts';

const SITE = 'https://thu.example/';
const site = { title: 'Bản tin thử', description: 'Mô tả.', url: SITE };
const ARTICLE_URL = 'https://thu.example/bai-viet/bai-a/';

const campaign = {
	id: 'van-hoa-cong-so',
	data: { name: 'Văn hóa công sở & “kỷ cương”', shortName: 'VHCS' },
};
const agency = { id: 'dong-hai', data: { name: 'Huyện Đông Hải', shortName: 'Đông Hải' } };

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
	return {
		id: 'bai-a',
		title: 'Bài A',
		lead: 'Tóm tắt bài A.',
		date: { year: 2020, month: 8, day: 14 },
		authors: ['Việt Thắng'],
		categories: ['Văn hóa công sở', 'Huyện Đông Hải'],
		html: '<p>Nội dung.</p>',
		...overrides,
	};
}

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	isArray: (name) => ['item', 'dc:creator', 'category'].includes(name),
});

describe('toRfc822', () => {
	it('writes a full date as midnight with the +0700 offset', () => {
		expect(toRfc822({ year: 2019, month: 6, day: 14 })).toBe('Fri, 14 Jun 2019 00:00:00 +0700');
	});
	it('turns a month-precision date into the first of its month', () => {
		expect(toRfc822({ year: 2020, month: 8 })).toBe('Sat, 01 Aug 2020 00:00:00 +0700');
	});
	it('names the right weekday on both sides of a year boundary', () => {
		expect(toRfc822({ year: 2019, month: 12, day: 31 })).toBe('Tue, 31 Dec 2019 00:00:00 +0700');
		expect(toRfc822({ year: 2020, month: 1, day: 1 })).toBe('Wed, 01 Jan 2020 00:00:00 +0700');
	});
	it('handles 29 February of a leap year', () => {
		expect(toRfc822({ year: 2020, month: 2, day: 29 })).toBe('Sat, 29 Feb 2020 00:00:00 +0700');
	});
	it('agrees with the instant the date stands for', () => {
		const text = toRfc822({ year: 2021, month: 3, day: 8 });
		expect(new Date(text).toISOString()).toBe('2021-03-07T17:00:00.000Z');
	});
});

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(
			'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
		);
	});
	it('leaves emoji, curly quotes and Vietnamese text alone', () => {
		expect(escapeXml('🎉 “ngoặc” Đông Hải')).toBe('🎉 “ngoặc” Đông Hải');
	});
	it('returns an empty string for empty input', () => {
		expect(escapeXml('')).toBe('');
	});
});

describe('articleGuid', () => {
	it('is the absolute permanent URL of the article', () => {
		expect(articleGuid('bai-a', SITE)).toBe(ARTICLE_URL);
	});
	it('depends only on the id, never on title or body', () => {
		const before = feedItem(article(), SITE);
		const after = feedItem(article({ title: 'Tiêu đề đã sửa', html: '<p>Khác</p>' }), SITE);
		expect(after.link).toBe(before.link);
		expect(after.link).toBe(articleGuid('bai-a', SITE));
	});
});

describe('absolutizeHtml', () => {
	it('makes root-relative links absolute against the site', () => {
		expect(absolutizeHtml('<a href="/bai-viet/khac/">x</a>', ARTICLE_URL)).toBe(
			'<a href="https://thu.example/bai-viet/khac/">x</a>',
		);
	});
	it('resolves relative image paths against the article URL', () => {
		expect(absolutizeHtml('<img src="anh-1.jpg" alt="Ảnh">', ARTICLE_URL)).toBe(
			'<img src="https://thu.example/bai-viet/bai-a/anh-1.jpg" alt="Ảnh">',
		);
	});
	it('turns a bare fragment into a link to the article', () => {
		expect(absolutizeHtml('<a href="#muc-2">mục 2</a>', ARTICLE_URL)).toBe(
			'<a href="https://thu.example/bai-viet/bai-a/#muc-2">mục 2</a>',
		);
	});
	it('leaves absolute, protocol-relative and mailto addresses usable', () => {
		const html = absolutizeHtml(
			'<a href="https://khac.example/x?a=1&amp;b=2">a</a><img src="//cdn.example/a.png"><a href="mailto:tdkt@thu.example">m</a>',
			ARTICLE_URL,
		);
		expect(html).toContain('href="https://khac.example/x?a=1&amp;b=2"');
		expect(html).toContain('src="https://cdn.example/a.png"');
		expect(html).toContain('href="mailto:tdkt@thu.example"');
	});
	it('rewrites every srcset candidate and keeps its descriptor', () => {
		const html = absolutizeHtml(
			'<picture><source srcset="/_astro/a.400.webp 400w, /_astro/a.800.webp 800w" type="image/webp"><img src="/_astro/a.jpg" srcset="/_astro/a.jpg 1x,/_astro/a@2x.jpg 2x"></picture>',
			ARTICLE_URL,
		);
		expect(html).toContain(
			'srcset="https://thu.example/_astro/a.400.webp 400w, https://thu.example/_astro/a.800.webp 800w"',
		);
		expect(html).toContain('src="https://thu.example/_astro/a.jpg"');
		expect(html).toContain(
			'srcset="https://thu.example/_astro/a.jpg 1x, https://thu.example/_astro/a@2x.jpg 2x"',
		);
	});
	it('drops scripts, styles and javascript: links', () => {
		const html = absolutizeHtml(
			'<p>a</p><script>alert(1)</script><style>p{}</style><a href="javascript:alert(2)">b</a>',
			ARTICLE_URL,
		);
		expect(html).toBe('<p>a</p><a>b</a>');
	});
	it("strips Astro's scoped-style attributes", () => {
		expect(
			absolutizeHtml('<figure data-astro-cid-abc123 class="hinh">x</figure>', ARTICLE_URL),
		).toBe('<figure class="hinh">x</figure>');
	});
	it('keeps escaped markup in text inert', () => {
		expect(
			absolutizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “x”</p>', ARTICLE_URL),
		).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; “x”</p>');
	});
	it('normalises NFD text to NFC', () => {
		const nfd = '<p>Đông Hải</p>'.normalize('NFD');
		expect(absolutizeHtml(nfd, ARTICLE_URL)).toBe('<p>Đông Hải</p>'.normalize('NFC'));
	});
	it('returns an empty string for an empty body', () => {
		expect(absolutizeHtml('', ARTICLE_URL)).toBe('');
		expect(absolutizeHtml('  \n', ARTICLE_URL)).toBe('');
	});
});

describe('feedItem', () => {
	it('links to the article and uses the lead as description', () => {
		const item = feedItem(article(), SITE);
		expect(item.link).toBe(ARTICLE_URL);
		expect(item.title).toBe('Bài A');
		expect(item.description).toBe('Tóm tắt bài A.');
	});
	it('dates the item in RFC 822 with +0700 and lists every author as dc:creator', () => {
		const item = feedItem(article({ authors: ['Đặng Văn Dũng', 'A & <B>'] }), SITE);
		expect(item.customData).toBe(
			'<pubDate>Fri, 14 Aug 2020 00:00:00 +0700</pubDate><dc:creator>Đặng Văn Dũng</dc:creator><dc:creator>A &amp; &lt;B&gt;</dc:creator>',
		);
	});
	it('makes the body addresses absolute against the article URL', () => {
		const item = feedItem(article({ html: '<p><a href="../khac/">k</a></p>' }), SITE);
		expect(item.content).toBe('<p><a href="https://thu.example/bai-viet/khac/">k</a></p>');
	});
	it('adds the hero photo as media:content with an absolute URL and its alt text', () => {
		const item = feedItem(
			article({
				image: {
					url: '/_astro/anh.abc.jpg',
					type: 'image/jpeg',
					width: 1200,
					height: 800,
					alt: 'Lễ “tuyên dương” & trao thưởng',
				},
			}),
			SITE,
		);
		expect(item.customData).toContain(
			'<media:content url="https://thu.example/_astro/anh.abc.jpg" medium="image" type="image/jpeg" width="1200" height="800"><media:description type="plain">Lễ “tuyên dương” &amp; trao thưởng</media:description></media:content>',
		);
	});
	it('has no media element when the article has no hero photo', () => {
		expect(feedItem(article(), SITE).customData).not.toContain('media:');
	});
	it('lists a category name once even when a movement and an agency share it', () => {
		const item = feedItem(article({ categories: ['Dân vận', 'Dân vận', 'Huyện Đông Hải'] }), SITE);
		expect(item.categories).toEqual(['Dân vận', 'Huyện Đông Hải']);
	});
});

describe('lastBuildDate', () => {
	it('is the newest publication or update date among the items', () => {
		expect(
			lastBuildDate([
				{ date: { year: 2020, month: 8 } },
				{ date: { year: 2019, month: 6, day: 14 }, updated: { year: 2020, month: 9, day: 2 } },
			]),
		).toEqual({ year: 2020, month: 9, day: 2 });
	});
	it('treats a month-precision date as the first of its month', () => {
		expect(
			lastBuildDate([
				{ date: { year: 2020, month: 8 } },
				{ date: { year: 2020, month: 7, day: 31 } },
			]),
		).toEqual({
			year: 2020,
			month: 8,
		});
	});
	it('is undefined for a feed without items', () => {
		expect(lastBuildDate([])).toBeUndefined();
	});
});

describe('archiveFeed', () => {
	it('follows the home page and is served at /rss.xml', () => {
		const feed = archiveFeed(site);
		expect(feed).toMatchObject({
			kind: 'archive',
			title: 'Bản tin thử',
			pagePath: '/',
			feedPath: '/rss.xml',
		});
		expect(feed.description).toContain('Mô tả.');
	});
});

describe('movementFeed', () => {
	it('names the movement in its title and description', () => {
		const feed = movementFeed(campaign, site.title);
		expect(feed.title).toBe('Phong trào “Văn hóa công sở & “kỷ cương”” | Bản tin thử');
		expect(feed.description).toContain(campaign.data.name);
		expect(feed.feedPath).toBe('/phong-trao/van-hoa-cong-so/rss.xml');
		expect(feed.pagePath).toBe('/phong-trao/van-hoa-cong-so/');
		expect(feed.label).toBe('VHCS');
	});
});

describe('agencyFeed', () => {
	it('names the agency in its title and lives under /co-quan/', () => {
		const feed = agencyFeed(agency, site.title);
		expect(feed.title).toBe('Huyện Đông Hải | Bản tin thử');
		expect(feed.feedPath).toBe('/co-quan/dong-hai/rss.xml');
		expect(feed.pagePath).toBe('/co-quan/dong-hai/');
	});
});

describe('toFeedLink', () => {
	it('keeps the channel title and the feed path', () => {
		expect(toFeedLink(agencyFeed(agency, site.title))).toEqual({
			title: 'Huyện Đông Hải | Bản tin thử',
			href: '/co-quan/dong-hai/rss.xml',
		});
	});
});

describe('alternateFeeds', () => {
	it('always offers the whole-archive feed first, as an absolute URL', () => {
		expect(alternateFeeds([], site)).toEqual([
			{ title: 'Bản tin thử', href: 'https://thu.example/rss.xml' },
		]);
	});
	it("adds the page's own feeds and drops duplicates", () => {
		const own = toFeedLink(movementFeed(campaign, site.title));
		const links = alternateFeeds([own, own, { title: 'x', href: '/rss.xml' }], site);
		expect(links.map((l) => l.href)).toEqual([
			'https://thu.example/rss.xml',
			'https://thu.example/phong-trao/van-hoa-cong-so/rss.xml',
		]);
	});
});

describe('feedArticles', () => {
	const catalog = {
		articles: ['a', 'b', 'c'],
		byCampaign: new Map([['van-hoa-cong-so', ['a', 'c']]]),
		byAgency: new Map([['dong-hai', ['b']]]),
	};
	it('covers the whole archive for the archive feed', () => {
		expect(feedArticles(archiveFeed(site), catalog)).toEqual(['a', 'b', 'c']);
	});
	it("covers a movement's and an agency's own articles", () => {
		expect(feedArticles(movementFeed(campaign, site.title), catalog)).toEqual(['a', 'c']);
		expect(feedArticles(agencyFeed(agency, site.title), catalog)).toEqual(['b']);
	});
	it('is empty for a movement without articles', () => {
		const empty = { id: 'dan-van-kheo', data: { name: 'Dân vận khéo', shortName: 'Dân vận khéo' } };
		expect(feedArticles(movementFeed(empty, site.title), catalog)).toEqual([]);
	});
});

describe('feedSources and termFeedPages', () => {
	const catalog = buildCatalog(
		{
			articles: ['a', 'b', 'c'].map((id, i) => ({
				id,
				filePath: `articles/${id}.md`,
				body: bodyFacts(`Bài ${id}.`, { mdx: false }),
				data: {
					title: `Bài ${id}`,
					date: { year: 2020, month: 8, day: i + 1 },
					campaign: id === 'b' ? [] : ['van-hoa-cong-so'],
					agency: ['dong-hai'],
					author: ['Việt Thắng'],
					draft: false,
					aliases: [],
				},
			})),
			campaigns: [
				{
					id: campaign.id,
					filePath: 'campaigns/vhcs.yaml',
					data: { ...campaign.data, period: { from: 2019 }, basis: [], description: '' },
				},
			],
			agencies: [
				{ id: agency.id, filePath: 'a.yaml', data: { ...agency.data, kind: 'huyen-thanh-pho' } },
			],
		},
		{ includeUnpublished: false, today: { year: 2026, month: 1, day: 1 } },
	);
	const entries = new Map(['a', 'b', 'c'].map((id) => [id, `entry ${id}`]));

	it('takes the newest articles of a feed with their entries and named terms', () => {
		const sources = feedSources(archiveFeed(site), catalog, entries, 2);
		expect(sources.map((s) => [s.article.id, s.entry])).toEqual([
			['c', 'entry c'],
			['b', 'entry b'],
		]);
		expect(sources[0]?.categories).toEqual([campaign.data.name, agency.data.name]);
		expect(sources[1]?.categories).toEqual([agency.data.name]);
	});

	it('fails on an article without an entry', () => {
		expect(() => feedSources(archiveFeed(site), catalog, new Map(), 2)).toThrow(/bộ sưu tập/);
	});

	it("gives each movement's and agency's feed route its feed and items", () => {
		const settings = { title: site.title, feedSize: 10 };
		const [movement] = termFeedPages('movement', catalog, entries, settings);
		expect(movement?.params).toEqual({ id: campaign.id });
		expect(movement?.props.feed).toEqual(movementFeed(campaign, site.title));
		expect(movement?.props.items.map((s) => s.article.id)).toEqual(['c', 'a']);
		const [byAgency] = termFeedPages('agency', catalog, entries, settings);
		expect(byAgency?.props.feed.feedPath).toBe('/co-quan/dong-hai/rss.xml');
		expect(byAgency?.props.items).toHaveLength(3);
	});
});

describe('feedDirectory', () => {
	it('groups the feeds: whole archive, movements, agencies, in the given order', () => {
		const groups = feedDirectory({ site, campaigns: [campaign], agencies: [agency] });
		expect(groups.map((g) => [g.kind, g.label, g.feeds.length])).toEqual([
			['archive', 'Toàn bộ lưu trữ', 1],
			['movement', 'Phong trào thi đua', 1],
			['agency', 'Cơ quan, đơn vị', 1],
		]);
	});
	it('keeps empty groups so the page can say there is nothing to follow yet', () => {
		const groups = feedDirectory({ site, campaigns: [], agencies: [] });
		expect(groups[1]?.feeds).toEqual([]);
	});
});

describe('feedOptions', () => {
	const settings = { site: SITE, feedSize: 2, lang: 'vi' };
	const articles = [
		article({ id: 'cu', date: { year: 2019, month: 6, day: 14 } }),
		article({ id: 'moi', date: { year: 2021, month: 3, day: 8 } }),
		article({ id: 'giua', date: { year: 2020, month: 8 } }),
	];

	it('keeps the newest feedSize articles, newest first', () => {
		const options = feedOptions(movementFeed(campaign, site.title), articles, settings);
		expect((options.items as { link: string }[]).map((i) => i.link)).toEqual([
			articleGuid('moi', SITE),
			articleGuid('giua', SITE),
		]);
	});
	it('links the channel to its page and itself, in Vietnamese, dated by its newest item', async () => {
		const xml = await getRssString(
			feedOptions(movementFeed(campaign, site.title), articles, settings),
		);
		const channel = parser.parse(xml).rss.channel;
		expect(channel.link).toBe('https://thu.example/phong-trao/van-hoa-cong-so/');
		expect(channel.language).toBe('vi');
		expect(channel['atom:link']['@_href']).toBe(
			'https://thu.example/phong-trao/van-hoa-cong-so/rss.xml',
		);
		expect(channel['atom:link']['@_rel']).toBe('self');
		expect(channel.lastBuildDate).toBe('Mon, 08 Mar 2021 00:00:00 +0700');
		expect(xml).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
	});
	it('writes a valid channel without items or lastBuildDate for an empty feed', async () => {
		const xml = await getRssString(feedOptions(movementFeed(campaign, site.title), [], settings));
		const channel = parser.parse(xml).rss.channel;
		expect(channel.title).toBe(movementFeed(campaign, site.title).title);
		expect(channel.item).toBeUndefined();
		expect(channel.lastBuildDate).toBeUndefined();
	});
	it('needs unsafeBylines: @astrojs/rss turns a numeric byline into a number', async () => {
		const xml = await getRssString(
			feedOptions(archiveFeed(site), [article({ authors: ['007', 'Tổ 3'] })], settings),
		);
		expect(parser.parse(xml).rss.channel.item[0]['dc:creator']).toEqual(['7', 'Tổ 3']);
	});
	it('round-trips hostile text in titles, leads and bylines exactly', async () => {
		const hostile = article({
			title: 'Tiêu đề </script><script>alert("xss")</script> & “ngoặc” 🎉',
			lead: "Tóm tắt <b>đậm</b> & 'nháy'",
			authors: ['<img src=x onerror=alert(1)>'],
		});
		const xml = await getRssString(feedOptions(archiveFeed(site), [hostile], settings));
		expect(xml).not.toContain('<script>');
		expect(xml).not.toContain('<img');
		const item = parser.parse(xml).rss.channel.item[0];
		expect(item.title).toBe(hostile.title);
		// HTML-escaped once: a reader renders description as HTML and must show the text.
		expect(item.description).toBe('Tóm tắt &lt;b&gt;đậm&lt;/b&gt; &amp; &apos;nháy&apos;');
		expect(item['dc:creator']).toEqual(['<img src=x onerror=alert(1)>']);
		expect(item.guid['#text']).toBe(ARTICLE_URL);
		expect(item.guid['@_isPermaLink']).toBe('true');
	});
});

describe('unsafeBylines', () => {
	it('flags bylines that an XML number parser would turn into numbers', () => {
		expect(unsafeBylines(['007', '1e3', '0x1A', ' 42 ', '-3.5'])).toEqual([
			'007',
			'1e3',
			'0x1A',
			' 42 ',
			'-3.5',
		]);
	});
	it('accepts names, including ones with digits or hex-looking letters', () => {
		expect(unsafeBylines(['Việt Thắng', 'Ace', 'Tổ 3', 'Nhóm PV 2020', 'Đặng'])).toEqual([]);
	});
	it('returns nothing for no authors', () => {
		expect(unsafeBylines([])).toEqual([]);
	});
});

describe('parseSrcset', () => {
	it('splits candidates on commas and keeps width and density descriptors', () => {
		expect(parseSrcset('/a.webp 400w, /b.webp 800w')).toEqual([
			{ url: '/a.webp', descriptor: '400w' },
			{ url: '/b.webp', descriptor: '800w' },
		]);
	});
	it('accepts a comma without a following space', () => {
		expect(parseSrcset('/a.jpg 1x,/a@2x.jpg 2x').map((c) => c.url)).toEqual([
			'/a.jpg',
			'/a@2x.jpg',
		]);
	});
	it('keeps commas that are part of a URL', () => {
		expect(parseSrcset('/anh,1.jpg 1x, /anh,2.jpg 2x').map((c) => c.url)).toEqual([
			'/anh,1.jpg',
			'/anh,2.jpg',
		]);
	});
	it('reads a candidate without descriptor', () => {
		expect(parseSrcset('/a.jpg')).toEqual([{ url: '/a.jpg', descriptor: '' }]);
	});
	it('returns no candidates for an empty value', () => {
		expect(parseSrcset(' , ')).toEqual([]);
	});
});
