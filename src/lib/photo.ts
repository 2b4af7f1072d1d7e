/**
 * Photos in articles: the responsive widths and `sizes` every photo uses, finding the local
 * images a Markdown body refers to, and splitting rendered Markdown HTML at its images so the
 * article page can put a <picture> (AVIF, WebP, JPEG) where Astro would put a single <img>.
 */
import type { ContentProblem } from './errors.ts';

/** Widths generated for every photo, phone (360 px at 1x) to desktop (the 44rem column at 2x). */
export const PHOTO_WIDTHS = [360, 540, 720, 1080, 1440] as const;

/** The article column: the viewport minus the page padding on phones, 44rem (704 px) on desktop. */
export const PHOTO_SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';
const COLUMN_PX = 704;

/** The `sizes` of a photo served at most `width` px wide: narrower photos are never stretched. */
export function photoSizes(width: number): string {
	return width >= COLUMN_PX ? PHOTO_SIZES : `min(${width}px, calc(100vw - 2rem))`;
}

/** Formats offered in <source> elements, best first; the <img> fallback is JPEG. */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;
export const PHOTO_FALLBACK = 'jpg' as const;

/** Share cards (Open Graph, Twitter): the size every network crops to without losing much. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The largest width served for a source `sourceWidth` px wide (never upscaled) and the srcset
 * widths up to it, so an 8000 px original is never shipped at full size.
 */
export function photoWidths(sourceWidth: number): { width: number; widths: number[] } {
	const largest = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1] ?? sourceWidth;
	const width = Math.max(1, Math.min(Math.round(sourceWidth), largest));
	return { width, widths: [...PHOTO_WIDTHS.filter((w) => w < width), width] };
}

function isLocalPath(url: string): boolean {
	return (
		url !== '' && !url.startsWith('/') && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url)
	);
}

function stripCode(markdown: string): string {
	return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** A local image a Markdown body uses, with the alt text written for it. */
export interface MarkdownImage {
	src: string;
	alt: string;
}

/**
 * Local images a Markdown body uses (`![alt](./anh.jpg)`, `![alt](<anh 1.jpg> "…")` and
 * reference definitions), in order of first use. Remote URLs, absolute paths and images inside
 * code are not local photos and are left out.
 */
export function markdownImages(markdown: string): MarkdownImage[] {
	const text = stripCode(markdown);
	const found: MarkdownImage[] = [];
	const add = (raw: string | undefined, alt: string): void => {
		if (raw === undefined) return;
		const src = decodeURI(raw.trim());
		if (isLocalPath(src)) found.push({ src, alt: alt.replace(/\\(.)/g, '$1').trim() });
	};
	for (const m of text.matchAll(/!\[((?:[^\]\\]|\\.)*)\]\(\s*(?:<([^>\n]+)>|([^\s)]+))/g)) {
		add(m[2] ?? m[3], m[1] ?? '');
	}
	const refs = new Map<string, string>();
	for (const m of text.matchAll(/^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*(?:<([^>\n]+)>|(\S+))/gm)) {
		refs.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? '');
	}
	for (const m of text.matchAll(/!\[((?:[^\]\\]|\\.)*)\](?:\[((?:[^\]\\]|\\.)*)\])?(?![(:])/g)) {
		const alt = m[1] ?? '';
		add(refs.get((m[2] || alt).toLowerCase()), alt);
	}
	return found;
}

/** The distinct paths of markdownImages, in order of first use. */
export function markdownImagePaths(markdown: string): string[] {
	return [...new Set(markdownImages(markdown).map((image) => image.src))];
}

/** An image Astro's Markdown processor left in rendered HTML for the page to resolve. */
export interface MarkedImage {
	/** The path as written in the Markdown, e.g. "./anh.jpg". */
	src: string;
	alt: string;
	/** The Markdown title (`![alt](./anh.jpg "…")`), which bantin shows as the caption. */
	title?: string;
}

export type BodyPart =
	{ kind: 'html'; html: string } | { kind: 'image'; image: MarkedImage; block: boolean };

