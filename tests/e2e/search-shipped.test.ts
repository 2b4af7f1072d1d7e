/**
 * Issue 4's "done when": on the site built from the shipped content/, a reader who types
 * "van hoa cong so" or "ky cuong trach nhiem" without tone marks in the header's search box
 * finds the shipped article.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const DIST = join(TMP, 'search-shipped/dist');
const ARTICLE =
	'/bai-viet/xay-dung-doi-ngu-can-bo-cong-chuc-vien-chuc-ky-cuong-trach-nhiem-tan-tuy-chuyen-nghiep/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	const result = await buildSite(join(ROOT, 'content'), DIST);
	if (result.code !== 0) throw new Error(`Building the shipped site failed:\n${result.output}`);
	server = await serveDist(DIST);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the shipped site', () => {
	for (const query of ['van hoa cong so', 'ky cuong trach nhiem']) {
		it(`finds the shipped article for “${query}” typed in the header`, async () => {
			const page = await browser.newPage();
			await page.goto(`${server.url}/`);
			await page.getByLabel('Tìm trong bản tin').fill(query);
			await page.getByLabel('Tìm trong bản tin').press('Enter');
			await page.waitForURL(/\/tim-kiem\/\?q=/);
			const link = page.locator(`.search-result-title a[href="${ARTICLE}"]`);
			await link.waitFor();
			expect(await link.textContent()).toContain('Kỷ cương, trách nhiệm');
			await page.close();
		});
	}
});
