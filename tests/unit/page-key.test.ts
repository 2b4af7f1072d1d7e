import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/page-key.ts';

describe('pageKey', () => {
	it('is the same for the same inputs and differs when any input differs', () => {
		const article = { id: 'a', title: 'Hội nghị', date: { year: 2020, month: 8 } };
		expect(pageKey(article, 1)).toBe(pageKey({ ...article }, 1));
		expect(pageKey(article, 1)).not.toBe(pageKey({ ...article, title: 'Hội nghị.' }, 1));
		expect(pageKey(article, 1)).not.toBe(pageKey(article, 2));
		expect(pageKey(article, 1)).not.toBe(pageKey(1, article));
	});

	it('sees the contents of Maps and Sets', () => {
		expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
		expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
		expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Set([['a', 1]])));
	});

	it('tells a missing value from an empty one', () => {
		expect(pageKey({ series: undefined })).not.toBe(pageKey({ series: '' }));
	});
});
