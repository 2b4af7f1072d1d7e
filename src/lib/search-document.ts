/**
 * What of an article page goes to Pagefind (docs/search.md). On a page with a `data-pagefind-body`
 * element Pagefind reads only that element's text, plus the elements anywhere on the page that
 * carry a filter, sort key or metadata. The rest (header, navigation, the "same movement" list,
 * footer, the inlined stylesheet) is about three quarters of an article page's bytes: sending it
 * costs the build time (serialising, sending, parsing) and, worse, makes an article's search shard
 * look changed whenever a neighbour's title changes. So the build sends a small document with just
 * those parts; Pagefind indexes it exactly as it would the whole page.
 */

/** Pagefind attributes that may give a page data from outside its body element. */
const DATA_ATTRIBUTE = /\sdata-pagefind-(?!ignore\b|body\b)[\w-]+/;
const BODY_ATTRIBUTE = /\sdata-pagefind-body\b/;
/** A start or end tag; quoted attribute values may hold `>`. */
const TAG = `(?:[^>"']|"[^"]*"|'[^']*')*>`;

/** The start of the tag that contains `at` (an index inside it), and its name. */
function tagAt(html: string, at: number): { start: number; name: string } | undefined {
	const start = html.lastIndexOf('<', at);
	if (start < 0) return undefined;
	const tag = new RegExp(`<([a-zA-Z][\\w-]*)${TAG}`, 'y');
	tag.lastIndex = start;
	const m = tag.exec(html);
	// The tag found must be the one holding `at` (no `<` inside an attribute value misled us).
	return m?.[1] && start + m[0].length > at ? { start, name: m[1].toLowerCase() } : undefined;
}

/** Where the element whose start tag begins at `start` ends (after its end tag). */
function elementEnd(html: string, start: number, name: string): number | undefined {
	const tags = new RegExp(`<(/?)${name}(?=[\\s/>])${TAG}`, 'gi');
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return m.index + m[0].length;
	}
	return undefined;
}

/**
 * The parts of `html` Pagefind would read, as a minimal document: the `<html>` start tag (its
 * `lang`), the `<meta>` tags that carry Pagefind attributes, and the body element. Returns the
 * page unchanged when it cannot be sure that is all: no body mark or more than one, an
 * unbalanced body element, or a Pagefind attribute on anything but a `<meta>` outside the body.
 */
export function searchDocument(html: string): string {
	const mark = BODY_ATTRIBUTE.exec(html);
	if (!mark || BODY_ATTRIBUTE.test(html.slice(mark.index + mark[0].length))) return html;
	const body = tagAt(html, mark.index);
	if (!body) return html;
	const end = elementEnd(html, body.start, body.name);
	if (end === undefined) return html;
	const outside = html.slice(0, body.start) + html.slice(end);
	const metas: string[] = [];
	for (const tag of outside.matchAll(new RegExp(`<[a-zA-Z]${TAG}`, 'g'))) {
		if (!DATA_ATTRIBUTE.test(tag[0])) continue;
		if (!/^<meta\s/i.test(tag[0])) return html;
		metas.push(tag[0]);
	}
	const htmlTag = new RegExp(`<html(?=[\\s>])${TAG}`, 'i').exec(html)?.[0] ?? '<html>';
	return `<!DOCTYPE html>${htmlTag}<head>${metas.join('')}</head><body>${html.slice(body.start, end)}</body></html>`;
}
