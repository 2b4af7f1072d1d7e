/**
 * OPML 2.0 subscription list: every feed of the site in one file that a feed reader imports in
 * one step. Groups become folders (outline elements holding the feeds).
 */
import { escapeXml } from './feeds.ts';

export interface OpmlFeed {
	/** Feed title as the reader should show it. */
	title: string;
	description?: string | undefined;
	/** Absolute URL of the feed. */
	xmlUrl: string;
	/** Absolute URL of the page the feed follows. */
	htmlUrl: string;
}

export interface OpmlGroup {
	title: string;
	feeds: OpmlFeed[];
}

function attributes(values: Record<string, string | undefined>): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
}

/** The OPML document. Empty groups are left out; no creation date, so builds stay deterministic. */
export function buildOpml(input: { title: string; language: string; groups: OpmlGroup[] }): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<opml version="2.0">',
		'\t<head>',
		`\t\t<title>${escapeXml(input.title)}</title>`,
		'\t</head>',
		'\t<body>',
	];
	for (const group of input.groups) {
		if (group.feeds.length === 0) continue;
		lines.push(`\t\t<outline${attributes({ text: group.title, title: group.title })}>`);
		for (const feed of group.feeds) {
			const attrs = attributes({
				type: 'rss',
				version: 'RSS2',
				text: feed.title,
				title: feed.title,
				description: feed.description,
				language: input.language,
				xmlUrl: feed.xmlUrl,
				htmlUrl: feed.htmlUrl,
			});
			lines.push(`\t\t\t<outline${attrs}/>`);
		}
		lines.push('\t\t</outline>');
	}
	lines.push('\t</body>', '</opml>', '');
	return lines.join('\n');
}
