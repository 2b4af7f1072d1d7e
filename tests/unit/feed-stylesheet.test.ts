import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedStylesheet } from '../../src/lib/feed-stylesheet.ts';

describe('feedStylesheet', () => {
	const xsl = feedStylesheet();

	it('is a well-formed XSLT 1.0 document', () => {
		expect(XMLValidator.validate(xsl)).toBe(true);
		const doc = new XMLParser({ ignoreAttributes: false }).parse(xsl);
		expect(doc['xsl:stylesheet']['@_version']).toBe('1.0');
	});

	it('explains in Vietnamese what a feed is and links to every feed', () => {
		expect(xsl).toContain('Đây là nguồn tin RSS');
		expect(xsl).toContain('href="/theo-doi/"');
	});

	it("shows the feed's own address from atom:link", () => {
		expect(xsl).toContain(`value="{atom:link[@rel='self']/@href}"`);
	});

	it('never disables output escaping, so titles stay text', () => {
		expect(xsl).not.toContain('disable-output-escaping');
	});
});
