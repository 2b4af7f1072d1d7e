import { describe, expect, it } from 'vitest';
import { absoluteUrl, routes } from '../../src/lib/routes.ts';
import { excerpt } from '../../src/lib/text.ts';
import { articleCount, formatPeriod } from '../../src/lib/views.ts';

describe('routes', () => {
	it('builds the Vietnamese addresses of DESIGN.md, each ending in /', () => {
		expect(routes.article('bai-a')).toBe('/bai-viet/bai-a/');
		expect(routes.movement('vhcs')).toBe('/phong-trao/vhcs/');
		expect(routes.movement('vhcs', 2)).toBe('/phong-trao/vhcs/2/');
		expect(routes.agency('ca', 1)).toBe('/co-quan/ca/');
		expect(routes.author('viet-thang')).toBe('/tac-gia/viet-thang/');
		expect(routes.archiveMonth(2020, 8)).toBe('/luu-tru/2020/08/');
		expect(routes.search('thi đua')).toBe('/tim-kiem/?q=thi%20%C4%91ua');
	});
	it('makes absolute URLs on the site', () => {
		expect(absoluteUrl('/bai-viet/a/', 'https://x.example/')).toBe('https://x.example/bai-viet/a/');
	});
});

describe('excerpt', () => {
	it('keeps short text and cuts long text at a word boundary with …', () => {
		expect(excerpt('Ngắn gọn.', 20)).toBe('Ngắn gọn.');
		expect(excerpt('Phong trào thi đua yêu nước toàn tỉnh', 20)).toBe('Phong trào thi đua…');
	});
});

describe('views', () => {
	it('formats periods and counts in Vietnamese', () => {
		expect(formatPeriod({ from: 2019, to: 2025 })).toBe('2019–2025');
		expect(formatPeriod({ from: 2019 })).toBe('Từ 2019');
		expect(articleCount(1234)).toBe('1.234 bài viết');
	});
});
