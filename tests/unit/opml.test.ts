import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildOpml } from '../../src/lib/opml.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	isArray: (name) => name === 'outline',
});

const feed = (title: string, path: string) => ({
	title,
	description: `Mô tả ${title}`,
	xmlUrl: `https://thu.example${path}rss.xml`,
	htmlUrl: `https://thu.example${path}`,
});

describe('buildOpml', () => {
	it('writes a well-formed OPML 2.0 document with one folder per group', () => {
		const opml = buildOpml({
			title: 'Các nguồn tin',
			language: 'vi',
			groups: [
				{ title: 'Toàn bộ lưu trữ', feeds: [feed('Bản tin', '/')] },
				{
					title: 'Phong trào thi đua',
					feeds: [feed('A', '/phong-trao/a/'), feed('B', '/phong-trao/b/')],
				},
			],
		});
		expect(XMLValidator.validate(opml)).toBe(true);
		const doc = parser.parse(opml).opml;
		expect(doc['@_version']).toBe('2.0');
		expect(doc.head.title).toBe('Các nguồn tin');
		const folders = doc.body.outline;
		expect(folders.map((f: { '@_text': string }) => f['@_text'])).toEqual([
			'Toàn bộ lưu trữ',
			'Phong trào thi đua',
		]);
		expect(folders[1].outline.map((o: { '@_xmlUrl': string }) => o['@_xmlUrl'])).toEqual([
			'https://thu.example/phong-trao/a/rss.xml',
			'https://thu.example/phong-trao/b/rss.xml',
		]);
		expect(folders[1].outline[0]).toMatchObject({
			'@_type': 'rss',
			'@_htmlUrl': 'https://thu.example/phong-trao/a/',
		});
	});

	it('escapes quotes, ampersands and angle brackets in attributes', () => {
		const title = 'Phong trào “X” & "Y" <Z> \'W\' 🎉';
		const opml = buildOpml({
			title: 'T & <t>',
			language: 'vi',
			groups: [{ title: 'G', feeds: [feed(title, '/a/')] }],
		});
		expect(XMLValidator.validate(opml)).toBe(true);
		const doc = parser.parse(opml).opml;
		expect(doc.head.title).toBe('T & <t>');
		expect(doc.body.outline[0].outline[0]['@_text']).toBe(title);
	});

	it('keeps NFD text as given (the schema normalises names before they get here)', () => {
		const nfd = 'Đông Hải'.normalize('NFD');
		const opml = buildOpml({
			title: 'T',
			language: 'vi',
			groups: [{ title: 'G', feeds: [feed(nfd, '/a/')] }],
		});
		expect(parser.parse(opml).opml.body.outline[0].outline[0]['@_title']).toBe(nfd);
	});

	it('leaves out empty groups and has no creation date, so it is deterministic', () => {
		const input = {
			title: 'T',
			language: 'vi',
			groups: [
				{ title: 'Rỗng', feeds: [] },
				{ title: 'G', feeds: [feed('A', '/a/')] },
			],
		};
		const opml = buildOpml(input);
		expect(opml).not.toContain('Rỗng');
		expect(opml).not.toContain('dateCreated');
		expect(buildOpml(input)).toBe(opml);
	});

	it('writes an empty body for a site with no feeds', () => {
		const opml = buildOpml({ title: 'T', language: 'vi', groups: [] });
		expect(XMLValidator.validate(opml)).toBe(true);
		expect(opml).toContain('<body>');
	});
});
