/**
 * Addresses that point at articles: links written in article bodies (`/bai-viet/<id>/`) and the
 * old URLs an article keeps as `aliases` after a rename. Both the build (catalog.ts) and
 * `npm run check` use these rules, so a link or alias the check accepts is one the build accepts.
 */
import type { ContentProblem } from './errors.ts';
import { suggestId } from './errors.ts';
import { routes } from './routes.ts';

/** An article reference found in a body: the id, and the 1-based line within the body. */
export interface ArticleLink {
	id: string;
	line: number;
}

// `/bai-viet/<id>` in Markdown links, HTML attributes or absolute URLs of the site.
const ARTICLE_LINK = /\/bai-viet\/([^/\s)"'#?<>\]]+)/g;

/** Every `/bai-viet/<id>/` link in a Markdown or MDX body, in order. */
export function findArticleLinks(body: string): ArticleLink[] {
	const links: ArticleLink[] = [];
	const lines = body.split('\n');
	lines.forEach((text, index) => {
		for (const match of text.matchAll(ARTICLE_LINK)) {
			links.push({ id: decodeURIComponent(match[1] ?? ''), line: index + 1 });
		}
	});
	return links;
}

export interface LinkSource {
	id: string;
	filePath: string;
	/** The body's article links (findArticleLinks) and the body's first line in the file. */
	body: { links: readonly ArticleLink[]; line?: number | undefined };
}

/** Links to articles that do not exist (an error: readers would land on the 404 page). */
export function brokenLinkProblems(
	articles: readonly LinkSource[],
	ids: readonly string[],
): ContentProblem[] {
	const known = new Set(ids);
	const sorted = [...ids].sort();
	const problems: ContentProblem[] = [];
	for (const article of articles) {
		const bodyLine = article.body.line;
		for (const link of article.body.links) {
			if (known.has(link.id)) continue;
			problems.push({
				file: article.filePath,
				...(bodyLine !== undefined ? { line: bodyLine + link.line - 1 } : {}),
				field: 'nội dung (liên kết)',
				received: routes.article(link.id),
				expected: 'liên kết tới một bài viết có trong lưu trữ',
				suggestion: suggestId(link.id, sorted) || 'kiểm tra lại mã bài viết trong đường dẫn',
			});
		}
	}
	return problems;
}

/**
 * The path an alias is served at: leading and trailing "/" ensured, so "/tin-tuc/cu" and
 * "/tin-tuc/cu/" are the same old address.
 */
export function aliasPath(alias: string): string {
	const trimmed = alias.trim().replace(/^\/*/, '/');
	return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

export interface AliasSource {
	id: string;
	filePath: string;
	aliases: readonly string[];
}

/**
 * Aliases that cannot become redirect pages: one that collides with a real page or with another
 * alias (one of the two pages would silently replace the other), or one a static host cannot
 * serve as a folder (a query string, a fragment, a file extension).
 */
export function aliasProblems(
	articles: readonly AliasSource[],
	reserved: ReadonlySet<string>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const owners = new Map<string, AliasSource>();
	for (const article of articles) {
		for (const alias of article.aliases) {
			const path = aliasPath(alias);
			const base = { file: article.filePath, field: 'aliases', received: alias };
			if (/[?#]/.test(path) || /\.[a-z0-9]+\/$/i.test(path)) {
				problems.push({
					...base,
					expected: 'đường dẫn cũ dạng thư mục, không có “?”, “#” hay đuôi tệp (.html, .php)',
					suggestion: 'chỉ giữ phần đường dẫn, ví dụ /tin-tuc/ten-bai-cu/',
				});
				continue;
			}
			if (reserved.has(path)) {
				problems.push({
					...base,
					expected: 'một đường dẫn cũ chưa được trang nào khác dùng',
					suggestion: `${path} là địa chỉ của một trang đang có; xóa đường dẫn này khỏi aliases`,
				});
				continue;
			}
			const owner = owners.get(path);
			if (owner && owner.id !== article.id) {
				problems.push({
					...base,
					file: `${owner.filePath}, ${article.filePath}`,
					expected: 'mỗi đường dẫn cũ chỉ chuyển tới một bài viết',
					suggestion: `xóa ${path} khỏi aliases của một trong hai bài`,
				});
				continue;
			}
			owners.set(path, article);
		}
	}
	return problems;
}
