/**
 * Quality gate, in Chromium: a strict Content-Security-Policy on every page, and the fixture
 * article `ky-tu-dac-biet`, whose title, summary and author are HTML and script payloads, shows
 * them as inert text: in its page, in listings, in its JSON-LD, in every feed that carries it
 * and in search results (when the site has a search page). "Inert" is checked the way a reader
 * would be hurt: no dialog opens, no injected element exists, and the payload reads literally.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { describeIncidents, openSession, type Session } from '../helpers/e2e.ts';
import { listFiles } from '../helpers/dist.ts';
import { fileFor } from '../helpers/gates.ts';
import { htmlPages, SEARCH_PAGE } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const content = inject('fixtureContent');
const ARTICLE = '/bai-viet/ky-tu-dac-biet/';
const source = readFileSync(join(content, 'articles/2021/03/ky-tu-dac-biet.md'), 'utf8');
const payload = parse(splitFrontmatter(source).yaml ?? '') as {
	title: string;
	summary: string;
	author: string;
};

let session: Session;
beforeAll(async () => {
	session = await openSession(dist);
});
afterAll(() => session.close());

/** What a reader sees on the current page, and whether anything was injected. */
async function injected(): Promise<string[]> {
	return session.page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			for (const attr of el.getAttributeNames()) {
				if (attr.startsWith('on')) found.push(`<${el.localName} ${attr}>`);
			}
			if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
			if (el.localName === 'script' && /alert\(/.test(el.textContent ?? '')) {
				found.push('<script> with the payload');
			}
		}
		return found;
	});
}

