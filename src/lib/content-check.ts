/**
 * The content rules of the build, run over file contents without building: frontmatter syntax
 * (YAML 1.2, as the articles loader reads it), the same Zod schemas, unique ids, and every rule
 * of buildCatalog (references, author spellings, links between articles, aliases), and the
 * photos the build would check, listed the way the build lists them (lib/photo.ts). It is pure:
 * the caller reads the files (lib/content-files.ts) and decodes the photos (lib/image-file.ts),
 * so unit tests pass strings and `npm run check` passes the content tree.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, YAMLParseError } from 'yaml';
import { agencySchema } from '../schemas/agency.ts';
import { articleSchema } from '../schemas/article.ts';
import { campaignSchema } from '../schemas/campaign.ts';
import { siteSchema } from '../schemas/site.ts';
import { bodyFacts } from './body-facts.ts';
import {
	buildCatalog,
	checkReferences,
	isPublished,
	type Agency,
	type ArticleInput,
	type Campaign,
} from './catalog.ts';
import { comparePartialDates, toIsoString, type PartialDate } from './dates.ts';
import { ContentError, suggestId, type ContentProblem } from './errors.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { altTextProblems, articlePhotos } from './photo.ts';
import { routes } from './routes.ts';
import { articleIdFromPath, slugify } from './slug.ts';

/**
 * The body `npm run new` writes: an editor replaces these paragraphs. The check warns when one
 * is still there, so a placeholder is not published by mistake.
 */
export const TEMPLATE_PARAGRAPHS = [
	'Viết đoạn mở đầu (sapo) ở đây: một, hai câu nói bài viết về điều gì.',
	'Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống.',
] as const;

/** A file of the content tree: where it is and what it holds. */
export interface SourceFile {
	/** Path shown to the editor (relative to the project root). */
	file: string;
	/** Path inside its collection folder, e.g. "2020/08/ten-bai/index.md". */
	entry: string;
	source: string;
}

export interface ContentSources {
	articles: SourceFile[];
	campaigns: SourceFile[];
	agencies: SourceFile[];
	/** content/site.yaml, when the caller read it. */
	site?: SourceFile | undefined;
}

/** A photo an article refers to, for the caller to open and decode. */
export interface ImageRef {
	file: string;
	line?: number | undefined;
	field: string;
	/** As written: "./anh-1.jpg". */
	src: string;
	/** Relative to the articles folder, e.g. "2020/08/ten-bai/anh-1.jpg". */
	entry: string;
}

export interface ListedArticle {
	id: string;
	file: string;
	title: string;
	date: string;
}

export interface CheckReport {
	errors: ContentProblem[];
	/** Worth fixing but harmless to the build (text not in NFC, links to unpublished articles). */
	warnings: ContentProblem[];
	drafts: ListedArticle[];
	/** Dated after today: published by the first build on or after their date. */
	scheduled: ListedArticle[];
	images: ImageRef[];
	/** Files whose text is not in Unicode NFC (`--fix` rewrites them). */
	notNfc: string[];
	counts: { articles: number; campaigns: number; agencies: number };
}

const articleShape = articleSchema(z.string());
const ARTICLE_FIELDS = Object.keys(articleShape.shape);

/** Finds the line of a frontmatter field, for messages. */
type Locator = (path: readonly PropertyKey[]) => number | undefined;

function readYaml(yaml: string): { doc: ReturnType<typeof parseDocument>; counter: LineCounter } {
	const counter = new LineCounter();
	return { doc: parseDocument(yaml, { lineCounter: counter, version: '1.2' }), counter };
}

function locator(
	{ doc, counter }: { doc: ReturnType<typeof parseDocument>; counter: LineCounter },
	firstLine: number,
): Locator {
	return (path) => {
		const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
		for (let n = keys.length; n > 0; n--) {
			const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] };
			if (node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
		}
		return undefined;
	};
}

