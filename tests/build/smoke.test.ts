import { inject, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist } from '../helpers/serve.ts';

const dist = inject('fixtureDist');

describe('the fixture build', () => {
	it('renders the home page in Vietnamese', () => {
		const $ = readPage(dist, '/');
		expect($('html').attr('lang')).toBe('vi');
		expect($('h2').first().text()).toBe('Bài viết mới nhất');
	});

	it('serves pages and a 404 that Chromium can load', async () => {
		const server = await serveDist(dist);
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const ok = await page.goto(`${server.url}/phong-trao/`);
			expect(ok?.status()).toBe(200);
			await expect(page.locator('h1').textContent()).resolves.toBe('Phong trào thi đua');
			const missing = await page.goto(`${server.url}/khong-co-trang-nay/`);
			expect(missing?.status()).toBe(404);
			await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
