/**
 * Checks over a built site (a dist folder) that need no browser: internal links, fragments and
 * assets; well-formed XML; scripts, image dimensions, fonts and page weight. Each check returns a
 * list of problems, one sentence each, naming the page and what is wrong, so a failing test
 * prints exactly what to fix.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { XMLValidator } from 'fast-xml-parser';
import { listFiles } from './dist.ts';
import { htmlPages, SEARCH_PAGE } from './site-pages.ts';

/** The file a URL path is served from, or undefined if there is none. */
export function fileFor(dist: string, path: string): string | undefined {
	const clean = decodeURIComponent(path);
	const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean];
	for (const candidate of candidates) {
		const full = join(dist, candidate);
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return undefined;
}

function readHtml(dist: string, page: string): CheerioAPI {
	const file = fileFor(dist, page);
	if (!file) throw new Error(`${page}: no such page in ${dist}`);
	return load(readFileSync(file, 'utf8'));
}

/** The ids a page offers as fragment targets (`id` on any element, `name` on <a>). */
function anchors($: CheerioAPI): Set<string> {
	const ids = new Set<string>();
	$('[id]').each((_, el) => void ids.add($(el).attr('id') ?? ''));
	$('a[name]').each((_, el) => void ids.add($(el).attr('name') ?? ''));
	return ids;
}

/** URLs a page refers to, with where they came from (for the message). */
function references($: CheerioAPI): { url: string; where: string }[] {
	const refs: { url: string; where: string }[] = [];
	const add = (selector: string, attr: string): void => {
		$(selector).each((_, el) => {
			const value = $(el).attr(attr);
			const tag = el.type === 'tag' ? el.tagName : selector;
			if (value !== undefined) refs.push({ url: value, where: `<${tag} ${attr}>` });
		});
	};
	add('a[href]', 'href');
	add('area[href]', 'href');
	add('link[href]', 'href');
	add('img[src]', 'src');
	add('script[src]', 'src');
	add('source[src]', 'src');
	add('iframe[src]', 'src');
	add('form[action]', 'action');
	$('img[srcset], source[srcset]').each((_, el) => {
		for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) refs.push({ url, where: `<${el.tagName} srcset>` });
		}
	});
	return refs;
}

/**
 * Every internal link, fragment and asset in every HTML page (and every `url()` in CSS, and
 * every site URL in XML files) resolves to a file in dist. Absolute URLs on the site's own
 * origin count as internal; other origins are not fetched (the checks run offline).
 */
export function linkProblems(dist: string, siteUrl: string): string[] {
	const site = new URL(siteUrl);
	const problems: string[] = [];
	const pageAnchors = new Map<string, Set<string>>();
	const anchorsOf = (path: string): Set<string> => {
		let ids = pageAnchors.get(path);
		if (!ids) {
			ids = anchors(readHtml(dist, path));
			pageAnchors.set(path, ids);
		}
		return ids;
	};
	const check = (from: string, raw: string, where: string): void => {
		if (/^(mailto|tel|data|javascript):/i.test(raw)) return;
		let url: URL;
		try {
			url = new URL(raw, new URL(from, site));
		} catch {
			problems.push(`${from}: ${where} "${raw}" is not a valid URL`);
			return;
		}
		if (url.origin !== site.origin) return;
		const file = fileFor(dist, url.pathname);
		if (!file) {
			const hint = fileFor(dist, `${url.pathname}/`) ? ' (add the trailing slash)' : '';
			problems.push(
				`${from}: ${where} "${raw}" points to ${url.pathname}, which is not in the build${hint}`,
			);
			return;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && file.endsWith('.html') && !anchorsOf(url.pathname).has(fragment)) {
			problems.push(
				`${from}: ${where} "${raw}" points to #${fragment}, which ${url.pathname} does not have`,
			);
		}
	};
	for (const page of htmlPages(dist)) {
		for (const { url, where } of references(readHtml(dist, page))) check(page, url, where);
		const $ = readHtml(dist, page);
		$('style').each((_, el) => {
			for (const url of cssUrls($(el).text())) check(page, url, '<style> url()');
		});
	}
	for (const file of listFiles(dist)) {
		const path = `/${file}`;
		if (file.endsWith('.css')) {
			for (const url of cssUrls(readFileSync(join(dist, file), 'utf8'))) check(path, url, 'url()');
		} else if (file.endsWith('.xml')) {
			const text = readFileSync(join(dist, file), 'utf8');
			for (const match of text.matchAll(/<(loc|link|guid|xmlUrl|htmlUrl)[^>]*>([^<]+)</g)) {
				const value = (match[2] ?? '').trim();
				if (value.startsWith(site.origin)) check(path, value, `<${match[1]}>`);
			}
			for (const match of text.matchAll(/\b(?:xmlUrl|htmlUrl|href)="([^"]+)"/g)) {
				const value = match[1] ?? '';
				if (value.startsWith(site.origin) || value.startsWith('/')) check(path, value, 'attribute');
			}
		}
	}
	return [...new Set(problems)];
}

function cssUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2] ?? '');
}

/** Every .xml file in dist parses as well-formed XML. */
export function xmlProblems(dist: string): string[] {
	return listFiles(dist)
		.filter((f) => f.endsWith('.xml'))
		.flatMap((file) => {
			const result = XMLValidator.validate(readFileSync(join(dist, file), 'utf8'));
			if (result === true) return [];
			const { msg, line, col } = result.err;
			return [`/${file}: not well-formed XML at line ${line}, column ${col}: ${msg}`];
		});
}

/**
 * JavaScript a page would run: external or inline scripts (JSON-LD and other data blocks are not
 * scripts), module preloads, inline event handler attributes and javascript: URLs.
 */
export function scriptProblems(page: string, html: string): string[] {
	const $ = load(html);
	const problems: string[] = [];
	$('script').each((_, el) => {
		const type = ($(el).attr('type') ?? '').trim().toLowerCase();
		const isData = type !== '' && type !== 'module' && !type.includes('javascript');
		if (isData) return;
		const src = $(el).attr('src');
		problems.push(
			src
				? `${page}: loads the script ${src}`
				: `${page}: has an inline script "${$(el).text().trim().slice(0, 60)}"`,
		);
	});
	$('link[rel~="modulepreload"]').each((_, el) => {
		problems.push(`${page}: preloads the script ${$(el).attr('href')}`);
	});
	$('*').each((_, el) => {
		if (el.type !== 'tag') return;
		for (const [name, value] of Object.entries(el.attribs)) {
			if (/^on/i.test(name)) {
				problems.push(
					`${page}: <${el.tagName} ${name}="${value.slice(0, 40)}"> is an inline event handler`,
				);
			} else if (/^\s*javascript:/i.test(value)) {
				problems.push(
					`${page}: <${el.tagName} ${name}="${value.slice(0, 40)}"> is a javascript: URL`,
				);
			}
		}
	});
	return problems;
}

/** Pages other than the search page that would run JavaScript. */
export function javascriptProblems(dist: string): string[] {
	return htmlPages(dist)
		.filter((page) => page !== SEARCH_PAGE)
		.flatMap((page) => scriptProblems(page, readFileSync(fileFor(dist, page) ?? '', 'utf8')));
}

/** Every <img> carries numeric width and height, so the page does not jump as images load. */
export function imageProblems(page: string, html: string): string[] {
	const $ = load(html);
	const problems: string[] = [];
	$('img').each((_, el) => {
		const missing = ['width', 'height'].filter((a) => !/^\d+$/.test($(el).attr(a) ?? ''));
		if (missing.length) {
			problems.push(`${page}: <img src="${$(el).attr('src')}"> has no ${missing.join(' or ')}`);
		}
	});
	return problems;
}

