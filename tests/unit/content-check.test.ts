import { describe, expect, it } from 'vitest';
import {
	checkContent,
	duplicateIdProblem,
	firstNonNfcLine,
	parseArticle,
	TEMPLATE_PARAGRAPHS,
	yamlIdProblem,
	type ContentSources,
	type SourceFile,
} from '../../src/lib/content-check.ts';
import { bodyImagePaths } from '../../src/lib/photo.ts';

const TODAY = { year: 2026, month: 11, day: 26 };

const article = (entry: string, frontmatter: string, body = 'Nội dung bài.'): SourceFile => ({
	file: `content/articles/${entry}`,
	entry,
	source: `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
});

const valid = (extra = '') => `
title: Đầu năm ra quân
date: 2020-01-05
campaign: van-hoa-cong-so
agency: ubnd-tinh
author: Việt Thắng
${extra}`;

function tree(articles: SourceFile[]): ContentSources {
	return {
		articles,
		campaigns: [
			{
				file: 'content/campaigns/van-hoa-cong-so.yaml',
				entry: 'van-hoa-cong-so.yaml',
				source:
					'name: Văn hóa công sở\nshortName: Văn hóa công sở\nperiod: { from: 2019 }\ndescription: Mô tả.\n',
			},
		],
		agencies: [
			{
				file: 'content/agencies/ubnd-tinh.yaml',
				entry: 'ubnd-tinh.yaml',
				source: 'name: Ủy ban nhân dân tỉnh\nshortName: UBND tỉnh\nkind: chinh-quyen\n',
			},
		],
	};
}

describe('checkContent', () => {
	it('accepts valid content and counts it', () => {
		const report = checkContent(tree([article('2020/01/a/index.md', valid())]), TODAY);
		expect(report.errors).toEqual([]);
		expect(report.counts).toEqual({ articles: 1, campaigns: 1, agencies: 1 });
	});
	it('reports an impossible date with its file, line and field', () => {
		const report = checkContent(
			tree([article('2020/01/a.md', valid().replace('2020-01-05', '2021-02-30'))]),
			TODAY,
		);
		expect(report.errors).toEqual([
			expect.objectContaining({
				file: 'content/articles/2020/01/a.md',
				line: 3,
				field: 'date',
				received: '2021-02-30',
			}),
		]);
	});
	it('suggests the closest movement for an unknown id, with its line', () => {
		const report = checkContent(
			tree([article('2020/01/a.md', valid().replace('van-hoa-cong-so', 'van-hoa-cong-s'))]),
			TODAY,
		);
		expect(report.errors).toEqual([
			expect.objectContaining({
				field: 'campaign',
				line: 4,
				suggestion: 'có phải ý bạn là “van-hoa-cong-so”?',
			}),
		]);
	});
	it('still checks references of an article whose schema failed', () => {
		const broken = valid().replace('van-hoa-cong-so', 'van-hoa').replace('2020-01-05', '2020-13');
		const fields = checkContent(tree([article('2020/01/a.md', broken)]), TODAY).errors.map(
			(p) => p.field,
		);
		expect(fields.sort()).toEqual(['campaign', 'date']);
	});
	it('names an unknown field and suggests the right one', () => {
		const report = checkContent(tree([article('2020/01/a.md', valid('imag: ./a.jpg'))]), TODAY);
		expect(report.errors).toEqual([
			expect.objectContaining({ field: 'imag', line: 7, suggestion: 'có phải ý bạn là “image”?' }),
		]);
	});
	it('reports YAML syntax errors with a line', () => {
		const report = checkContent(tree([article('2020/01/a.md', 'title: "x\ndate: 2020-01')]), TODAY);
		expect(report.errors[0]).toMatchObject({ field: '(cú pháp YAML)' });
		expect(report.errors[0]?.line).toBeGreaterThan(1);
	});
	it('reports a file without frontmatter', () => {
		const file = { file: 'content/articles/a.md', entry: 'a.md', source: 'Chỉ có chữ.' };
		expect(checkContent(tree([file]), TODAY).errors[0]).toMatchObject({ line: 1 });
	});
	it('reports two files with the same id anywhere in the archive', () => {
		const report = checkContent(
			tree([article('2020/01/trung/index.md', valid()), article('2021/05/trung.md', valid())]),
			TODAY,
		);
		expect(report.errors).toEqual([
			expect.objectContaining({
				received: 'trung',
				file: 'content/articles/2020/01/trung/index.md, content/articles/2021/05/trung.md',
			}),
		]);
	});
	it('reports a broken link between articles and an alias that hides a real page', () => {
		const report = checkContent(
			tree([
				article('2020/01/a.md', valid()),
				article('2020/01/b.md', valid('aliases: [/bai-viet/a/]'), 'Xem /bai-viet/c/ nhé.'),
			]),
			TODAY,
		);
		expect(report.errors.map((p) => [p.field, p.line])).toEqual([
			['nội dung (liên kết)', 10],
			['aliases', 7],
		]);
	});
	it('lists drafts and future articles without calling them errors', () => {
		const report = checkContent(
			tree([
				article('2020/01/nhap.md', valid('draft: true')),
				article('2099/01/sau.md', valid().replace('2020-01-05', '2099-01')),
			]),
			TODAY,
		);
		expect(report.errors).toEqual([]);
		expect(report.drafts.map((a) => a.id)).toEqual(['nhap']);
		expect(report.scheduled).toEqual([
			{
				id: 'sau',
				file: 'content/articles/2099/01/sau.md',
				title: 'Đầu năm ra quân',
				date: '2099-01',
			},
		]);
	});
	it('warns about a published article linking to a draft', () => {
		const report = checkContent(
			tree([
				article('2020/01/nhap.md', valid('draft: true')),
				article('2020/01/b.md', valid(), 'Xem [nháp](/bai-viet/nhap/).'),
			]),
			TODAY,
		);
		expect(report.errors).toEqual([]);
		expect(report.warnings).toEqual([
			expect.objectContaining({ file: 'content/articles/2020/01/b.md' }),
		]);
	});
	it('warns about NFD text and lists the file for --fix', () => {
		const report = checkContent(
			tree([article('2020/01/a.md', valid(), 'Nội dung tiếng Việt.'.normalize('NFD'))]),
			TODAY,
		);
		expect(report.errors).toEqual([]);
		expect(report.notNfc).toEqual(['content/articles/2020/01/a.md']);
	});
	it('warns when the body still holds the template of npm run new', () => {
		const report = checkContent(
			tree([article('2020/01/a.md', valid(), TEMPLATE_PARAGRAPHS.join('\n\n'))]),
			TODAY,
		);
		expect(report.warnings).toEqual([expect.objectContaining({ field: 'nội dung', line: 9 })]);
	});
	it('collects the local images of an article, relative to the articles folder', () => {
		const report = checkContent(
			tree([
				article(
					'2020/01/a/index.mdx',
					valid('image: ./anh-1.jpg\nimageAlt: Ảnh'),
					"import hai from '../chung/anh-3.jpg';\n\n![x](anh-2.png)\n![y](https://x.vn/a.jpg)",
				),
			]),
			TODAY,
		);
		expect(report.images.map((i) => [i.field, i.entry, i.line])).toEqual([
			['image', '2020/01/a/anh-1.jpg', 7],
			['ảnh trong nội dung bài (anh-2.png)', '2020/01/a/anh-2.png', 13],
			['ảnh trong nội dung bài (../chung/anh-3.jpg)', '2020/01/chung/anh-3.jpg', 11],
		]);
	});
	it('lists exactly the photos the build checks, where the two used to disagree', () => {
		// A reference-style image is a photo the build resolves and checks; an image inside code,
		// and a src="…" attribute, are not (the check used to list the last two, not the first).
		const body = [
			'![Hội trường][hoi-truong]',
			'',
			'[hoi-truong]: ./hoi-truong.jpg',
			'',
			'```',
			'![Ví dụ](./vi-du.jpg)',
			'```',
			'',
			'<img src="./the-html.jpg" alt="">',
		].join('\n');
		const report = checkContent(tree([article('2020/01/a/index.md', valid(), body)]), TODAY);
		expect(report.images.map((i) => i.src)).toEqual(bodyImagePaths(body, false));
		expect(report.images.map((i) => i.src)).toEqual(['./hoi-truong.jpg']);
	});
	it('refuses a body photo without alt text, as the build does, naming its line', () => {
		const report = checkContent(
			tree([article('2020/01/a/index.md', valid(), 'Mở đầu.\n\n![](./anh.jpg)')]),
			TODAY,
		);
		expect(report.errors).toEqual([
			expect.objectContaining({ field: 'ảnh trong nội dung bài (./anh.jpg)', line: 11 }),
		]);
	});
	it('reports a campaign file whose name is not a slug', () => {
		const sources = tree([]);
		const [first] = sources.campaigns;
		if (first) sources.campaigns[0] = { ...first, entry: 'Văn hóa.yaml' };
		expect(checkContent(sources, TODAY).errors[0]).toMatchObject({ field: 'tên tệp' });
	});
	it('checks the site settings with their schema', () => {
		const sources = tree([]);
		sources.site = {
			file: 'content/site.yaml',
			entry: 'site.yaml',
			source: 'title: T\ndescription: D\nprovince: P\npublisher: X\nurl: khong-phai-dia-chi\n',
		};
		expect(checkContent(sources, TODAY).errors).toEqual([
			expect.objectContaining({ file: 'content/site.yaml', field: 'url', line: 5 }),
		]);
	});
	it('checks an empty tree without complaint', () => {
		expect(checkContent({ articles: [], campaigns: [], agencies: [] }, TODAY).errors).toEqual([]);
	});
});