describe('the Content-Security-Policy', () => {
	it('is on every page, strict, and allows no inline script', () => {
		const problems: string[] = [];
		for (const page of htmlPages(dist)) {
			const $ = load(readFileSync(fileFor(dist, page) ?? '', 'utf8'));
			const csp = $('meta[http-equiv="content-security-policy"]').attr('content');
			if (!csp) {
				problems.push(`${page}: has no Content-Security-Policy meta tag`);
				continue;
			}
			const directives = new Map(
				csp
					.split(';')
					.map((d) => d.trim().split(/\s+/))
					.filter((d) => d[0])
					.map(([name = '', ...values]) => [name, values]),
			);
			for (const name of ['default-src', 'script-src', 'object-src', 'base-uri']) {
				if (!directives.has(name)) problems.push(`${page}: the CSP has no ${name}`);
			}
			for (const name of ['script-src', 'script-src-elem', 'default-src']) {
				const values = directives.get(name) ?? [];
				for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
					if (values.includes(bad)) problems.push(`${page}: the CSP's ${name} allows ${bad}`);
				}
			}
			if (!(directives.get('object-src') ?? []).includes("'none'")) {
				problems.push(`${page}: the CSP's object-src is not 'none'`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('blocks a script injected into a page, and Chromium reports it', async () => {
		await session.visit('/');
		const blocked = await session.page.evaluate(
			() =>
				new Promise<string>((done) => {
					document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), {
						once: true,
					});
					const script = document.createElement('script');
					script.textContent = 'window.__injected = true';
					document.body.append(script);
					setTimeout(() => done('not blocked'), 2000);
				}),
		);
		expect(blocked).toMatch(/^script-src/);
		expect(await session.page.evaluate(() => '__injected' in window)).toBe(false);
	});
});

describe('HTML and script payloads in content', () => {
	it('are shown literally on the article page, with no dialog and nothing injected', async () => {
		const { incidents } = await session.visit(ARTICLE);
		expect(describeIncidents(ARTICLE, incidents)).toEqual([]);
		await expect(session.page.locator('h1').innerText()).resolves.toBe(payload.title);
		await expect(session.page.locator('.article-lead').innerText()).resolves.toBe(payload.summary);
		await expect(
			session.page.getByRole('link', { name: payload.author, exact: true }).first().isVisible(),
		).resolves.toBe(true);
		await expect(session.page.title()).resolves.toContain(payload.title);
		expect(await injected()).toEqual([]);
	});

	it('are shown literally wherever the article is listed', async () => {
		const problems: string[] = [];
		const listings = htmlPages(dist).filter((page) => {
			const html = readFileSync(fileFor(dist, page) ?? '', 'utf8');
			return page !== ARTICLE && html.includes(`href="${ARTICLE}"`);
		});
		expect(listings.length).toBeGreaterThan(0);
		for (const page of listings) {
			const { incidents } = await session.visit(page);
			problems.push(...describeIncidents(page, incidents));
			problems.push(...(await injected()).map((what) => `${page}: ${what} was injected`));
			const texts = await session.page
				.locator(`a[href="${ARTICLE}"]`)
				.evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText));
			const literal = texts.filter((text) => text.includes(payload.title));
			const shown = texts.filter((text) => text.trim() !== '');
			if (shown.length > 0 && literal.length === 0) {
				problems.push(
					`${page}: links to the article as ${JSON.stringify(shown)}, not its literal title`,
				);
			}
		}
		expect(problems).toEqual([]);
	});

	it('stay data in the JSON-LD, which cannot close its <script> element', async () => {
		await session.visit(ARTICLE);
		const blocks = await session.page
			.locator('script[type="application/ld+json"]')
			.evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0] ?? '') as {
			headline: string;
			description: string;
			author: { name: string }[];
		};
		expect(data.headline).toBe(payload.title);
		expect(data.description).toBe(payload.summary);
		expect(data.author.map((a) => a.name)).toEqual([payload.author]);
		const raw = readFileSync(fileFor(dist, ARTICLE) ?? '', 'utf8');
		const jsonLd = raw.slice(raw.indexOf('application/ld+json'));
		expect(jsonLd.slice(0, jsonLd.indexOf('</script>'))).not.toMatch(/<\/?(script|img|b)\b/i);
	});

	it('are escaped in every feed that carries the article, and inert when Chromium opens it', async () => {
		const feeds = listFiles(dist).filter(
			(f) => f.endsWith('.xml') && readFileSync(join(dist, f), 'utf8').includes(ARTICLE),
		);
		const parser = new XMLParser({
			ignoreAttributes: false,
			processEntities: true,
			htmlEntities: true,
		});
		const problems: string[] = [];
		for (const feed of feeds.filter((f) => !/sitemap/.test(f))) {
			const xml = parser.parse(readFileSync(join(dist, feed), 'utf8')) as Record<string, unknown>;
			const items = findItems(xml).filter((item) => JSON.stringify(item).includes(ARTICLE));
			for (const item of items) {
				const title = String(item['title'] ?? '');
				if (title !== payload.title && title !== escapeHtml(payload.title)) {
					problems.push(`/${feed}: the article's title reads ${JSON.stringify(title)}`);
				}
				for (const field of ['description', 'content:encoded', 'content', 'summary']) {
					const value = item[field];
					if (typeof value !== 'string') continue;
					const $ = load(value);
					if ($('script, img[src="x"], [onerror]').length > 0) {
						problems.push(`/${feed}: the article's ${field} would inject markup: ${value}`);
					}
				}
			}
			const { incidents } = await session.visit(`/${feed}`);
			problems.push(...describeIncidents(`/${feed}`, incidents));
			const text = await session.page.evaluate(() => document.documentElement.textContent ?? '');
			if (!text.includes(payload.title) && !text.includes(escapeHtml(payload.title))) {
				problems.push(`/${feed}: Chromium does not show the article's title literally`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('are shown literally in search results, when the site has a search page', async () => {
		if (!fileFor(dist, SEARCH_PAGE)) {
			// No search yet: then nothing may link to it either (the link check covers that).
			expect(htmlPages(dist)).not.toContain(SEARCH_PAGE);
			return;
		}
		const query = 'ngoặc';
		await session.visit(`${SEARCH_PAGE}?q=${encodeURIComponent(query)}`);
		const result = session.page.locator(`a[href*="${ARTICLE}"]`).first();
		await result.waitFor({ state: 'visible', timeout: 15_000 });
		await expect(result.innerText()).resolves.toContain(payload.title);
		expect(describeIncidents(SEARCH_PAGE, session.incidents)).toEqual([]);
		expect(await injected()).toEqual([]);
	});
});

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The <item>s (RSS) or <entry>s (Atom) anywhere in a parsed feed. */
function findItems(node: unknown): Record<string, unknown>[] {
	if (Array.isArray(node)) return node.flatMap(findItems);
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
		if (key === 'item' || key === 'entry') {
			return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
		}
		return findItems(value);
	});
}
