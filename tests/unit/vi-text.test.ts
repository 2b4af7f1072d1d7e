import { describe, expect, it } from 'vitest';
import { compareVi, fold, isNfc, nfc, removeMarks, sortByVi } from '../../src/lib/vi-text.ts';

const NFD = (s: string) => s.normalize('NFD');

describe('removeMarks', () => {
	it('maps đ and Đ, which have no Unicode decomposition, to d and D', () => {
		expect(removeMarks('Đường đi')).toBe('Duong di');
	});
	it('removes tone marks and vowel marks (ơ, ư, ă, â, ê, ô)', () => {
		expect(removeMarks('Thi đua yêu nước ắt ơn ưu')).toBe('Thi dua yeu nuoc at on uu');
	});
	it('gives the same result for NFD input', () => {
		expect(removeMarks(NFD('Dân vận khéo'))).toBe('Dan van kheo');
	});
});

describe('fold', () => {
	it('lower-cases after removing marks', () => {
		expect(fold('DÂN VẬN KHÉO')).toBe('dan van kheo');
		expect(fold('Đ')).toBe('d');
	});
});

describe('nfc and isNfc', () => {
	it('composes decomposed text', () => {
		const decomposed = NFD('Việt Thắng');
		expect(isNfc(decomposed)).toBe(false);
		expect(nfc(decomposed)).toBe('Việt Thắng');
		expect(isNfc(nfc(decomposed))).toBe(true);
	});
});

describe('compareVi', () => {
	it('sorts Đ after every D word, as Vietnamese dictionaries do', () => {
		expect(sortByVi(['Đức', 'Dũng', 'Em', 'Duy'], (s) => s)).toEqual(['Dũng', 'Duy', 'Đức', 'Em']);
	});
	it('sorts base letters before their marked forms (a < ă < â)', () => {
		expect(sortByVi(['Ân', 'Ăn', 'An'], (s) => s)).toEqual(['An', 'Ăn', 'Ân']);
	});
	it('treats NFD and NFC spellings as equal', () => {
		expect(compareVi(NFD('Nam Định'), 'Nam Định')).toBe(0);
	});
});
