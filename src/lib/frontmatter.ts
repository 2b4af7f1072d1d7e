/**
 * Frontmatter read as YAML 1.2. js-yaml (YAML 1.1, what Astro uses) turns an unquoted
 * `2021-02-30` into 2 March without a word; the 1.2 core schema keeps dates as the strings the
 * editor typed, so our schema can reject impossible ones.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitDocument {
	/** The frontmatter's YAML source, or undefined when there is none. */
	yaml: string | undefined;
	/** The body after the frontmatter. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
}

export function splitFrontmatter(source: string): SplitDocument {
	const match = FRONTMATTER.exec(source);
	if (!match) return { yaml: undefined, body: source, bodyLine: 1 };
	const head = match[0];
	return {
		yaml: match[1] ?? '',
		body: source.slice(head.length),
		bodyLine: head.split('\n').length,
	};
}

/** Parses the frontmatter; throws the YAML parser's error (with line) when it is malformed. */
export function parseFrontmatter(source: string): Record<string, unknown> {
	const { yaml } = splitFrontmatter(source);
	if (yaml === undefined) return {};
	const data: unknown = parse(yaml);
	return data && typeof data === 'object' && !Array.isArray(data)
		? (data as Record<string, unknown>)
		: {};
}
