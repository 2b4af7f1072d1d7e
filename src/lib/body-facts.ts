/**
 * What the build needs to know about an article body besides its HTML: the lead, the local
 * photos it shows and the links to other articles. The articles loader computes these once per
 * changed file and keeps them with the frontmatter, so the body text itself stays out of Astro's
 * data store (src/loaders/articles.ts; docs/bench.md, "Large archives").
 */
import { firstParagraph } from './lead.ts';
import { findArticleLinks, type ArticleLink } from './links.ts';
import { bodyImagePaths } from './photo.ts';

export interface BodyFacts {
	/** The first prose paragraph, as plain text ("" when there is none). */
	firstParagraph: string;
	/** Local image paths as written in the body, in order (the loader resolves them). */
	imageSources: string[];
	/** `/bai-viet/<id>/` links, each with its 1-based line in the body. */
	links: ArticleLink[];
	/** 1-based line of the body's first line in the file. */
	line: number;
}

export function bodyFacts(body: string, options: { mdx: boolean; line?: number }): BodyFacts {
	return {
		firstParagraph: firstParagraph(body, { mdx: options.mdx }),
		imageSources: bodyImagePaths(body, options.mdx),
		links: findArticleLinks(body),
		line: options.line ?? 1,
	};
}
