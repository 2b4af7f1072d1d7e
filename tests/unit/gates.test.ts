/**
 * The quality gates' own checkers (tests/helpers/gates.ts, site-pages.ts), on tiny hand-made
 * sites: a gate that cannot fail protects nothing, so each check is shown failing here with the
 * page and the reason in its message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	fontFaces,
	fontProblems,
	imageProblems,
	linkProblems,
	pageWeight,
	parseUnicodeRange,
	scriptProblems,
	xmlProblems,
} from '../helpers/gates.ts';
import { pagePath, pageTypeOf, representatives } from '../helpers/site-pages.ts';

const dirs: string[] = [];
function site(files: Record<string, string>): string {
	const dist = mkdtempSync(join(tmpdir(), 'bantin-gates-'));
	dirs.push(dist);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string, head = ''): string =>
	`<!DOCTYPE html><html lang="vi"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('pagePath', () => {
	it('serves a directory index at its folder with a trailing slash', () => {
		expect(pagePath('bai-viet/mot/index.html')).toBe('/bai-viet/mot/');
		expect(pagePath('index.html')).toBe('/');
	});

	it('keeps other HTML files as they are', () => {
		expect(pagePath('404.html')).toBe('/404.html');
	});
});

describe('pageTypeOf', () => {
	it('recognises the archive page types by URL', () => {
		expect(pageTypeOf('/')).toBe('home');
		expect(pageTypeOf('/bai-viet/ky-tu-dac-biet/')).toBe('article');
		expect(pageTypeOf('/phong-trao/van-hoa-cong-so/')).toBe('movement');
		expect(pageTypeOf('/phong-trao/van-hoa-cong-so/2/')).toBe('movement-page-2');
		expect(pageTypeOf('/luu-tru/2020/08/')).toBe('month');
		expect(pageTypeOf('/tim-kiem/')).toBe('search');
		expect(pageTypeOf('/404.html')).toBe('404');
	});

	it('names an unknown page after its first path segment, so new pages are still covered', () => {
		expect(pageTypeOf('/anh/bo-suu-tap/')).toBe('other:anh');
	});
});

describe('representatives', () => {
	it('picks one page per type, preferring a movement that has a page 2, and that page 2', () => {
		const reps = representatives([
			'/',
			'/phong-trao/',
			'/phong-trao/a/',
			'/phong-trao/b/',
			'/phong-trao/b/2/',
			'/phong-trao/c/',
			'/phong-trao/c/2/',
		]);
		expect(reps).toEqual([
			{ type: 'home', path: '/' },
			{ type: 'movements', path: '/phong-trao/' },
			{ type: 'movement-page-2', path: '/phong-trao/b/2/' },
			{ type: 'movement', path: '/phong-trao/b/' },
		]);
	});

	it('prefers the article with script payloads', () => {
		const reps = representatives(['/bai-viet/a/', '/bai-viet/ky-tu-dac-biet/']);
		expect(reps).toEqual([{ type: 'article', path: '/bai-viet/ky-tu-dac-biet/' }]);
	});

	it('gives nothing for an empty site', () => {
		expect(representatives([])).toEqual([]);
	});
});

describe('scriptProblems', () => {
	it('lets structured data through but names every script on the page', () => {
		const html = page(
			'<script>alert(1)</script><a href="javascript:void 0">x</a><p onclick="go()">y</p>',
			'<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script>',
		);
		expect(scriptProblems('/x/', html)).toEqual([
			'/x/: loads the script /a.js',
			'/x/: has an inline script "alert(1)"',
			'/x/: <a href="javascript:void 0"> is a javascript: URL',
			'/x/: <p onclick="go()"> is an inline event handler',
		]);
	});

	it('finds nothing in a page without scripts', () => {
		expect(scriptProblems('/x/', page('<p>Xin chào</p>'))).toEqual([]);
	});
});

describe('imageProblems', () => {
	it('names an image without width or height', () => {
		const html = page(
			'<img src="/a.jpg" alt="a" width="10"><img src="/b.jpg" alt="b" width="1" height="2">',
		);
		expect(imageProblems('/x/', html)).toEqual(['/x/: <img src="/a.jpg"> has no height']);
	});
});

describe('parseUnicodeRange', () => {
	it('reads single code points, intervals and wildcards', () => {
		expect(parseUnicodeRange('U+0000-00FF, U+0131,U+4??')).toEqual([
			[0, 255],
			[0x131, 0x131],
			[0x400, 0x4ff],
		]);
	});

	it('gives nothing for an empty range', () => {
		expect(parseUnicodeRange('')).toEqual([]);
	});
});

describe('fontFaces', () => {
	it('reads family, files and unicode-range of each @font-face', () => {
		const css =
			'@font-face{font-family:"Be Vietnam Pro";src:url("/f/a.woff2") format("woff2");unicode-range:U+0000-00FF;}';
		expect(fontFaces(css)).toEqual([
			{ family: 'Be Vietnam Pro', src: ['/f/a.woff2'], unicodeRange: 'U+0000-00FF' },
		]);
	});
});

describe('fontProblems', () => {
	const allowed = 'U+0000-00FF,U+1EA0-1EF9';
	it('accepts subset fonts, each preloaded once, and local() fallbacks', () => {
		const html = page(
			'',
			'<style>@font-face{font-family:a;src:url(/a.woff2);unicode-range:U+1EA0-1EF9}@font-face{font-family:b;src:local("Arial")}</style><link rel="preload" as="font" href="/a.woff2">',
		);
		expect(fontProblems('/x/', html, [], allowed)).toEqual([]);
	});

	it('names a font that is not subset, one beyond Vietnamese, and a double preload', () => {
		const css =
			'@font-face{font-family:a;src:url(/all.woff2)}@font-face{font-family:b;src:url(/cjk.woff2);unicode-range:U+4E00-9FFF}';
		const html = page(
			'',
			'<link rel="preload" as="font" href="/all.woff2"><link rel="preload" as="font" href="/all.woff2"><link rel="preload" as="font" href="/other.woff2">',
		);
		expect(fontProblems('/x/', html, [css], allowed)).toEqual([
			'/x/: @font-face /all.woff2 has no unicode-range (not subset)',
			'/x/: @font-face /cjk.woff2 covers U+4E00-9FFF, beyond Latin + Vietnamese',
			'/x/: preloads the font /all.woff2 2 times',
			'/x/: preloads the font /other.woff2, which no @font-face uses',
		]);
	});
});

describe('linkProblems', () => {
	it('names dead links, missing fragments, missing assets and a missing trailing slash', () => {
		const dist = site({
			'index.html': page(
				'<a href="/a/#tren">ok</a><a href="/a/#khong-co">frag</a><a href="/mat/">dead</a>' +
					'<a href="/a">slash</a><a href="https://khac.example/x">external</a>' +
					'<a href="https://thu.example/a/">own origin</a><img src="/anh.jpg" alt="">',
				'<link rel="stylesheet" href="/s.css">',
			),
			'a/index.html': page('<h1 id="tren">A</h1>'),
			's.css': 'body{background:url(/nen.png)}',
		});
		expect(linkProblems(dist, 'https://thu.example/')).toEqual([
			'/: <a href> "/a/#khong-co" points to #khong-co, which /a/ does not have',
			'/: <a href> "/mat/" points to /mat/, which is not in the build',
			'/: <a href> "/a" points to /a, which is not in the build (add the trailing slash)',
			'/: <img src> "/anh.jpg" points to /anh.jpg, which is not in the build',
			'/s.css: url() "/nen.png" points to /nen.png, which is not in the build',
		]);
	});

	it('checks site URLs inside XML files', () => {
		const dist = site({
			'index.html': page(''),
			'sitemap.xml': '<urlset><url><loc>https://thu.example/khong-co/</loc></url></urlset>',
		});
		expect(linkProblems(dist, 'https://thu.example/')).toEqual([
			'/sitemap.xml: <loc> "https://thu.example/khong-co/" points to /khong-co/, which is not in the build',
		]);
	});
});

describe('xmlProblems', () => {
	it('names a file that is not well-formed, with line and column', () => {
		const dist = site({ 'ok.xml': '<a><b/></a>', 'rss.xml': '<rss>\n<item></rss>' });
		const problems = xmlProblems(dist);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^\/rss\.xml: not well-formed XML at line 2/);
	});
});

describe('pageWeight', () => {
	it('adds the gzipped HTML and every linked stylesheet', () => {
		const dist = site({
			'bai/index.html': page('<p>x</p>', '<link rel="stylesheet" href="/a.css">'),
			'a.css': 'body{color:red}'.repeat(50),
		});
		const weight = pageWeight(dist, '/bai/');
		expect(weight.stylesheets).toEqual(['/a.css']);
		expect(weight.css).toBeGreaterThan(0);
		expect(weight.total).toBe(weight.html + weight.css);
	});

	it('fails clearly when a stylesheet is missing', () => {
		const dist = site({ 'bai/index.html': page('', '<link rel="stylesheet" href="/mat.css">') });
		expect(() => pageWeight(dist, '/bai/')).toThrow(
			'/bai/: stylesheet /mat.css is not in the build',
		);
	});
});
