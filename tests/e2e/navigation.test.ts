/**
 * Quality gate, in Chromium: a reader can get around. Header navigation, breadcrumbs,
 * pagination, previous/next article, the skip link and the 404 page all work by clicking (or,
 * for the skip link, by keyboard), on the production build of the fixture.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { describeIncidents, openSession, type Session } from '../helpers/e2e.ts';
import { fileFor } from '../helpers/gates.ts';
import { htmlPages, representatives, SEARCH_PAGE } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const reps = new Map(representatives(htmlPages(dist)).map((r) => [r.type, r.path]));
const pathOf = (type: string): string => {
	const path = reps.get(type);
	if (!path) throw new Error(`The fixture build has no ${type} page`);
	return path;
};

let session: Session;
beforeAll(async () => {
	session = await openSession(dist);
});
afterAll(() => session.close());

const here = (): string => new URL(session.page.url()).pathname;

/** Clicks a link and waits for the page it leads to; returns that page's path. */
async function follow(selector: string): Promise<string> {
	const link = session.page.locator(selector).first();
	const href = await link.getAttribute('href');
	session.incidents = [];
	await Promise.all([session.page.waitForURL((url) => url.pathname === href), link.click()]);
	expect(describeIncidents(here(), session.incidents)).toEqual([]);
	return here();
}

describe('header navigation', () => {
	it('reaches every section from the home page and marks the current one', async () => {
		await session.visit('/');
		const nav = `nav[aria-label="${t('nav.label')}"]`;
		const hrefs = await session.page
			.locator(`${nav} a`)
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs).toContain('/phong-trao/');
		for (const href of hrefs) {
			await session.visit('/');
			expect(await follow(`${nav} a[href="${href}"]`)).toBe(href);
			await expect(session.page.locator('h1').count()).resolves.toBe(1);
			await expect(
				session.page.locator(`${nav} a[href="${href}"]`).getAttribute('aria-current'),
			).resolves.toBe('page');
		}
	});

	it('takes the reader home from the site title', async () => {
		await session.visit(pathOf('article'));
		expect(await follow('a.site-title')).toBe('/');
	});
});

describe('breadcrumbs', () => {
	it('lead from an article to its movement and home, with the article as current page', async () => {
		const article = pathOf('article');
		await session.visit(article);
		const crumbs = `nav[aria-label="${t('breadcrumbs.label')}"]`;
		await expect(
			session.page.locator(`${crumbs} [aria-current="page"]`).textContent(),
		).resolves.toBe(await session.page.locator('h1').textContent());
		const movement = await follow(`${crumbs} li:nth-child(2) a`);
		expect(movement).toMatch(/^\/phong-trao\/[^/]+\/$/);
		expect(await follow(`${crumbs} li:first-child a`)).toBe('/');
	});
});

describe('pagination', () => {
	it('goes to page 2 of a movement and back', async () => {
		const first = pathOf('movement');
		const total = htmlPages(dist).filter((p) => p.startsWith(first)).length;
		await session.visit(first);
		const pager = `nav[aria-label="${t('pagination.label')}"]`;
		expect(await follow(`${pager} a[rel="next"]`)).toBe(`${first}2/`);
		await expect(session.page.locator(pager).textContent()).resolves.toContain(
			t('pagination.page', { n: 2, total }),
		);
		expect(await follow(`${pager} a[rel="prev"]`)).toBe(first);
	});
});

describe('previous and next article', () => {
	it('are inverse links between neighbouring articles', async () => {
		const articles = htmlPages(dist).filter((p) => /^\/bai-viet\/[^/]+\/$/.test(p));
		let start: string | undefined;
		for (const path of articles) {
			await session.visit(path);
			const both = await session.page
				.locator('.adjacent a[rel="prev"], .adjacent a[rel="next"]')
				.count();
			if (both === 2) {
				start = path;
				break;
			}
		}
		expect(start, 'no article has both a previous and a next article').toBeDefined();
		const older = await follow('.adjacent a[rel="prev"]');
		expect(older).not.toBe(start);
		expect(await follow('.adjacent a[rel="next"]')).toBe(start);
		const newer = await follow('.adjacent a[rel="next"]');
		expect(newer).not.toBe(start);
		expect(await follow('.adjacent a[rel="prev"]')).toBe(start);
	});
});

describe('keyboard', () => {
	it('offers a skip link as the first Tab stop, which moves to the main content', async () => {
		await session.visit('/');
		await session.page.keyboard.press('Tab');
		const focused = session.page.locator(':focus');
		await expect(focused.getAttribute('href')).resolves.toBe('#noi-dung');
		await expect(focused.isVisible()).resolves.toBe(true);
		await session.page.keyboard.press('Enter');
		expect(new URL(session.page.url()).hash).toBe('#noi-dung');
	});
});

describe('search by keyboard alone', () => {
	it('finds an article and opens it with Tab, typing and Enter, when the site has search', async () => {
		if (!fileFor(dist, SEARCH_PAGE)) {
			// No search page yet (issue 4): the link check makes sure nothing links to one either.
			expect(htmlPages(dist)).not.toContain(SEARCH_PAGE);
			return;
		}
		await session.visit(SEARCH_PAGE);
		const focusedIs = (selector: string): Promise<boolean> =>
			session.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
		const tabTo = async (selector: string, what: string): Promise<void> => {
			for (let i = 0; i < 40 && !(await focusedIs(selector)); i++) {
				await session.page.keyboard.press('Tab');
			}
			expect(await focusedIs(selector), `Tab never reaches ${what}`).toBe(true);
		};
		// The page's own search box (the header's box comes first in Tab order; it is a plain form).
		await tabTo('[data-search-form] input[name="q"]', 'the search page’s box');
		await session.page.keyboard.type('phong trào');
		const result = 'a[href^="/bai-viet/"]';
		await session.page.locator(result).first().waitFor({ state: 'visible', timeout: 15_000 });
		await tabTo(result, 'a search result');
		const href = await session.page.evaluate(() => document.activeElement?.getAttribute('href'));
		await Promise.all([
			session.page.waitForURL((url) => url.pathname === href),
			session.page.keyboard.press('Enter'),
		]);
		expect(here()).toMatch(/^\/bai-viet\/[^/]+\/$/);
		expect(describeIncidents(SEARCH_PAGE, session.incidents)).toEqual([]);
	});
});

describe('the 404 page', () => {
	it('answers an unknown address with status 404, says so in Vietnamese and links home', async () => {
		const { status, incidents } = await session.visit('/khong-co-trang-nay/');
		expect(status).toBe(404);
		expect(describeIncidents('/khong-co-trang-nay/', incidents)).toEqual([]);
		await expect(session.page.locator('h1').textContent()).resolves.toBe(t('notFound.title'));
		await expect(session.page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
			'noindex',
		);
		await session.page.getByRole('link', { name: t('notFound.home') }).click();
		await session.page.waitForURL((url) => url.pathname === '/');
		expect(here()).toBe('/');
	});
});
