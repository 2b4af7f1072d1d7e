import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('parseFrontmatter', () => {
	it('keeps unquoted dates as the strings typed, so impossible dates can be rejected', () => {
		const data = parseFrontmatter('---\ndate: 2021-02-30\nupdated: 2020-08-14\nm: 2020-08\n---\nx');
		expect(data).toEqual({ date: '2021-02-30', updated: '2020-08-14', m: '2020-08' });
	});
	it('returns an empty object without frontmatter', () => {
		expect(parseFrontmatter('Chỉ có nội dung.')).toEqual({});
	});
	it('throws on malformed YAML', () => {
		expect(() => parseFrontmatter('---\ntitle: [a\n---\n')).toThrow();
	});
});

describe('splitFrontmatter', () => {
	it('separates YAML and body and tells the body’s first line', () => {
		expect(splitFrontmatter('---\na: 1\nb: 2\n---\nThân bài')).toEqual({
			yaml: 'a: 1\nb: 2',
			body: 'Thân bài',
			bodyLine: 5,
		});
	});
});
