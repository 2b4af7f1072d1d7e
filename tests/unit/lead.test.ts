import { describe, expect, it } from 'vitest';
import { firstParagraph, stripInlineMarkdown } from '../../src/lib/lead.ts';

describe('firstParagraph', () => {
	it('skips MDX imports, exports, headings and images', () => {
		const body = [
			"import Figure from '../Figure.astro';",
			'export const n = 1;',
			'## Tiêu đề phụ',
			'![ảnh](./a.jpg)',
			'Đoạn **đầu tiên** có [liên kết](/bai-viet/x/).',
			'Đoạn hai.',
		].join('\n\n');
		expect(firstParagraph(body)).toBe('Đoạn đầu tiên có liên kết.');
	});
	it('joins the lines of a wrapped paragraph and handles CRLF', () => {
		expect(firstParagraph('Dòng một\r\ndòng hai.\r\n\r\nĐoạn sau.')).toBe('Dòng một dòng hai.');
	});
	it('skips MDX paragraphs with {expressions}, whose raw source would show code', () => {
		const body = 'Đã mở được {soLop} lớp.\n\nĐoạn thuần văn bản.';
		expect(firstParagraph(body, { mdx: true })).toBe('Đoạn thuần văn bản.');
		expect(firstParagraph(body)).toBe('Đã mở được {soLop} lớp.');
	});
	it('returns an empty string for an empty body', () => {
		expect(firstParagraph('')).toBe('');
	});
});

describe('stripInlineMarkdown', () => {
	it('keeps text of links and emphasis, drops tags', () => {
		expect(stripInlineMarkdown('*nghiêng* `mã` <span>thẻ</span> \\*sao')).toBe(
			'nghiêng mã thẻ *sao',
		);
	});
});