describe('parseArticle', () => {
	it('takes the id from the folder and keeps the body line', () => {
		const result = parseArticle(article('2020/01/Đầu-năm/index.md', valid()));
		expect(result.ok && result.article.input.id).toBe('dau-nam');
		expect(result.ok && result.article.input.bodyLine).toBe(8);
	});
});

describe('firstNonNfcLine', () => {
	it('finds the first decomposed line', () => {
		expect(firstNonNfcLine(`a\nb\n${'ắ'.normalize('NFD')}`)).toBe(3);
	});
	it('returns undefined for NFC text', () => {
		expect(firstNonNfcLine('Việt Nam')).toBeUndefined();
	});
});

describe('duplicateIdProblem', () => {
	it('names every file and suggests a free id', () => {
		expect(duplicateIdProblem('x', ['a', 'b'])).toMatchObject({
			file: 'a, b',
			suggestion: expect.stringContaining('x-2'),
		});
	});
});

describe('yamlIdProblem', () => {
	it('accepts a slug file name', () => {
		expect(yamlIdProblem('f', 'ubnd-tinh.yaml')).toBeUndefined();
	});
	it('suggests the slug of a name with tone marks', () => {
		expect(yamlIdProblem('f', 'Sở Nội vụ.yaml')?.suggestion).toBe('đổi tên thành so-noi-vu.yaml');
	});
});
