/**
 * Writes a new article file: `content/articles/<yyyy>/<mm>/<id>/index.md(x)` with YAML
 * frontmatter, never overwriting, with an id unique across the whole archive. Used by
 * `npm run new` and `npm run import`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar } from 'yaml';
import type { PartialDate } from '../../src/lib/dates.ts';
import { toIsoString } from '../../src/lib/dates.ts';
import { articleFiles } from '../../src/lib/content-files.ts';
import { articleIdFromPath, freeSlug, slugify } from '../../src/lib/slug.ts';

/** Frontmatter in the order editors read it; empty values are left out. */
export interface NewArticle {
	title: string;
	series?: string | undefined;
	date: PartialDate;
	campaign: string[];
	agency: string[];
	author: string[];
	credit?: string | undefined;
	summary?: string | undefined;
	imageCaption?: string | undefined;
	draft?: boolean | undefined;
}

const QUOTED = ['title', 'series', 'summary', 'imageCaption'];

const one = (list: string[]): string | string[] => (list.length === 1 ? (list[0] ?? '') : list);

/** YAML frontmatter (1.2, no line folding) followed by the body. */
export function renderArticle(
	article: NewArticle,
	body: string,
	comments: readonly string[] = [],
): string {
	const all: Record<string, unknown> = {
		title: article.title,
		series: article.series,
		date: toIsoString(article.date),
		campaign: one(article.campaign),
		agency: one(article.agency),
		author: one(article.author),
		credit: article.credit,
		summary: article.summary,
		imageCaption: article.imageCaption,
		draft: article.draft ? true : undefined,
	};
	const data = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
	const doc = new Document(data, { version: '1.2' });
	// Free text is quoted, so an editor can add a “:” or “#” later without breaking the YAML.
	for (const key of QUOTED) {
		const node = doc.get(key, true);
		if (isScalar(node)) node.type = 'QUOTE_SINGLE';
	}
	const yaml = doc.toString({ lineWidth: 0 });
	const extra = comments.map((c) => `${c}\n`).join('');
	return `---\n${yaml}${extra}---\n\n${body.trim()}\n`;
}

export interface WrittenArticle {
	id: string;
	path: string;
	/** True when the title's slug was taken and a suffix was added. */
	renamed: boolean;
}

/**
 * Writes the article under `root/articles/<yyyy>/<mm>/<id>/`. The id is the title's slug, or the
 * first free `<slug>-2`, `<slug>-3` … when another article anywhere in the archive has it.
 */
export function writeArticle(
	root: string,
	article: NewArticle,
	text: string,
	extension: 'md' | 'mdx',
): WrittenArticle {
	const base = slugify(article.title) || 'bai-viet';
	const taken = new Set(articleFiles(join(root, 'articles')).map(articleIdFromPath));
	const month = join(
		root,
		'articles',
		String(article.date.year),
		String(article.date.month).padStart(2, '0'),
	);
	const id = freeSlug(base, (slug) => taken.has(slug) || existsSync(join(month, slug)));
	const dir = join(month, id);
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `index.${extension}`);
	// 'wx' fails rather than overwrite, even if a file appeared since the ids were read.
	writeFileSync(path, text, { flag: 'wx' });
	return { id, path, renamed: id !== base };
}
