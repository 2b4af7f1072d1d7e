import { describe, expect, it } from 'vitest';
import {
	aliasPath,
	aliasProblems,
	brokenLinkProblems,
	findArticleLinks,
} from '../../src/lib/links.ts';

describe('findArticleLinks', () => {
	it('finds Markdown, HTML and absolute links with their line', () => {
		const body =
			'Xem [bài](/bai-viet/mot/).\n\n<a href="/bai-viet/hai/">hai</a> https://x.vn/bai-viet/ba/';
		expect(findArticleLinks(body)).toEqual([
			{ id: 'mot', line: 1 },
			{ id: 'hai', line: 3 },
			{ id: 'ba', line: 3 },
		]);
	});
	it('finds nothing in an empty body', () => {
		expect(findArticleLinks('')).toEqual([]);
	});
});

describe('brokenLinkProblems', () => {
	const article = {
		id: 'a',
		filePath: 'a.md',
		body: { links: findArticleLinks('x\n[b](/bai-viet/nam-moj/)'), line: 8 },
	};
	it('reports a link to a missing article with its file line and the closest id', () => {
		expect(brokenLinkProblems([article], ['a', 'nam-moi'])).toEqual([
			expect.objectContaining({
				file: 'a.md',
				line: 9,
				received: '/bai-viet/nam-moj/',
				suggestion: 'có phải ý bạn là “nam-moi”?',
			}),
		]);
	});
	it('accepts links to articles that exist', () => {
		expect(brokenLinkProblems([article], ['a', 'nam-moj'])).toEqual([]);
	});
});

describe('aliasPath', () => {
	it('adds the missing slashes', () => {
		expect(aliasPath('tin-tuc/cu')).toBe('/tin-tuc/cu/');
		expect(aliasPath('/tin-tuc/cu/')).toBe('/tin-tuc/cu/');
	});
});

describe('aliasProblems', () => {
	const reserved = new Set(['/bai-viet/that/', '/phong-trao/']);
	const one = (aliases: string[], id = 'a') => ({ id, filePath: `${id}.md`, aliases });
	it('accepts distinct old addresses', () => {
		expect(aliasProblems([one(['/tin-cu/'])], reserved)).toEqual([]);
	});
	it('rejects an alias that is a real page, even without the trailing slash', () => {
		expect(aliasProblems([one(['/bai-viet/that'])], reserved)).toEqual([
			expect.objectContaining({ file: 'a.md', field: 'aliases', received: '/bai-viet/that' }),
		]);
	});
	it('rejects an alias claimed by two articles, naming both files', () => {
		const problems = aliasProblems([one(['/cu/'], 'a'), one(['/cu'], 'b')], reserved);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.file).toBe('a.md, b.md');
	});
	it('rejects file-like and query addresses a static host cannot redirect', () => {
		expect(aliasProblems([one(['/tin.html', '/?id=3'])], reserved)).toHaveLength(2);
	});
});
