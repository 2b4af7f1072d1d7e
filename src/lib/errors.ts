/**
 * Content errors that tell an editor what to fix: which file, which field, what was expected,
 * and where possible the closest valid value ("did you mean …").
 */
import { closest, distance } from 'fastest-levenshtein';
import { fold } from './vi-text.ts';

export interface ContentProblem {
	/** Path of the offending file, relative to the project root. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** Frontmatter or data field, e.g. "campaign" or "period.to". */
	field: string;
	/** What the field should contain, in Vietnamese. */
	expected: string;
	/** The value found, if any. */
	received?: string;
	/** How to fix it, in Vietnamese. */
	suggestion?: string;
}

export function formatProblem(problem: ContentProblem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const lines = [where, `  trường: ${problem.field}`];
	if (problem.received !== undefined) lines.push(`  giá trị: ${problem.received}`);
	lines.push(`  cần: ${problem.expected}`);
	if (problem.suggestion) lines.push(`  gợi ý: ${problem.suggestion}`);
	return lines.join('\n');
}

/** One or more content problems; the build stops on it and prints every problem. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem | ContentProblem[]) {
		const list = Array.isArray(problems) ? problems : [problems];
		super(
			`Nội dung không hợp lệ (${list.length} lỗi):\n\n${list.map(formatProblem).join('\n\n')}\n`,
		);
		this.name = 'ContentError';
		this.problems = list;
	}
}

/**
 * The candidate closest to `value`, compared without tone marks or case, if it is close enough
 * to be a plausible typo (at most a third of the longer string differs).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
	const list = [...candidates];
	if (!list.length) return undefined;
	const target = fold(value);
	const folded = list.map(fold);
	const index = folded.indexOf(closest(target, folded));
	const best = list[index] ?? '';
	const limit = Math.max(2, Math.ceil(Math.max(target.length, best.length) / 3));
	return distance(target, folded[index] ?? '') <= limit ? best : undefined;
}

/** "có phải ý bạn là “x”?" when a close match exists, else the list of valid values. */
export function suggestId(value: string, valid: readonly string[]): string {
	const match = closestMatch(value, valid);
	if (match) return `có phải ý bạn là “${match}”?`;
	const shown = valid.slice(0, 8).join(', ');
	return valid.length ? `các giá trị hợp lệ: ${shown}${valid.length > 8 ? ', …' : ''}` : '';
}
