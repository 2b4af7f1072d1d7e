import { describe, expect, it } from 'vitest';
import { newsArticle, serializeJsonLd } from '../../src/lib/jsonld.ts';

describe('serializeJsonLd', () => {
	it('cannot close the script element, yet parses back to the same data', () => {
		const data = { headline: '</script><script>alert(1)</script> & “x” \u2028' };
		const json = serializeJsonLd(data);
		expect(json).not.toMatch(/<|>|&/);
		expect(JSON.parse(json)).toEqual(data);
	});
});

describe('newsArticle', () => {
	it('builds a schema.org NewsArticle in Vietnamese', () => {
		const data = newsArticle({
			url: 'https://x.example/bai-viet/a/',
			headline: 'Tiêu đề',
			description: 'Tóm tắt',
			datePublished: '2020-08-01T00:00:00+07:00',
			authors: [{ name: 'Việt Thắng', url: 'https://x.example/tac-gia/viet-thang/' }],
			publisher: 'Ban Thi đua',
			section: ['Văn hóa công sở'],
		});
		expect(data).toMatchObject({
			'@type': 'NewsArticle',
			inLanguage: 'vi',
			dateModified: '2020-08-01T00:00:00+07:00',
			author: [{ '@type': 'Person', name: 'Việt Thắng' }],
		});
		expect(data).not.toHaveProperty('image');
	});
});
