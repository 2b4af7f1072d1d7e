/**
 * The one place that builds the site's addresses (shared/DESIGN.md, "Addresses"). Every path is
 * root-relative and ends in "/" (or a file name); `absoluteUrl` makes them absolute.
 */
const pad = (n: number): string => String(n).padStart(2, '0');

const page = (base: string, n = 1): string => (n > 1 ? `${base}${n}/` : base);

export const routes = {
	home: (): string => '/',
	article: (id: string): string => `/bai-viet/${id}/`,
	movements: (): string => '/phong-trao/',
	movement: (id: string, n = 1): string => page(`/phong-trao/${id}/`, n),
	movementFeed: (id: string): string => `/phong-trao/${id}/rss.xml`,
	agencies: (): string => '/co-quan/',
	agency: (id: string, n = 1): string => page(`/co-quan/${id}/`, n),
	agencyFeed: (id: string): string => `/co-quan/${id}/rss.xml`,
	authors: (): string => '/tac-gia/',
	author: (slug: string, n = 1): string => page(`/tac-gia/${slug}/`, n),
	archive: (): string => '/luu-tru/',
	archiveYear: (year: number): string => `/luu-tru/${year}/`,
	archiveMonth: (year: number, month: number): string => `/luu-tru/${year}/${pad(month)}/`,
	search: (query?: string): string =>
		query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/',
	follow: (): string => '/theo-doi/',
	feed: (): string => '/rss.xml',
	feedStylesheet: (): string => '/rss.xsl',
	opml: (): string => '/theo-doi/opml.xml',
	// Share cards (Open Graph / Twitter images), see docs/photos.md.
	shareCard: (id: string, format: 'png' | 'jpg'): string => `/anh-chia-se/bai-viet/${id}.${format}`,
	defaultShareCard: (): string => '/anh-chia-se/mac-dinh.png',
} as const;

/** Joins a root-relative path onto the site's base URL. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}
