/**
 * The quality gates' inventory of a built site: every HTML page in dist, and one representative
 * page per page type (shared/DESIGN.md, "Addresses"). Page types are recognised by URL pattern,
 * so pages added later (feeds, search, follow) are picked up without editing the tests: a page
 * that matches no pattern becomes a type of its own, named after its first path segment.
 */
import { listFiles } from './dist.ts';

export interface PageType {
	name: string;
	pattern: RegExp;
	/** Among several candidates, prefer the first one for which this returns true. */
	prefer?: (path: string, all: ReadonlySet<string>) => boolean;
}

const hasSecondPage = (path: string, all: ReadonlySet<string>): boolean => all.has(`${path}2/`);

/** Known page types, most specific first. */
export const PAGE_TYPES: readonly PageType[] = [
	{ name: 'home', pattern: /^\/$/ },
	// The article with HTML and script payloads in its title, summary and author (the
	// hardest one to render safely) stands for all articles.
	{
		name: 'article',
		pattern: /^\/bai-viet\/[^/]+\/$/,
		prefer: (p) => p.includes('ky-tu-dac-biet'),
	},
	{ name: 'movements', pattern: /^\/phong-trao\/$/ },
	{ name: 'movement-page-2', pattern: /^\/phong-trao\/[^/]+\/\d+\/$/ },
	{ name: 'movement', pattern: /^\/phong-trao\/[^/]+\/$/, prefer: hasSecondPage },
	{ name: 'agencies', pattern: /^\/co-quan\/$/ },
	{ name: 'agency-page-2', pattern: /^\/co-quan\/[^/]+\/\d+\/$/ },
	{ name: 'agency', pattern: /^\/co-quan\/[^/]+\/$/, prefer: hasSecondPage },
	{ name: 'authors', pattern: /^\/tac-gia\/$/ },
	{ name: 'author-page-2', pattern: /^\/tac-gia\/[^/]+\/\d+\/$/ },
	{ name: 'author', pattern: /^\/tac-gia\/[^/]+\/$/ },
	{ name: 'archive', pattern: /^\/luu-tru\/$/ },
	{ name: 'year', pattern: /^\/luu-tru\/\d{4}\/$/ },
	{ name: 'month', pattern: /^\/luu-tru\/\d{4}\/\d{2}\/$/ },
	{ name: 'search', pattern: /^\/tim-kiem\/$/ },
	{ name: 'follow', pattern: /^\/theo-doi\/$/ },
	{ name: '404', pattern: /^\/404\.html$/ },
];

/** The one page allowed to load JavaScript (Pagefind's search UI), if the site has it. */
export const SEARCH_PAGE = '/tim-kiem/';

/** The URL path a built HTML file is served at: `a/b/index.html` → `/a/b/`. */
export function pagePath(file: string): string {
	const path = `/${file.split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page in dist, as URL paths, sorted. */
export function htmlPages(dist: string): string[] {
	return listFiles(dist)
		.filter((f) => f.endsWith('.html'))
		.map(pagePath)
		.sort();
}

/** The name of a page's type; unknown pages get `other:<first segment>`. */
export function pageTypeOf(path: string): string {
	const known = PAGE_TYPES.find((type) => type.pattern.test(path));
	if (known) return known.name;
	return `other:${path.split('/')[1] || path}`;
}

export interface Representative {
	type: string;
	path: string;
}

/**
 * One page per page type present in `paths`: the first preferred candidate, else the first in
 * sorted order. A movement that has a page 2 is preferred, and its page 2 is then the
 * representative of `movement-page-2`, so pagination can be followed from one to the other.
 */
export function representatives(paths: readonly string[]): Representative[] {
	const all = new Set(paths);
	const byType = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		const type = pageTypeOf(path);
		byType.set(type, [...(byType.get(type) ?? []), path]);
	}
	const chosen = new Map<string, string>();
	for (const [type, candidates] of byType) {
		const prefer = PAGE_TYPES.find((t) => t.name === type)?.prefer;
		const pick = (prefer && candidates.find((p) => prefer(p, all))) ?? candidates[0];
		if (pick) chosen.set(type, pick);
	}
	for (const listing of ['movement', 'agency', 'author']) {
		const first = chosen.get(listing);
		if (first && all.has(`${first}2/`)) chosen.set(`${listing}-page-2`, `${first}2/`);
	}
	const order = (type: string): number => {
		const i = PAGE_TYPES.findIndex((t) => t.name === type);
		return i === -1 ? PAGE_TYPES.length : i;
	};
	return [...chosen]
		.map(([type, path]) => ({ type, path }))
		.sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type));
}

/** The page types every build of the fixture must contain (the list). */
export const REQUIRED_TYPES = [
	'home',
	'article',
	'movements',
	'movement',
	'movement-page-2',
	'agencies',
	'agency',
	'authors',
	'author',
	'archive',
	'year',
	'month',
	'404',
] as const;
