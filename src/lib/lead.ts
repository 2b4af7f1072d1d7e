/**
 * The lead (sapo) of an article when its frontmatter has no `summary`: the first paragraph of
 * the body, as plain text.
 */

const SKIP_BLOCK = /^(#|!\[|import\s|export\s|<|>|```|---|\||- |\* |\d+\.\s)/;

/** Markdown inline syntax → plain text (links keep their text, emphasis marks go). */
export function stripInlineMarkdown(text: string): string {
	return text
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
		.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A JSX expression such as `{soLop}`: its value exists only once MDX runs. */
const MDX_EXPRESSION = /\{[^}]*\}/;

/**
 * First prose paragraph of a Markdown/MDX body, or "" when there is none. In MDX, paragraphs
 * with `{expressions}` are skipped: the raw source would show the code, not its value.
 */
export function firstParagraph(body: string, options: { mdx?: boolean } = {}): string {
	for (const block of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const trimmed = block.trim();
		if (!trimmed || SKIP_BLOCK.test(trimmed)) continue;
		if (options.mdx && MDX_EXPRESSION.test(trimmed)) continue;
		const text = stripInlineMarkdown(trimmed);
		if (text) return text;
	}
	return '';
}
