/**
 * Bad content makes the build fail, naming the file, the field, what was expected and, for ids,
 * the closest valid one. Each case breaks one thing in a fresh copy of the fixture content.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeTmp } from '../helpers/astro.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => removeTmp(dirname(dir))));

/** Copies the fixture, applies `edit` to it, builds, and returns the failed build's output. */
async function failingBuild(edit: (content: string) => void): Promise<string> {
	const content = copyFixture('broken');
	made.push(content);
	edit(content);
	const result = await buildSite(content, join(dirname(content), 'dist'));
	expect(result.code, result.output).not.toBe(0);
	return result.output;
}

function replaceIn(content: string, file: string, from: string | RegExp, to: string): void {
	const path = join(content, 'articles', file);
	const source = readFileSync(path, 'utf8');
	const next = source.replace(from, to);
	expect(next, `edit of ${file} did not apply`).not.toBe(source);
	writeFileSync(path, next);
}

describe('a build with bad content fails loudly', () => {
	it('names unknown movement and agency ids with the closest valid id', async () => {
		const output = await failingBuild((c) => {
			replaceIn(
				c,
				'2019/12/cuoi-nam.md',
				'campaign: vi-an-ninh-to-quoc',
				'campaign: vi-an-ninh-to-qoc',
			);
			replaceIn(c, '2020/01/nam-moi.md', 'agency: ban-tuyen-giao', 'agency: ban-tuyen-giao-tinh');
		});
		expect(output).toContain('2019/12/cuoi-nam.md');
		expect(output).toContain('trường: campaign');
		expect(output).toContain('giá trị: vi-an-ninh-to-qoc');
		expect(output).toContain('có phải ý bạn là “vi-an-ninh-to-quoc”?');
		expect(output).toContain('2020/01/nam-moi.md');
		expect(output).toContain('trường: agency');
		expect(output).toContain('có phải ý bạn là “ban-tuyen-giao”?');
	});

	it('names both files of two articles with the same id', async () => {
		const output = await failingBuild((c) => {
			const copy = join(c, 'articles/2022/cuoi-nam.md');
			mkdirSync(dirname(copy), { recursive: true });
			writeFileSync(copy, readFileSync(join(c, 'articles/2019/12/cuoi-nam.md')));
		});
		expect(output).toContain('articles/2019/12/cuoi-nam.md');
		expect(output).toContain('articles/2022/cuoi-nam.md');
		expect(output).toContain('giá trị: cuoi-nam');
		expect(output).toContain('mỗi bài viết một mã riêng');
	});

	it.each([
		['2021-02-30', 'ngày 30 không tồn tại trong tháng 2/2021'],
		['2020-13', 'tháng 13 không tồn tại'],
	])('rejects the impossible date %s', async (date, reason) => {
		const output = await failingBuild((c) =>
			replaceIn(c, '2019/12/cuoi-nam.md', 'date: 2019-12-31', `date: ${date}`),
		);
		expect(output).toContain('cuoi-nam.md');
		expect(output).toMatch(/date: ngày không hợp lệ/);
		expect(output).toContain(reason);
	});

	it('rejects an update date before the publication date', async () => {
		const output = await failingBuild((c) =>
			replaceIn(c, '2019/06/quyet-dinh-733.mdx', 'updated: 2019-07-01', 'updated: 2019-06-01'),
		);
		expect(output).toContain('quyet-dinh-733.mdx');
		expect(output).toContain('updated: ngày cập nhật (updated) không được trước ngày đăng (date)');
	});

	it('rejects an image without imageAlt', async () => {
		const output = await failingBuild((c) => {
			// A valid 1×1 PNG beside the article.
			writeFileSync(
				join(c, 'articles/2020/08/thang-tam/anh.png'),
				Buffer.from(
					'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
					'base64',
				),
			);
			replaceIn(
				c,
				'2020/08/thang-tam/index.md',
				'credit: Bài và ảnh',
				'credit: Bài và ảnh\nimage: ./anh.png',
			);
		});
		expect(output).toContain('thang-tam/index.md');
		expect(output).toContain('imageAlt: có ảnh (image) thì phải có mô tả ảnh (imageAlt)');
	});

	it('rejects an article without a required field', async () => {
		const output = await failingBuild((c) =>
			replaceIn(c, '2020/01/nam-moi.md', /^author: .*\n/m, ''),
		);
		expect(output).toContain('nam-moi.md');
		expect(output).toMatch(/author: cần tác giả \(author\)/);
	});
});
