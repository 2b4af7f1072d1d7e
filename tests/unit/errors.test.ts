import { describe, expect, it } from 'vitest';
import { closestMatch, ContentError, formatProblem, suggestId } from '../../src/lib/errors.ts';

describe('closestMatch', () => {
	it('finds a typo regardless of tone marks and case', () => {
		expect(closestMatch('Van-hoa-cong-sô', ['van-hoa-cong-so', 'dan-van-kheo'])).toBe(
			'van-hoa-cong-so',
		);
	});
	it('returns nothing when no candidate is close', () => {
		expect(closestMatch('an-ninh', ['van-hoa-cong-so', 'dan-van-kheo'])).toBeUndefined();
		expect(closestMatch('x', [])).toBeUndefined();
	});
});

describe('suggestId', () => {
	it('asks “did you mean” for a close id, else lists valid ids', () => {
		expect(suggestId('cong-an-tin', ['cong-an-tinh', 'ubnd-tinh'])).toBe(
			'có phải ý bạn là “cong-an-tinh”?',
		);
		expect(suggestId('zzz', ['cong-an-tinh', 'ubnd-tinh'])).toBe(
			'các giá trị hợp lệ: cong-an-tinh, ubnd-tinh',
		);
	});
});

describe('formatProblem and ContentError', () => {
	it('names file, field, value, expectation and suggestion, one per line', () => {
		const text = formatProblem({
			file: 'content/articles/a.md',
			field: 'campaign',
			received: 'x',
			expected: 'mã phong trào',
			suggestion: 'có phải ý bạn là “y”?',
		});
		expect(text.split('\n')).toEqual([
			'content/articles/a.md',
			'  trường: campaign',
			'  giá trị: x',
			'  cần: mã phong trào',
			'  gợi ý: có phải ý bạn là “y”?',
		]);
	});
	it('counts and lists every problem in its message', () => {
		const error = new ContentError([
			{ file: 'a.md', field: 'date', expected: 'ngày' },
			{ file: 'b.md', field: 'title', expected: 'tiêu đề' },
		]);
		expect(error.message).toMatch(/^Nội dung không hợp lệ \(2 lỗi\)/);
		expect(error.message).toContain('a.md');
		expect(error.message).toContain('b.md');
		expect(error.problems).toHaveLength(2);
	});
});
