/**
 * The built fixture site (tests/fixtures/site): every page type of issue 2 exists, with the
 * right articles in the right order, drafts and future articles absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { exists, listFiles, readPage } from '../helpers/dist.ts';

const dist = inject('fixtureDist');

/** Article ids linked from the cards of a listing page, in order. */
function listed(path: string): string[] {
	const $ = readPage(dist, path);
	return $('.article-list .card-title a')
		.map((_, a) =>
			$(a)
				.attr('href')
				?.replace(/^\/bai-viet\/|\/$/g, ''),
		)
		.get();
}

// Published fixture articles, newest first (the draft and the 2099 article are not published).
const NEWEST_FIRST = [
	'ky-tu-dac-biet', // 2021-03-08
	'nfd-bai-viet', // 2020-08-14
	'thang-tam', // 2020-08 (month precision: sorts as 2020-08-01)
	'nam-moi', // 2020-01-01
	'cuoi-nam', // 2019-12-31
	'quyet-dinh-733', // 2019-06-14
	// The photo fixtures (movement anh-minh-hoa), 2018-05-25, -20, -10.
	'khong-anh',
	'hinh-mdx',
	'anh-dai-dien',
];

describe('article pages', () => {
	it('exist for every published article and for no draft or future article', () => {
		const articles = listFiles(join(dist, 'bai-viet')).map((f) => f.split('/')[0]);
		expect(articles.sort()).toEqual([...NEWEST_FIRST].sort());
		expect(exists(dist, '/bai-viet/ban-nhap/')).toBe(false);
		expect(exists(dist, '/bai-viet/tuong-lai/')).toBe(false);
	});

	it('show kicker, title, lead, the date in its precision, byline and credit', () => {
		const $ = readPage(dist, '/bai-viet/thang-tam/');
		expect($('.article .kicker').text()).toBe('Tiến tới Đại hội Thi đua yêu nước');
		expect($('h1').text()).toBe('Bài có ngày theo tháng');
		expect($('.article-lead').text()).toBe(
			'Đoạn mở đầu của bài viết có ngày chỉ ghi tháng, dùng làm tóm tắt khi không có summary.',
		);
		expect($('.article-meta time').first().text()).toBe('Tháng 8/2020');
		expect($('.article-meta time').first().attr('datetime')).toBe('2020-08');
		expect($('.byline').text().trim()).toBe('Bài và ảnh: Việt Thắng');
	});

	it('show a full date and the update date', () => {
		const $ = readPage(dist, '/bai-viet/quyet-dinh-733/');
		expect(
			$('.article-meta time')
				.map((_, t) => $(t).text())
				.get(),
		).toEqual(['14 tháng 6, 2019', '1 tháng 7, 2019']);
	});

	it('link movements, agencies and authors', () => {
		const $ = readPage(dist, '/bai-viet/quyet-dinh-733/');
		const hrefs = $('.article-meta a')
			.map((_, a) => $(a).attr('href'))
			.get();
		expect(hrefs).toEqual([
			'/tac-gia/dang-van-dung/',
			'/tac-gia/duong-thi-lan/',
			'/phong-trao/van-hoa-cong-so/',
			'/phong-trao/vi-an-ninh-to-quoc/',
			'/co-quan/ubnd-tinh/',
			'/co-quan/cong-an-tinh/',
		]);
	});

	it('render MDX expressions', () => {
		const $ = readPage(dist, '/bai-viet/quyet-dinh-733/');
		expect($('.prose').text()).toContain('đã mở được 263 lớp');
		// The lead (no summary) never shows MDX source such as {soLop}.
		expect($('.article-lead').text()).toBe('Xem thêm bài có ngày theo tháng.');
	});

	it('link the older and newer article', () => {
		const $ = readPage(dist, '/bai-viet/thang-tam/');
		expect($('.adjacent a[rel=prev]').attr('href')).toBe('/bai-viet/nam-moi/');
		expect($('.adjacent a[rel=prev]').text()).toContain('Bài trước');
		expect($('.adjacent a[rel=next]').attr('href')).toBe('/bai-viet/nfd-bai-viet/');
		expect($('.adjacent a[rel=next]').text()).toContain('Bài sau');
	});

	it('list other articles of the same movement under “Cùng phong trào”', () => {
		const $ = readPage(dist, '/bai-viet/thang-tam/');
		expect($('.related h2').text()).toBe('Cùng phong trào');
		expect(
			$('.related .card-title a')
				.map((_, a) => $(a).attr('href'))
				.get(),
		).toEqual(['/bai-viet/nfd-bai-viet/', '/bai-viet/nam-moi/', '/bai-viet/quyet-dinh-733/']);
	});

	it('carry breadcrumbs to the home page and the first movement', () => {
		const $ = readPage(dist, '/bai-viet/thang-tam/');
		expect(
			$('.breadcrumbs a')
				.map((_, a) => $(a).attr('href'))
				.get(),
		).toEqual(['/', '/phong-trao/van-hoa-cong-so/']);
		expect($('.breadcrumbs [aria-current=page]').text()).toBe('Bài có ngày theo tháng');
	});

	it('have a canonical URL, Open Graph tags and NewsArticle JSON-LD', () => {
		const $ = readPage(dist, '/bai-viet/quyet-dinh-733/');
		expect($('link[rel=canonical]').attr('href')).toBe(
			'https://thu.example/bai-viet/quyet-dinh-733/',
		);
		expect($('meta[property="og:type"]').attr('content')).toBe('article');
		expect($('meta[property="og:url"]').attr('content')).toBe(
			'https://thu.example/bai-viet/quyet-dinh-733/',
		);
		expect($('meta[property="article:published_time"]').attr('content')).toBe(
			'2019-06-14T00:00:00+07:00',
		);
		const data = JSON.parse($('script[type="application/ld+json"]').text());
		expect(data['@type']).toBe('NewsArticle');
		expect(data.headline).toBe('Phát động phong trào theo Quyết định 733');
		expect(data.dateModified).toBe('2019-07-01T00:00:00+07:00');
		expect(data.author.map((a: { name: string }) => a.name)).toEqual([
			'Đặng Văn Dũng',
			'Dương Thị Lan',
		]);
	});

	it('keep a title containing </script> inside the JSON-LD as data', () => {
		const html = readFileSync(join(dist, 'bai-viet/ky-tu-dac-biet/index.html'), 'utf8');
		const $ = readPage(dist, '/bai-viet/ky-tu-dac-biet/');
		const json = $('script[type="application/ld+json"]').html() ?? '';
		expect(json).not.toMatch(/<\/script/i);
		expect(JSON.parse(json).headline).toBe(
			'Tiêu đề có </script><script>alert("xss")</script> & “ngoặc” <b>đậm</b> 🎉',
		);
		// Only the JSON-LD script exists: the payload never became an element.
		expect($('script').length).toBe(1);
		expect($('h1').text()).toContain('<script>alert("xss")</script>');
		// The payload's markup stays text: no <b> element, and it is escaped in text content.
		expect($('b').length).toBe(0);
		expect(html).toContain('&lt;b&gt;đậm&lt;/b&gt;');
	});
});

