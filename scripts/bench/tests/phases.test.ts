import { describe, expect, it } from 'vitest';
import {
	cleanLine,
	isCardRoute,
	isFeedRoute,
	parseBuildLog,
	phaseOfLabel,
	type LogLine,
} from '../lib/phases.ts';

/** An Astro 7 build log, each line stamped at the given ms. */
const log = (entries: [number, string][]): LogLine[] => entries.map(([t, text]) => ({ t, text }));

const BASIC: [number, string][] = [
	[900, '05:09:21 [content] Syncing content'],
	[2900, '05:09:21 [content] Synced content'],
	[3000, '05:09:21 [build] ✓ Completed in 2.09s.'],
	[5000, '\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m'],
	[5100, '05:09:23   ├─ /bai-viet/thi-dua/index.html (+17ms) '],
	[5200, '05:09:23   ├─ /rss.xml (+300ms) '],
	[5600, '05:09:23   └─ /phong-trao/van-hoa-cong-so/rss.xml (+1.5s) '],
	[9000, '05:09:23 ✓ Completed in 4.0s.'],
	[9100, '05:09:23 [build] ✓ Completed in 6.1s.'],
	[9400, '05:09:23 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
	[9500, '05:09:23 [build] 16 page(s) built in 9.5s'],
	[9510, '05:09:23 [build] Complete!'],
];

describe('cleanLine', () => {
	it('removes colours and the clock Astro prints before each line', () => {
		expect(cleanLine('\u001b[2m05:09:23\u001b[22m \u001b[34m[build]\u001b[39m Complete!')).toBe(
			'[build] Complete!',
		);
	});
});

describe('isFeedRoute', () => {
	it('recognises site, movement and agency feeds and the OPML list', () => {
		expect(isFeedRoute('/rss.xml')).toBe(true);
		expect(isFeedRoute('/phong-trao/van-hoa-cong-so/rss.xml')).toBe(true);
		expect(isFeedRoute('/theo-doi/opml.xml')).toBe(true);
	});

	it('leaves pages, the sitemap and robots.txt alone', () => {
		expect(isFeedRoute('/bai-viet/rss-la-gi/index.html')).toBe(false);
		expect(isFeedRoute('/sitemap-0.xml')).toBe(false);
		expect(isFeedRoute('/robots.txt')).toBe(false);
	});
});

describe('phaseOfLabel', () => {
	it('maps integration names to the phase they work on', () => {
		expect(phaseOfLabel('bantin-pagefind')).toBe('search');
		expect(phaseOfLabel('@astrojs/sitemap')).toBe('sitemap');
		expect(phaseOfLabel('bantin-feeds')).toBe('feeds');
		expect(phaseOfLabel('build')).toBe('other');
	});
});

describe('parseBuildLog', () => {
	it('splits a build into content sync, bundling, rendering and the sitemap', () => {
		const { phases, pageCount } = parseBuildLog(log(BASIC), 9600);
		const wall = Object.fromEntries(phases.map((p) => [p.name, p.wall]));
		expect(pageCount).toBe(16);
		expect(wall['startup']).toBe(900);
		expect(wall['content']).toBe(2000);
		expect(wall['bundle']).toBe(2100);
		expect(wall['sitemap']).toBe(300);
		expect(phases.some((p) => p.name === 'search')).toBe(false);
		expect(phases.some((p) => p.name === 'images')).toBe(false);
	});

	it('moves the time of feed routes from page rendering to feeds', () => {
		const { phases, routes } = parseBuildLog(log(BASIC), 9600);
		expect(routes).toHaveLength(3);
		// From the line before the first feed (5100) to the last feed (5600).
		expect(phases.find((p) => p.name === 'feeds')?.wall).toBe(500);
		expect(phases.find((p) => p.name === 'pages')?.wall).toBe(4000 - 500);
	});

	it('moves the stretch of share cards from page rendering to images', () => {
		const lines: [number, string][] = [
			...BASIC.slice(0, 4),
			[5300, '05:09:23   ├─ /anh-chia-se/bai-viet/mot.png (+300ms) '],
			[5350, '05:09:23   ├─ /anh-chia-se/bai-viet/hai.png (+290ms) '],
			[5700, '05:09:23   ├─ /anh-chia-se/mac-dinh.png (+280ms) '],
			...BASIC.slice(4),
		];
		const { phases } = parseBuildLog(log(lines), 9600);
		const wall = Object.fromEntries(phases.map((p) => [p.name, p.wall]));
		// From the start of rendering to the last card, not the sum of the cards' own times.
		expect(wall['images']).toBe(700);
		expect(wall['pages']).toBe(4000 - 500 - 700);
		expect(isCardRoute('/anh-chia-se/bai-viet/mot.png')).toBe(true);
		expect(isCardRoute('/bai-viet/anh-chia-se/')).toBe(false);
	});

	it("gives the wait Astro reports for a slow hook to that hook's integration", () => {
		const lines: [number, string][] = [
			...BASIC.slice(0, 10),
			[
				12_400,
				'05:09:26 [build] Waiting for integration "bantin-pagefind", hook "astro:build:done"...',
			],
			[15_000, '05:09:29 [bantin-pagefind] Indexed 1 of 18 pages'],
			...BASIC.slice(10).map(([t, text]): [number, string] => [t + 6000, text]),
		];
		const { phases } = parseBuildLog(log(lines), 15_600);
		const wall = Object.fromEntries(phases.map((p) => [p.name, p.wall]));
		expect(wall['search']).toBe(15_000 - 9400);
		expect(wall['other']).toBe(100 + 500 + 100);
	});

	it('reads every route of a line where concurrent routes are glued together', () => {
		const lines: [number, string][] = [
			...BASIC.slice(0, 4),
			[
				5400,
				'05:09:23   ├─ /404.html05:09:23   ├─ /anh-chia-se/bai-viet/mot.png05:09:23   ├─ /anh-chia-se/bai-viet/hai.png (+295ms) ',
			],
			...BASIC.slice(4),
		];
		const { routes } = parseBuildLog(log(lines), 9600);
		expect(routes.slice(0, 3)).toEqual([
			{ path: '/404.html', ms: 0, t: 5400 },
			{ path: '/anh-chia-se/bai-viet/mot.png', ms: 0, t: 5400 },
			{ path: '/anh-chia-se/bai-viet/hai.png', ms: 295, t: 5400 },
		]);
	});

	it('reports feeds as absent when no feed route was built', () => {
		const lines = BASIC.filter(([, text]) => !text.includes('rss.xml'));
		expect(parseBuildLog(log(lines), 9600).phases.some((p) => p.name === 'feeds')).toBe(false);
	});

	it('picks up image generation and a search index built in astro:build:done', () => {
		const lines: [number, string][] = [
			...BASIC.slice(0, 8),
			[9050, ' generating optimized images '],
			[9060, '  ▶ /_astro/anh-1.Ab12.webp (before: 80kB, after: 20kB) (+20ms)'],
			[12000, '✓ Completed in 2.9s.'],
			[12100, '[build] ✓ Completed in 9.1s.'],
			[12400, '[@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
			[12500, '[bantin-pagefind] Building search index'],
			[20500, '[bantin-pagefind] Indexed 10000 pages'],
			[20600, '[build] 10042 page(s) built in 20.6s'],
		];
		const { phases, pageCount } = parseBuildLog(log(lines), 20700);
		const wall = Object.fromEntries(phases.map((p) => [p.name, p.wall]));
		expect(wall['images']).toBe(2950);
		expect(wall['search']).toBe(8100);
		expect(wall['sitemap']).toBe(300);
		expect(pageCount).toBe(10042);
	});

	it('gives every millisecond to exactly one windowed phase', () => {
		const { phases } = parseBuildLog(log(BASIC), 9600);
		const covered = phases.flatMap((p) => p.windows).reduce((n, [a, b]) => n + (b - a), 0);
		expect(covered).toBe(9600);
	});

	it('returns only startup and other for a log it does not recognise', () => {
		const { phases, pageCount } = parseBuildLog(log([[10, 'hello']]), 50);
		expect(phases.map((p) => p.name)).toEqual(['startup']);
		expect(pageCount).toBeUndefined();
	});
});
