/** Small text helpers for listings. */

/** Shortens text to at most `max` characters at a word boundary, adding "…". */
export function excerpt(text: string, max = 220): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max + 1);
	const space = cut.lastIndexOf(' ');
	return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,;:.–-]+$/, '')}…`;
}
