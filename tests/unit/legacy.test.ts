import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	agencyPhrases,
	countSentences,
	escapeMarkdown,
	looksLikeCaption,
	parseByline,
	parseLegacyArticle,
	recogniseAgencies,
	recogniseCampaigns,
	splitParagraphs,
} from '../../src/lib/legacy.ts';

const SEED = readFileSync(
	new URL('../fixtures/legacy/000_304c47fa1cfeaa98.txt', import.meta.url),
	'utf8',
);

const sample = (parts: string[]): string => parts.join('\n\n');

describe('splitParagraphs', () => {
	it('splits on blank lines and joins wrapped lines with a space', () => {
		expect(splitParagraphs('a\nb\n\n  c  \r\n\r\nd')).toEqual(['a b', 'c', 'd']);
	});
	it('normalises NFD text to NFC', () => {
		expect(splitParagraphs('Đoàn thể'.normalize('NFD'))).toEqual(['Đoàn thể']);
	});
	it('returns nothing for empty input', () => {
		expect(splitParagraphs('\n \n')).toEqual([]);
	});
});

describe('parseByline', () => {
	it('reads the role and the name', () => {
		expect(parseByline('Bài và ảnh: Việt Thắng')).toEqual({
			credit: 'Bài và ảnh',
			author: ['Việt Thắng'],
		});
	});
	it('reads several names', () => {
		expect(parseByline('Bài: Minh Anh, Hoàng Long.')).toEqual({
			credit: 'Bài',
			author: ['Minh Anh', 'Hoàng Long'],
		});
	});
	it('reads a photo credit', () => {
		expect(parseByline('Ảnh: Thu Hà')?.credit).toBe('Ảnh');
	});
	it('does not mistake a sentence with a colon for a byline', () => {
		expect(parseByline('Kết quả: toàn tỉnh đã giảng dạy cho 65.711 cán bộ')).toBeUndefined();
	});
});

describe('countSentences', () => {
	it('counts a stop followed by a capital letter as a sentence break', () => {
		expect(countSentences('Một câu. Hai câu. Ba câu.')).toBe(3);
	});
	it('does not break on numbers or abbreviations without a following capital', () => {
		expect(countSentences('Có 33.555 lượt học viên, tăng 1,5 lần.')).toBe(1);
	});
	it('breaks before a capital with tone marks (Đ, Ở)', () => {
		expect(countSentences('Xong. Đến nay ổn. Ở đây tốt.')).toBe(3);
	});
});

describe('looksLikeCaption', () => {
	it('accepts one short sentence', () => {
		expect(looksLikeCaption('Công an tỉnh tuyên dương tập thể, cá nhân điển hình.')).toBe(true);
	});
	it('rejects two sentences', () => {
		expect(looksLikeCaption('Ảnh một. Ảnh hai.')).toBe(false);
	});
	it('rejects a long paragraph', () => {
		expect(looksLikeCaption('chữ '.repeat(80))).toBe(false);
	});
});

describe('parseLegacyArticle', () => {
	it('reads the seed: series, title, lead, caption, body and byline', () => {
		const result = parseLegacyArticle(SEED);
		if (!result.ok) throw new Error(result.reason);
		const a = result.value;
		expect(a.date).toEqual({ year: 2020, month: 8 });
		expect(a.series).toBe('Tiến tới Đại hội Thi đua yêu nước toàn tỉnh lần thứ V');
		expect(a.title).toMatch(/^Xây dựng đội ngũ cán bộ/);
		expect(a.summary).toMatch(/^Sau một năm thực hiện phong trào/);
		expect(a.imageCaption).toMatch(/^Công an tỉnh tuyên dương/);
		expect(a.paragraphs).toHaveLength(5);
		expect(a.paragraphs.at(-1)).toMatch(/lĩnh vực công tác\.\/\.$/);
		expect(a.author).toEqual(['Việt Thắng']);
		expect(a.credit).toBe('Bài và ảnh');
	});
	it('keeps a day-precision date', () => {
		const result = parseLegacyArticle(
			sample(['date 2019-06-14 Chủ đề', 'Tiêu đề', 'Sapo dài. Có hai câu.', 'Thân bài.', 'Bài: A']),
		);
		expect(result.ok && result.value.date).toEqual({ year: 2019, month: 6, day: 14 });
	});
	it('accepts a caption placed before the lead', () => {
		const result = parseLegacyArticle(
			sample([
				'date 2020-08',
				'Tiêu đề',
				'Ảnh hội nghị.',
				'Sapo dài. Có hai câu.',
				'Thân. Bài.',
				'Bài: A',
			]),
		);
		if (!result.ok) throw new Error(result.reason);
		expect(result.value.imageCaption).toBe('Ảnh hội nghị.');
		expect(result.value.summary).toBe('Sapo dài. Có hai câu.');
		expect(result.value.series).toBeUndefined();
	});
	it('keeps every paragraph as text with caption: false', () => {
		const text = sample(['date 2020-08 X', 'T', 'Sapo. Hai.', 'Ngắn.', 'Thân. Bài.', 'Bài: A']);
		const result = parseLegacyArticle(text, { caption: false });
		expect(result.ok && result.value.imageCaption).toBeUndefined();
		expect(result.ok && result.value.paragraphs).toEqual(['Ngắn.', 'Thân. Bài.']);
	});
	it('fails on a missing date line', () => {
		expect(parseLegacyArticle('Tiêu đề\n\nBài: A')).toMatchObject({ ok: false });
	});
	it('fails on an impossible date, saying why', () => {
		const result = parseLegacyArticle(sample(['date 2021-02-30 X', 'T', 'Bài: A']));
		expect(result.ok ? '' : result.reason).toMatch(/ngày 30 không tồn tại/);
	});
	it('fails without a byline instead of inventing an author', () => {
		const result = parseLegacyArticle(sample(['date 2020-08 X', 'T', 'Sapo.', 'Thân.']));
		expect(result.ok ? '' : result.reason).toMatch(/--author/);
	});
});

