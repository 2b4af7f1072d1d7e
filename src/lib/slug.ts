/**
 * Vietnamese text → URL slug, as DESIGN.md specifies: NFC, đ → d, marks removed, lower case,
 * anything else → "-". NFC and NFD spellings of the same words give the same slug.
 */
import { fold } from './vi-text.ts';

export function slugify(text: string): string {
	return fold(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A slug shared by more than one distinct (NFC) source text. */
export interface SlugCollision {
	slug: string;
	sources: string[];
}

/**
 * Finds different texts that would be published under the same slug ("Việt Thắng" and
 * "Viet Thang"): the page of one would silently overwrite the other's.
 */
export function findSlugCollisions(texts: Iterable<string>): SlugCollision[] {
	const bySlug = new Map<string, Set<string>>();
	for (const text of texts) {
		const slug = slugify(text);
		const sources = bySlug.get(slug) ?? new Set<string>();
		sources.add(text.normalize('NFC'));
		bySlug.set(slug, sources);
	}
	return [...bySlug]
		.filter(([, sources]) => sources.size > 1)
		.map(([slug, sources]) => ({ slug, sources: [...sources].sort() }));
}

/** `base`, or `base-2`, `base-3` … whichever is not yet taken. */
export function freeSlug(base: string, isTaken: (slug: string) => boolean): string {
	if (!isTaken(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!isTaken(candidate)) return candidate;
	}
}

/**
 * An article's id from its path inside content/articles/: the folder name for
 * `…/<id>/index.md(x)`, else the file name, as a slug (so an NFD folder name from macOS gives the
 * same id as the NFC one).
 */
export function articleIdFromPath(path: string): string {
	const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
	const file = parts.at(-1) ?? '';
	const name = file.replace(/\.(md|mdx)$/i, '');
	return slugify(name.toLowerCase() === 'index' ? (parts.at(-2) ?? name) : name);
}