function shown(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Zod issues as problems an editor can act on: field, line, value found, what is expected. */
export function schemaProblems(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
	fields: readonly string[],
	locate: Locator = () => undefined,
): ContentProblem[] {
	return issues.flatMap((issue): ContentProblem[] => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: locate([key]),
				field: key,
				expected: `một trường có trong mẫu (${fields.join(', ')})`,
				suggestion: suggestId(key, fields) || 'xóa dòng này',
			}));
		}
		const value = valueAt(data, issue.path);
		return [
			{
				file,
				line: locate(issue.path),
				field: issue.path.map(String).join('.') || '(toàn bộ phần đầu bài)',
				...(value !== undefined ? { received: shown(value) } : {}),
				expected: issue.message,
			},
		];
	});
}

/** The first line that is not in NFC, or undefined when the whole text is. */
export function firstNonNfcLine(source: string): number | undefined {
	if (source === source.normalize('NFC')) return undefined;
	const index = source.split('\n').findIndex((line) => line !== line.normalize('NFC'));
	return index < 0 ? undefined : index + 1;
}

/** Two or more files that would publish under one id. */
export function duplicateIdProblem(id: string, files: readonly string[]): ContentProblem {
	return {
		file: files.join(', '),
		field: 'id (tên thư mục hoặc tên tệp)',
		received: id,
		expected: 'mỗi bài viết một mã riêng trong toàn bộ lưu trữ',
		suggestion: `đổi tên thư mục của một trong hai bài, ví dụ ${id}-2`,
	};
}

/** A campaign or agency file whose name is not already a slug (its name is its id). */
export function yamlIdProblem(file: string, fileName: string): ContentProblem | undefined {
	const id = fileName.replace(/\.ya?ml$/, '');
	if (slugify(id) === id) return undefined;
	return {
		file,
		field: 'tên tệp',
		received: fileName,
		expected: 'tên tệp không dấu, chữ thường, nối bằng “-” (đó là mã dùng trong bài viết)',
		suggestion: `đổi tên thành ${slugify(id)}.yaml`,
	};
}

/** The ids an article refers to, read loosely from an article whose schema check failed. */
interface ReferenceInput {
	filePath: string;
	locate: Locator;
	data: { campaign: string[]; agency: string[] };
}

const idList = (value: unknown): string[] =>
	(Array.isArray(value) ? value : [value]).filter(
		(v): v is string => typeof v === 'string' && slugify(v) === v,
	);

/** An article as the check reads it: what the build gets, plus the body text and its line. */
type CheckedInput = ArticleInput<string> & { text: string; bodyLine: number };

interface ParsedArticle {
	input: CheckedInput;
	locate: Locator;
}

function yamlErrorProblem(file: string, error: unknown, firstLine: number): ContentProblem {
	const line =
		error instanceof YAMLParseError && error.linePos
			? error.linePos[0].line + firstLine - 1
			: undefined;
	const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();
	return {
		file,
		line,
		field: '(cú pháp YAML)',
		expected: 'YAML hợp lệ: mỗi dòng “tên: giá trị”, chuỗi có dấu “:” hay “#” đặt trong ngoặc kép',
		suggestion: `sửa dòng được chỉ ra (${message})`,
	};
}

/** Reads one article: frontmatter syntax, then the schema. */
export function parseArticle(
	file: SourceFile,
):
	| { ok: true; article: ParsedArticle }
	| { ok: false; problems: ContentProblem[]; references?: ReferenceInput } {
	const split = splitFrontmatter(file.source);
	if (split.yaml === undefined) {
		return {
			ok: false,
			problems: [
				{
					file: file.file,
					line: 1,
					field: '(phần đầu bài)',
					expected: 'bài viết bắt đầu bằng phần thông tin (frontmatter) nằm giữa hai dòng ---',
					suggestion: 'tạo bài bằng lệnh npm run new để có sẵn mẫu',
				},
			],
		};
	}
	// The YAML starts on line 2 (after the opening ---).
	const read = readYaml(split.yaml);
	if (read.doc.errors.length) {
		return { ok: false, problems: read.doc.errors.map((e) => yamlErrorProblem(file.file, e, 2)) };
	}
	const raw: unknown = read.doc.toJS();
	const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
	const locate = locator(read, 2);
	const result = articleShape.safeParse(data);
	if (!result.success) {
		return {
			ok: false,
			problems: schemaProblems(file.file, result.error.issues, data, ARTICLE_FIELDS, locate),
			references: {
				filePath: file.file,
				locate,
				data: {
					campaign: idList(valueAt(data, ['campaign'])),
					agency: idList(valueAt(data, ['agency'])),
				},
			},
		};
	}
	return {
		ok: true,
		article: {
			locate,
			input: {
				id: articleIdFromPath(file.entry),
				filePath: file.file,
				body: bodyFacts(split.body, {
					mdx: file.file.endsWith('.mdx'),
					line: split.bodyLine,
				}),
				text: split.body,
				bodyLine: split.bodyLine,
				data: result.data,
			},
		},
	};
}