const campaigns = [
	{
		id: 'van-hoa-cong-so',
		name: 'Cán bộ, công chức, viên chức tỉnh Nam Định thi đua thực hiện văn hóa công sở',
		shortName: 'Văn hóa công sở',
	},
	{ id: 'dan-van-kheo', name: 'Dân vận khéo', shortName: 'Dân vận khéo' },
];
const doanDbqh = {
	id: 'doan-dbqh-tinh',
	name: 'Đoàn đại biểu Quốc hội tỉnh Nam Định',
	shortName: 'Đoàn ĐBQH tỉnh',
};
const agencies = [
	doanDbqh,
	{ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Nam Định', shortName: 'UBND tỉnh' },
	{ id: 'cong-an-tinh', name: 'Công an tỉnh Nam Định', shortName: 'Công an tỉnh' },
];

describe('recogniseCampaigns', () => {
	it('finds a movement by its full name, in any case and in NFD', () => {
		const text =
			'phong trào “cán bộ, công chức, viên chức tỉnh Nam Định thi đua thực hiện văn hóa công sở”';
		expect(recogniseCampaigns(text.normalize('NFD'), campaigns)).toEqual(['van-hoa-cong-so']);
	});
	it('does not trust a short name alone', () => {
		expect(recogniseCampaigns('nâng cao văn hóa công sở', campaigns)).toEqual([]);
	});
	it('finds every movement named', () => {
		expect(recogniseCampaigns(SEED, campaigns)).toEqual(['dan-van-kheo', 'van-hoa-cong-so']);
	});
});

describe('agencyPhrases', () => {
	it('adds the “… của tỉnh” forms of a provincial body', () => {
		expect(agencyPhrases(doanDbqh, 'Nam Định')).toContain('đoàn đại biểu quốc hội của tỉnh');
	});
});

describe('recogniseAgencies', () => {
	it('finds agencies by short name and by “… của tỉnh”', () => {
		expect(recogniseAgencies(SEED, agencies, 'Nam Định')).toEqual([
			'cong-an-tinh',
			'doan-dbqh-tinh',
			'ubnd-tinh',
		]);
	});
	it('does not take a district body for the provincial one', () => {
		expect(recogniseAgencies('Ủy ban nhân dân huyện Giao Thủy', agencies, 'Nam Định')).toEqual([]);
	});
	it('matches whole words only', () => {
		expect(recogniseAgencies('UBND tỉnhxx', agencies, 'Nam Định')).toEqual([]);
	});
	it('finds nothing in empty text', () => {
		expect(recogniseAgencies('', agencies, 'Nam Định')).toEqual([]);
	});
});

describe('escapeMarkdown', () => {
	it('leaves ordinary Vietnamese text unchanged', () => {
		const text = 'Đến nay, Nam Định là một trong 7 tỉnh (PCI)… đạt 30%./.';
		expect(escapeMarkdown(text)).toBe(text);
	});
	it('escapes emphasis, HTML and links', () => {
		expect(escapeMarkdown('a *b* <c> [d]')).toBe('a \\*b\\* \\<c\\> \\[d\\]');
	});
	it('escapes a paragraph that would start a heading or a list', () => {
		expect(escapeMarkdown('# Một')).toBe('\\# Một');
		expect(escapeMarkdown('1. Một')).toBe('1\\. Một');
		expect(escapeMarkdown('- Một')).toBe('\\- Một');
	});
});
