import { describe, expect, it } from 'vitest';
import { articleIdFromPath, findSlugCollisions, freeSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
	it('turns Vietnamese words into ASCII words joined by hyphens', () => {
		expect(slugify('Văn hóa công sở')).toBe('van-hoa-cong-so');
	});
	it('maps đ/Đ to d', () => {
		expect(slugify('Đoàn đại biểu')).toBe('doan-dai-bieu');
	});
	it('replaces punctuation and quotes, collapsing and trimming hyphens', () => {
		expect(slugify('“Kỷ cương, trách nhiệm” – 2019/2025!')).toBe('ky-cuong-trach-nhiem-2019-2025');
	});
	it('gives the same slug for NFD and NFC text', () => {
		const text = 'Xây dựng đội ngũ cán bộ';
		expect(slugify(text.normalize('NFD'))).toBe(slugify(text));
	});
	it('returns an empty string when nothing is left', () => {
		expect(slugify('“…”')).toBe('');
	});
});

describe('findSlugCollisions', () => {
	it('reports different spellings that share a slug', () => {
		expect(findSlugCollisions(['Việt Thắng', 'Viet Thang', 'Lan Anh'])).toEqual([
			{ slug: 'viet-thang', sources: ['Viet Thang', 'Việt Thắng'] },
		]);
	});
	it('does not report the same name written in NFD and NFC', () => {
		expect(findSlugCollisions(['Việt Thắng', 'Việt Thắng'.normalize('NFD')])).toEqual([]);
	});
});

describe('freeSlug', () => {
	it('appends -2, -3 … until the slug is free', () => {
		const taken = new Set(['bai', 'bai-2']);
		expect(freeSlug('bai', (s) => taken.has(s))).toBe('bai-3');
		expect(freeSlug('moi', (s) => taken.has(s))).toBe('moi');
	});
});

describe('articleIdFromPath', () => {
	it('uses the folder name for index files', () => {
		expect(articleIdFromPath('2020/08/ten-bai/index.mdx')).toBe('ten-bai');
	});
	it('uses the file name otherwise', () => {
		expect(articleIdFromPath('2020/08/ten-bai.md')).toBe('ten-bai');
	});
	it('slugifies a Vietnamese folder name, NFD included', () => {
		expect(articleIdFromPath('2020/Bài mới/index.md'.normalize('NFD'))).toBe('bai-moi');
	});
});
