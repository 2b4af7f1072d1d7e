import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../src/lib/body-facts.ts';

describe('bodyFacts', () => {
	it('keeps the lead, the local photos and the article links of a Markdown body', () => {
		const body = [
			'## Phần mở',
			'',
			'Sáng 14/8, **Công an tỉnh** tổng kết phong trào.',
			'',
			'![Lễ trao thưởng](./le-trao.jpg)',
			'',
			'Xem thêm [bài trước](/bai-viet/nam-moi/).',
		].join('\n');
		expect(bodyFacts(body, { mdx: false, line: 12 })).toEqual({
			firstParagraph: 'Sáng 14/8, Công an tỉnh tổng kết phong trào.',
			imageSources: ['./le-trao.jpg'],
			links: [{ id: 'nam-moi', line: 7 }],
			line: 12,
		});
	});

	it('skips MDX paragraphs whose text only exists once MDX runs', () => {
		const facts = bodyFacts('Có {soLop} lớp học.\n\nĐoạn thật.', { mdx: true });
		expect(facts.firstParagraph).toBe('Đoạn thật.');
		expect(facts.line).toBe(1);
	});

	it('gives an empty lead and no photos or links for an empty body', () => {
		expect(bodyFacts('', { mdx: false })).toEqual({
			firstParagraph: '',
			imageSources: [],
			links: [],
			line: 1,
		});
	});
});