function decodeEntities(value: string): string {
	return value
		.replace(/&(?:#x22|#34|quot);/g, '"')
		.replace(/&(?:#x27|#39|apos);/g, "'")
		.replace(/&(?:#x3c|#60|lt);/gi, '<')
		.replace(/&(?:#x3e|#62|gt);/gi, '>')
		.replace(/&(?:amp|#x26|#38);/g, '&');
}

function parseMarker(json: string): MarkedImage {
	const props = JSON.parse(decodeEntities(json)) as Record<string, unknown>;
	const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
	const src = str(props['src']);
	if (src === undefined) throw new Error(`Ảnh trong bài không có đường dẫn: ${json}`);
	const title = str(props['title']);
	return { src, alt: str(props['alt']) ?? '', ...(title ? { title } : {}) };
}

/**
 * Splits rendered Markdown HTML at the `<img __ASTRO_IMAGE_="…">` markers Astro leaves for local
 * images. An image alone in its paragraph is a block (it becomes a <figure>); the <p> around it
 * is dropped. Other images stay inline.
 */
export function splitBodyHtml(html: string): BodyPart[] {
	const parts: BodyPart[] = [];
	const marker = /(<p>\s*)?<img\b[^>]*?__ASTRO_IMAGE_="([^"]*)"[^>]*>(\s*<\/p>)?/g;
	let last = 0;
	for (const m of html.matchAll(marker)) {
		const block = m[1] !== undefined && m[3] !== undefined;
		const start = m.index + (block ? 0 : (m[1]?.length ?? 0));
		const end = m.index + m[0].length - (block ? 0 : (m[3]?.length ?? 0));
		if (start > last) parts.push({ kind: 'html', html: html.slice(last, start) });
		parts.push({ kind: 'image', image: parseMarker(m[2] ?? ''), block });
		last = end;
	}
	if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
	return parts;
}

/** Local images an MDX body imports (`import anh from './anh.jpg'`), for <Figure src={anh} />. */
export function mdxImageImports(mdx: string): string[] {
	const found: string[] = [];
	for (const m of stripCode(mdx).matchAll(
		/^import\s+[\w$]+\s+from\s+['"]([^'"]+\.(?:jpe?g|png|webp|avif|gif|tiff?))['"]/gim,
	)) {
		const path = m[1] ?? '';
		if (isLocalPath(path) && !found.includes(path)) found.push(path);
	}
	return found;
}

/** Every local image an article body uses, as the loader lists it in `bodyImages`. */
export function bodyImagePaths(body: string, isMdx: boolean): string[] {
	return [...new Set([...markdownImagePaths(body), ...(isMdx ? mdxImageImports(body) : [])])];
}

/** Whether a photo credit needs the "Ảnh: " label (not when it already says "Ảnh minh họa"…). */
export function creditNeedsLabel(credit: string): boolean {
	return !/^ảnh(?=[\s:.,]|$)/iu.test(credit.normalize('NFC').trim());
}

/** A local photo an article uses: where it is written, and its path as written. */
export interface ArticlePhoto {
	field: string;
	written: string;
}

/**
 * The local photos an article uses, as the build checks them and `npm run check` too: the
 * frontmatter `image`, then each body image (bodyImagePaths) once.
 */
export function articlePhotos(image: unknown, body: string, isMdx: boolean): ArticlePhoto[] {
	// A hero photo is always a file beside the article (a URL there is reported as missing).
	return [
		...(typeof image === 'string' ? [{ field: 'image', written: image }] : []),
		...bodyImagePaths(body, isMdx).map((written) => ({
			field: `ảnh trong nội dung bài (${written})`,
			written,
		})),
	];
}

/**
 * Body images without alt text, which the build refuses before Astro sees the article. Where
 * each photo's file is missing or broken is lib/image-file.ts's photoProblems.
 */
export function altTextProblems(
	file: string,
	body: string,
	lineOf: (src: string) => number | undefined = () => undefined,
): ContentProblem[] {
	return markdownImages(body)
		.filter((image) => image.alt === '')
		.map((image) => ({
			file,
			line: lineOf(image.src),
			field: `ảnh trong nội dung bài (${image.src})`,
			received: `![](${image.src})`,
			expected: 'mô tả ảnh cho người khiếm thị trong dấu ngoặc vuông',
			suggestion: `viết ![Mô tả nội dung ảnh](${image.src})`,
		}));
}