describe('decomposed (NFD) text', () => {
	it('gives the same id, the NFC title and the same author page as NFC text', () => {
		const $ = readPage(dist, '/bai-viet/nfd-bai-viet/');
		const title = 'Xây dựng đội ngũ cán bộ “kỷ cương” ở Đông Hải';
		expect($('h1').text()).toBe(title);
		expect($('h1').text().normalize('NFC')).toBe($('h1').text());
		expect(listed('/tac-gia/viet-thang/')).toEqual(['nfd-bai-viet', 'thang-tam']);
		expect(listFiles(join(dist, 'tac-gia')).filter((f) => f.startsWith('viet-thang'))).toEqual([
			'viet-thang/index.html',
		]);
	});
});

describe('home page', () => {
	it('lists the latest articles newest first, movements and recent months', () => {
		const $ = readPage(dist, '/');
		expect(listed('/')).toEqual(NEWEST_FIRST);
		expect(
			$('.home-side a[href^="/phong-trao/"]')
				.map((_, a) => $(a).text())
				.get(),
		).toEqual(['Ảnh minh họa', 'Dân vận khéo', 'Văn hóa công sở', 'Vì an ninh Tổ quốc']);
		expect($('.home-side a[href^="/luu-tru/"]').first().text()).toBe('Tháng 3/2021');
	});
});

