/**
 * Legacy plain-text bulletins (shared/seed/) → article fields. The format:
 *
 *   date 2020-08 <series heading>
 *
 *   <title>
 *
 *   <lead (sapo)>
 *
 *   <photo caption: one short sentence, optional>
 *
 *   <paragraphs …>
 *
 *   Bài và ảnh: <name>
 *
 * Movements and agencies are recognised from their names in the text; what cannot be
 * recognised is reported so the importer asks for a flag instead of guessing.
 */
import { parsePartialDate, type PartialDate } from './dates.ts';
import { nfc } from './vi-text.ts';

export interface LegacyArticle {
	date: PartialDate;
	series: string | undefined;
	title: string;
	summary: string | undefined;
	imageCaption: string | undefined;
	/** Body paragraphs, plain text. */
	paragraphs: string[];
	author: string[];
	credit: string | undefined;
}

export type LegacyResult = { ok: true; value: LegacyArticle } | { ok: false; reason: string };

/** Plain text → paragraphs: blank lines separate them, wrapped lines are joined. */
export function splitParagraphs(text: string): string[] {
	return nfc(text)
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((block) =>
			block
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
				.join(' '),
		)
		.filter(Boolean);
}

const DATE_LINE = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+(.*))?$/i;
const BYLINE_LINE =
	/^((?:Bài|Ảnh|Tin|Video|Nhóm PV)(?:\s*(?:,|và|&)\s*(?:bài|ảnh|tin|video))*)\s*:\s*(.+)$/iu;

/** "Bài và ảnh: Việt Thắng" → role and names; undefined when the line is not a byline. */
export function parseByline(line: string): { credit: string; author: string[] } | undefined {
	const match = BYLINE_LINE.exec(line.trim());
	if (!match) return undefined;
	const author = (match[2] ?? '')
		.split(/\s*(?:,|;| - | – )\s*/)
		.map((name) => name.trim().replace(/[.\s]+$/, ''))
		.filter(Boolean);
	return author.length ? { credit: (match[1] ?? '').trim(), author } : undefined;
}

/** Sentences of a paragraph: a stop (. ! ? …) followed by a space and a capital letter. */
export function countSentences(paragraph: string): number {
	const stops = paragraph.match(/[.!?…]+["”’»)]*\s+(?=["“‘«(]?\p{Lu})/gu);
	return (stops?.length ?? 0) + 1;
}

/** A photo caption: one sentence, short (body paragraphs are long). */
export function looksLikeCaption(paragraph: string): boolean {
	return paragraph.length <= 200 && countSentences(paragraph) === 1;
}

/** Reads one legacy article. `caption: false` keeps every paragraph as text. */
export function parseLegacyArticle(
	text: string,
	options: { caption?: boolean } = {},
): LegacyResult {
	const paragraphs = splitParagraphs(text);
	const head = paragraphs.shift();
	const dateLine = head === undefined ? null : DATE_LINE.exec(head);
	if (!dateLine) {
		return {
			ok: false,
			reason: 'dòng đầu phải là “date YYYY-MM” hoặc “date YYYY-MM-DD”, tiếp theo là dòng chủ đề',
		};
	}
	const date = parsePartialDate(dateLine[1] ?? '');
	if (!date.ok) return { ok: false, reason: `ngày ở dòng đầu: ${date.reason}` };
	const series = dateLine[2]?.trim() || undefined;

	const title = paragraphs.shift();
	if (!title) return { ok: false, reason: 'không có tiêu đề sau dòng ngày' };

	const last = paragraphs.at(-1);
	const byline = last === undefined ? undefined : parseByline(last);
	if (!byline) {
		return {
			ok: false,
			reason:
				'không tìm thấy dòng tác giả ở cuối bài (ví dụ “Bài và ảnh: Việt Thắng”); thêm --author',
		};
	}
	paragraphs.pop();

	// The caption is the first short single sentence among the two paragraphs after the title.
	let imageCaption: string | undefined;
	if (options.caption !== false && paragraphs.length >= 2) {
		const index = paragraphs.slice(0, 2).findIndex(looksLikeCaption);
		if (index >= 0) imageCaption = paragraphs.splice(index, 1)[0];
	}
	const summary = paragraphs.length > 1 ? paragraphs.shift() : undefined;
	return {
		ok: true,
		value: {
			date: date.value,
			series,
			title,
			summary,
			imageCaption,
			paragraphs,
			author: byline.author,
			credit: byline.credit,
		},
	};
}

/** A movement or agency and the names it goes by. */
export interface NamedEntity {
	id: string;
	name: string;
	shortName: string;
}

const lower = (text: string): string => nfc(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** Whether `phrase` occurs in `haystack` (lower-cased) as whole words. */
function containsPhrase(haystack: string, phrase: string): boolean {
	const needle = lower(phrase).trim();
	if (!needle) return false;
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * The ways a text names an agency: its name and short name, and for a provincial body
 * ("Đoàn đại biểu Quốc hội tỉnh Nam Định") the forms "… tỉnh", "… của tỉnh".
 */
export function agencyPhrases(entity: NamedEntity, province: string): string[] {
	const phrases = new Set<string>();
	for (const name of [entity.name, entity.shortName]) {
		phrases.add(name);
		const core = lower(name)
			.replace(new RegExp(`\\s+tỉnh(?:\\s+${lower(province)})?$`, 'u'), '')
			.trim();
		if (core !== lower(name)) {
			phrases.add(`${core} tỉnh`);
			phrases.add(`${core} của tỉnh`);
			phrases.add(`${core} tỉnh ${province}`);
		}
	}
	return [...phrases];
}

/** Movements whose full name appears in the text (short names are too generic to trust). */
export function recogniseCampaigns(text: string, campaigns: readonly NamedEntity[]): string[] {
	const haystack = lower(text);
	return campaigns
		.filter((c) => containsPhrase(haystack, c.name))
		.map((c) => c.id)
		.sort();
}

/** Agencies named in the text, by name, short name or "… của tỉnh". */
export function recogniseAgencies(
	text: string,
	agencies: readonly NamedEntity[],
	province: string,
): string[] {
	const haystack = lower(text);
	return agencies
		.filter((a) => agencyPhrases(a, province).some((phrase) => containsPhrase(haystack, phrase)))
		.map((a) => a.id)
		.sort();
}

/** Characters that would turn plain text into Markdown syntax, escaped. */
export function escapeMarkdown(paragraph: string): string {
	return paragraph
		.replace(/[\\`*_[\]<>{}]/g, (c) => `\\${c}`)
		.replace(
			/^(#+|[-+]|\d+[.)])(\s)/,
			(_m, mark: string, space: string) => `${mark.replace(/([#\-+.)])/g, '\\$1')}${space}`,
		);
}