/** Reads a movement, agency or site settings file: its name as an id, YAML syntax, the schema. */
export function parseYamlFile<T>(
	file: SourceFile,
	schema: z.ZodType<T>,
	named = true,
): { ok: true; id: string; data: T } | { ok: false; problems: ContentProblem[] } {
	const name = file.entry.split('/').at(-1) ?? file.entry;
	const idProblem = named ? yamlIdProblem(file.file, name) : undefined;
	if (idProblem) return { ok: false, problems: [idProblem] };
	const read = readYaml(file.source);
	if (read.doc.errors.length) {
		return { ok: false, problems: read.doc.errors.map((e) => yamlErrorProblem(file.file, e, 1)) };
	}
	const data: unknown = read.doc.toJS() ?? {};
	const result = schema.safeParse(data);
	if (!result.success) {
		const fields = schema instanceof z.ZodObject ? Object.keys((schema as z.ZodObject).shape) : [];
		return {
			ok: false,
			problems: schemaProblems(file.file, result.error.issues, data, fields, locator(read, 1)),
		};
	}
	return { ok: true, id: name.replace(/\.ya?ml$/, ''), data: result.data };
}

/** The first line of an article's body that contains `text` (as written, or URL-encoded). */
function bodyLineOf(article: CheckedInput, text: string): number | undefined {
	const index = article.text
		.split('\n')
		.findIndex((line) => line.includes(text) || line.includes(encodeURI(text)));
	return index < 0 ? undefined : article.bodyLine + index;
}

/** The local photos an article uses, exactly as the build lists them (lib/photo.ts). */
export function imageRefs(file: SourceFile, parsed: ParsedArticle): ImageRef[] {
	const { input } = parsed;
	const folder = posix.dirname(file.entry);
	return articlePhotos(input.data.image, input.text, file.file.endsWith('.mdx')).map(
		({ field, written }) => ({
			file: file.file,
			line: field === 'image' ? parsed.locate(['image']) : bodyLineOf(input, written),
			field,
			src: written,
			entry: posix.join(folder, written),
		}),
	);
}

function listed(input: ArticleInput<string>): ListedArticle {
	return {
		id: input.id,
		file: input.filePath,
		title: input.data.title,
		date: toIsoString(input.data.date),
	};
}

/** Every file of the tree: articles, movements, agencies and the site settings. */
export function allFiles(sources: ContentSources): SourceFile[] {
	return [
		...sources.articles,
		...sources.campaigns,
		...sources.agencies,
		...(sources.site ? [sources.site] : []),
	];
}

