/**
 * Quality gate: the built fixture is valid output. Every page passes html-validate (the
 * `html-validate:standard` preset, settings in .htmlvalidate.mjs), every internal link,
 * fragment and asset resolves, and every XML file (sitemaps, feeds, OPML) is well-formed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esmResolver, FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, linkProblems, xmlProblems } from '../helpers/gates.ts';
import { readPage } from '../helpers/dist.ts';
import { htmlPages } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const siteUrl = readPage(dist, '/')('link[rel="canonical"]').attr('href') ?? '';

describe('the built fixture site', () => {
	it('has HTML pages to check', () => {
		expect(htmlPages(dist).length).toBeGreaterThan(20);
		expect(siteUrl).toMatch(/^https?:\/\//);
	});

	it('passes html-validate on every page', async () => {
		// The ESM resolver is what reads .htmlvalidate.mjs; without it html-validate silently
		// falls back to its `recommended` preset.
		const validator = new HtmlValidate(new FileSystemConfigLoader([esmResolver()]));
		const rules = (await validator.getConfigFor(join(dist, 'index.html'))).getRules();
		expect(rules.get('no-dup-id')?.[0], 'the standard preset is on').toBe(2);
		expect(rules.get('wcag/h37')?.[0], 'the a11y preset is on').toBe(2);
		const problems: string[] = [];
		for (const page of htmlPages(dist)) {
			const file = fileFor(dist, page) ?? '';
			const report = await validator.validateString(readFileSync(file, 'utf8'), file);
			for (const m of report.results.flatMap((r) => r.messages)) {
				problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('has no dead internal link, fragment or asset', () => {
		expect(linkProblems(dist, siteUrl)).toEqual([]);
	});

	it('writes only well-formed XML files', () => {
		expect(xmlProblems(dist)).toEqual([]);
	});
});