describe('movements', () => {
	it('index lists every movement with its period and article count', () => {
		const $ = readPage(dist, '/phong-trao/');
		const rows = $('.term-list li')
			.map((_, li) => `${$(li).find('h2').text()} | ${$(li).find('.meta').text()}`)
			.get()
			.map((row) => row.replace(/\s+/g, ' ').trim());
		expect(rows).toEqual([
			'Phong trào thử nghiệm ảnh minh họa | Giai đoạn: Từ 2018 · 3 bài viết',
			'Dân vận khéo | Giai đoạn: 2020–2025 · 0 bài viết',
			'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở | Giai đoạn: 2019–2025 · 4 bài viết',
			'Toàn dân bảo vệ an ninh Tổ quốc | Giai đoạn: Từ 2019 · 3 bài viết',
		]);
	});

	it('page shows period, legal basis, description and paginated articles newest first', () => {
		const $ = readPage(dist, '/phong-trao/van-hoa-cong-so/');
		expect($('.facts').text()).toContain('2019–2025');
		expect($('.facts li').text()).toBe(
			'Quyết định số 733/QĐ-TTg ngày 14-6-2019 của Thủ tướng Chính phủ',
		);
		expect($('.description strong').text()).toBe('văn hóa công sở');
		expect($('.count').text()).toBe('4 bài viết');
		expect(listed('/phong-trao/van-hoa-cong-so/')).toEqual(['nfd-bai-viet', 'thang-tam']);
		expect(listed('/phong-trao/van-hoa-cong-so/2/')).toEqual(['nam-moi', 'quyet-dinh-733']);
		expect($('.pagination a[rel=next]').attr('href')).toBe('/phong-trao/van-hoa-cong-so/2/');
		expect(exists(dist, '/phong-trao/van-hoa-cong-so/3/')).toBe(false);
		const page2 = readPage(dist, '/phong-trao/van-hoa-cong-so/2/');
		expect(page2('.pagination a[rel=prev]').attr('href')).toBe('/phong-trao/van-hoa-cong-so/');
		expect(page2('.pagination').text()).toContain('Trang 2/2');
	});

	it('page of a movement without articles says so', () => {
		const $ = readPage(dist, '/phong-trao/dan-van-kheo/');
		expect($('main').text()).toContain('Chưa có bài viết.');
	});
});

describe('agencies', () => {
	it('index groups agencies by kind in a fixed order', () => {
		const $ = readPage(dist, '/co-quan/');
		expect(
			$('main h2')
				.map((_, h) => $(h).text())
				.get(),
		).toEqual([
			'Cơ quan Đảng',
			'Chính quyền',
			'Sở, ban, ngành',
			'Huyện, thành phố',
			'Lực lượng vũ trang',
		]);
	});

	it('page lists its articles and links its parent agency', () => {
		expect(listed('/co-quan/cong-an-tinh/')).toEqual(['ky-tu-dac-biet', 'cuoi-nam']);
		expect(listed('/co-quan/cong-an-tinh/2/')).toEqual(['quyet-dinh-733']);
		const $ = readPage(dist, '/co-quan/so-noi-vu/');
		expect($('.facts a').attr('href')).toBe('/co-quan/ubnd-tinh/');
	});
});

