import { describe, expect, it } from 'vitest';
import { fill, t } from '../../src/i18n/index.ts';
import { vi } from '../../src/i18n/vi.ts';

describe('t', () => {
	it('fills placeholders from the glossary wording', () => {
		expect(t('count.articles', { n: 12 })).toBe('12 bài viết');
		expect(t('search.noResults', { q: 'đường' })).toBe('Không có kết quả cho “đường”');
	});
	it('throws when a placeholder has no value, so no page ships “{n}”', () => {
		expect(() => t('count.articles')).toThrow(/\{n\}/);
	});
});

describe('fill', () => {
	it('leaves text without placeholders alone', () => {
		expect(fill('Trang chủ')).toBe('Trang chủ');
	});
});

describe('vi strings', () => {
	it('are all NFC and non-empty', () => {
		for (const [key, value] of Object.entries(vi)) {
			expect(value, key).not.toBe('');
			expect(value.normalize('NFC'), key).toBe(value);
		}
	});
});