export interface PageWeight {
	/** Gzipped bytes of the HTML document (inline CSS included). */
	html: number;
	/** Gzipped bytes of each linked stylesheet, summed. */
	css: number;
	total: number;
	stylesheets: string[];
}

const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** What a first visit to a page costs in HTML and CSS, gzipped (fonts and images excluded). */
export function pageWeight(dist: string, page: string): PageWeight {
	const file = fileFor(dist, page);
	if (!file) throw new Error(`${page}: no such page in ${dist}`);
	const html = readFileSync(file);
	const $ = load(html.toString('utf8'));
	const stylesheets = $('link[rel~="stylesheet"]')
		.map((_, el) => $(el).attr('href') ?? '')
		.get();
	const css = stylesheets.reduce((sum, href) => {
		const cssFile = fileFor(dist, new URL(href, 'http://x/').pathname);
		if (!cssFile) throw new Error(`${page}: stylesheet ${href} is not in the build`);
		return sum + gzipSize(readFileSync(cssFile));
	}, 0);
	const htmlSize = gzipSize(html);
	return { html: htmlSize, css, total: htmlSize + css, stylesheets };
}

/** A CSS unicode-range list ("U+0000-00FF,U+0131") as code point intervals. */
export function parseUnicodeRange(range: string): [number, number][] {
	return range
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part) => {
			if (part.includes('?')) {
				return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
			}
			const [from = '', to = from] = part.split('-');
			return [parseInt(from, 16), parseInt(to, 16)];
		});
}

const within = (ranges: [number, number][], allowed: [number, number][]): boolean =>
	ranges.every(([a, b]) => allowed.some(([x, y]) => a >= x && b <= y));

export interface FontFace {
	family: string;
	src: string[];
	unicodeRange: string | undefined;
}

/** The @font-face rules in a stylesheet. */
export function fontFaces(css: string): FontFace[] {
	return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
		const body = m[1] ?? '';
		const prop = (name: string): string | undefined =>
			new RegExp(`(?:^|;)\\s*${name}\\s*:([^;]+)`, 'i').exec(body)?.[1]?.trim();
		return {
			family: (prop('font-family') ?? '').replace(/^["']|["']$/g, ''),
			src: cssUrls(prop('src') ?? ''),
			unicodeRange: prop('unicode-range'),
		};
	});
}

/**
 * Web fonts on a page are subset to `allowedRanges` (every downloaded face declares a
 * unicode-range inside it), each font file is preloaded at most once, and only fonts the page
 * declares are preloaded.
 */
export function fontProblems(
	page: string,
	html: string,
	linkedCss: string[],
	allowedRanges: string,
): string[] {
	const allowed = parseUnicodeRange(allowedRanges);
	const $ = load(html);
	const css = [
		...$('style')
			.map((_, el) => $(el).text())
			.get(),
		...linkedCss,
	].join('\n');
	const problems: string[] = [];
	const declared = new Set<string>();
	for (const face of fontFaces(css)) {
		if (face.src.length === 0) continue; // local() fallbacks download nothing
		face.src.forEach((s) => declared.add(s));
		if (!face.unicodeRange) {
			problems.push(`${page}: @font-face ${face.src.join(', ')} has no unicode-range (not subset)`);
		} else if (!within(parseUnicodeRange(face.unicodeRange), allowed)) {
			problems.push(
				`${page}: @font-face ${face.src.join(', ')} covers ${face.unicodeRange}, beyond Latin + Vietnamese`,
			);
		}
	}
	const preloads = $('link[rel~="preload"][as="font"]')
		.map((_, el) => $(el).attr('href') ?? '')
		.get();
	for (const href of new Set(preloads)) {
		const times = preloads.filter((p) => p === href).length;
		if (times > 1) problems.push(`${page}: preloads the font ${href} ${times} times`);
		if (!declared.has(href))
			problems.push(`${page}: preloads the font ${href}, which no @font-face uses`);
	}
	return problems;
}