/** Runs every rule of the build over the content, collecting all problems instead of stopping. */
export function checkContent(sources: ContentSources, today: PartialDate): CheckReport {
	const errors: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const notNfc: string[] = [];
	const images: ImageRef[] = [];

	for (const file of allFiles(sources)) {
		const line = firstNonNfcLine(file.source);
		if (line === undefined) continue;
		notNfc.push(file.file);
		warnings.push({
			file: file.file,
			line,
			field: '(mã hóa chữ)',
			expected: 'chữ tiếng Việt dựng sẵn (Unicode NFC)',
			suggestion: 'chạy npm run check -- --fix để chuẩn hóa tệp',
		});
	}

	// Ids: every file counts, even one whose frontmatter is broken.
	const owners = new Map<string, string[]>();
	for (const file of sources.articles) {
		const id = articleIdFromPath(file.entry);
		owners.set(id, [...(owners.get(id) ?? []), file.file]);
	}
	for (const [id, files] of owners) {
		if (files.length > 1) errors.push(duplicateIdProblem(id, files));
	}

	const parsed = new Map<string, ParsedArticle>();
	const invalid: ReferenceInput[] = [];
	for (const file of sources.articles) {
		const result = parseArticle(file);
		if (!result.ok) {
			errors.push(...result.problems);
			if (result.references) invalid.push(result.references);
			continue;
		}
		parsed.set(file.file, result.article);
		images.push(...imageRefs(file, result.article));
		const { input } = result.article;
		errors.push(...altTextProblems(file.file, input.text, (src) => bodyLineOf(input, src)));
	}

	// Movements and agencies that pass their schema; the others' problems are reported.
	const terms = <T>(files: readonly SourceFile[], schema: z.ZodType<T>) =>
		files.flatMap((file) => {
			const result = parseYamlFile(file, schema);
			if (!result.ok) errors.push(...result.problems);
			return result.ok ? [{ id: result.id, filePath: file.file, data: result.data }] : [];
		});
	const campaigns: Campaign[] = terms(sources.campaigns, campaignSchema);
	const agencies: Agency[] = terms(sources.agencies, agencySchema);

	if (sources.site) {
		const result = parseYamlFile(sources.site, siteSchema, false);
		if (!result.ok) errors.push(...result.problems);
	}

	// Articles that failed their schema still get their movement and agency ids checked.
	const problemFields = new Set(errors.map((p) => `${p.file}\0${p.field}`));
	for (const problem of checkReferences(
		invalid,
		campaigns.map((c) => c.id).sort(),
		agencies.map((a) => a.id).sort(),
		[],
	)) {
		if (problemFields.has(`${problem.file}\0${problem.field}`)) continue;
		const locate = invalid.find((r) => r.filePath === problem.file)?.locate;
		errors.push({ ...problem, line: locate?.([problem.field]) });
	}

	const articles = [...parsed.values()].map((p) => p.input);
	try {
		buildCatalog({ articles, campaigns, agencies }, { includeUnpublished: true, today });
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		for (const problem of error.problems) {
			const locate = parsed.get(problem.file)?.locate;
			errors.push(
				problem.line === undefined && locate
					? { ...problem, line: locate([problem.field]) }
					: problem,
			);
		}
	}

	for (const article of articles) {
		const index = article.text
			.split('\n')
			.findIndex((line) => TEMPLATE_PARAGRAPHS.some((p) => line.includes(p)));
		if (index < 0) continue;
		warnings.push({
			file: article.filePath,
			line: (article.bodyLine ?? 1) + index,
			field: 'nội dung',
			expected: 'nội dung bài viết thật',
			suggestion: 'bài còn đoạn mẫu do npm run new tạo; thay bằng nội dung bài',
		});
	}

	// A published article linking to one readers cannot see yet.
	const byId = new Map(articles.map((a) => [a.id, a]));
	for (const article of articles) {
		if (!isPublished(article.data, today)) continue;
		for (const link of article.body.links) {
			const target = byId.get(link.id);
			if (!target || isPublished(target.data, today)) continue;
			warnings.push({
				file: article.filePath,
				line: (article.bodyLine ?? 1) + link.line - 1,
				field: 'nội dung (liên kết)',
				received: routes.article(link.id),
				expected: 'liên kết tới một bài đã đăng',
				suggestion: `bài ${link.id} còn là bản nháp hoặc hẹn ngày ${toIsoString(target.data.date)}; liên kết sẽ hỏng cho tới khi bài đó được đăng`,
			});
		}
	}

	const byDate = (a: ArticleInput<string>, b: ArticleInput<string>) =>
		comparePartialDates(a.data.date, b.data.date);
	return {
		errors,
		warnings,
		drafts: articles
			.filter((a) => a.data.draft)
			.sort(byDate)
			.map(listed),
		scheduled: articles
			.filter((a) => !a.data.draft && comparePartialDates(a.data.date, today) > 0)
			.sort(byDate)
			.map(listed),
		images,
		notNfc,
		counts: {
			articles: sources.articles.length,
			campaigns: sources.campaigns.length,
			agencies: sources.agencies.length,
		},
	};
}