describe('authors', () => {
	it('index sorts names with Vietnamese collation (Đ after D)', () => {
		const $ = readPage(dist, '/tac-gia/');
		expect(
			$('.term-list a')
				.map((_, a) => $(a).text())
				.get(),
		).toEqual([
			'<img src=x onerror=alert(1)>',
			'Ánh Hồng',
			'Dương Thị Lan',
			'Đặng Văn Dũng',
			'Lê Thị Ảnh',
			'Trần Minh Họa',
			'Việt Thắng',
		]);
	});

	it('page lists the author’s articles newest first', () => {
		expect(listed('/tac-gia/dang-van-dung/')).toEqual(['nam-moi', 'quyet-dinh-733']);
	});
});

describe('archive', () => {
	it('index lists years and months newest first with counts', () => {
		const $ = readPage(dist, '/luu-tru/');
		expect(
			$('main h2')
				.map((_, h) => $(h).text().replace(/\s+/g, ' ').trim())
				.get(),
		).toEqual([
			'Năm 2021 · 1 bài viết',
			'Năm 2020 · 3 bài viết',
			'Năm 2019 · 2 bài viết',
			'Năm 2018 · 3 bài viết',
		]);
		expect(
			$('.month-list a')
				.map((_, a) => $(a).attr('href'))
				.get(),
		).toEqual([
			'/luu-tru/2021/03/',
			'/luu-tru/2020/08/',
			'/luu-tru/2020/01/',
			'/luu-tru/2019/12/',
			'/luu-tru/2019/06/',
			'/luu-tru/2018/05/',
		]);
	});

	it('year page groups by month', () => {
		const $ = readPage(dist, '/luu-tru/2020/');
		expect($('h1').text()).toBe('Năm 2020');
		expect(
			$('main h2')
				.map((_, h) => $(h).text().replace(/\s+/g, ' ').trim())
				.get(),
		).toEqual(['Tháng 8/2020 · 2 bài viết', 'Tháng 1/2020 · 1 bài viết']);
	});

	it('month page lists that month’s articles, month-precision ones included', () => {
		expect(listed('/luu-tru/2020/08/')).toEqual(['nfd-bai-viet', 'thang-tam']);
		expect(readPage(dist, '/luu-tru/2020/08/')('h1').text()).toBe('Tháng 8/2020');
	});
});

describe('site-wide output', () => {
	it('has a Vietnamese 404 page', () => {
		const $ = readPage(dist, '/404.html');
		expect($('html').attr('lang')).toBe('vi');
		expect($('h1').text()).toBe('Không tìm thấy trang');
	});

	it('has a sitemap without drafts or future articles, and robots.txt pointing at it', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('<loc>https://thu.example/bai-viet/thang-tam/</loc>');
		expect(sitemap).not.toContain('ban-nhap');
		expect(sitemap).not.toContain('tuong-lai');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://thu.example/sitemap-index.xml',
		);
	});

	it('ships no JavaScript outside the search page: only JSON-LD data scripts', () => {
		const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('tim-kiem'));
		for (const page of pages) {
			const $ = readPage(dist, page);
			const scripts = $('script')
				.map((_, s) => $(s).attr('type') ?? 'text/javascript')
				.get();
			expect(
				scripts.filter((type) => type !== 'application/ld+json'),
				page,
			).toEqual([]);
			expect($('link[rel=modulepreload]').length, page).toBe(0);
		}
	});

	it('declares lang="vi" and a canonical URL ending in / on every page', () => {
		const pages = listFiles(dist).filter((f) => f.endsWith('index.html'));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			const $ = readPage(dist, page);
			expect($('html').attr('lang'), page).toBe('vi');
			expect($('link[rel=canonical]').attr('href'), page).toMatch(
				/^https:\/\/thu\.example\/.*\/$|^https:\/\/thu\.example\/$/,
			);
		}
	});
});
