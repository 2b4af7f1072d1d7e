/**
 * Structured data (JSON-LD) that is safe to put inside a <script> element: `<`, `>` and `&` are
 * escaped as JSON unicode escapes, so a title containing "</script>" cannot end the element.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
	url: string;
	headline: string;
	description: string;
	datePublished: string;
	dateModified?: string | undefined;
	authors: { name: string; url: string }[];
	publisher: string;
	section: string[];
	image?: string | undefined;
}

/** A schema.org NewsArticle object. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
		url: input.url,
		headline: input.headline,
		description: input.description,
		inLanguage: 'vi',
		datePublished: input.datePublished,
		dateModified: input.dateModified ?? input.datePublished,
		author: input.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
		publisher: { '@type': 'Organization', name: input.publisher },
		articleSection: input.section,
		...(input.image ? { image: [input.image] } : {}),
	};
}
