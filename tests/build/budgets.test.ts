/**
 * Quality gate: page budgets as byte counts (deterministic, unlike timings). No JavaScript except
 * on the search page; an article's HTML + CSS within 14 KB gzipped (the first round trip of a
 * slow connection), for the fixture and for the shipped content; fonts subset to Latin +
 * Vietnamese and preloaded at most once; every image with width and height.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, ROOT, TMP, removeTmp } from '../helpers/astro.ts';
import {
	fileFor,
	fontProblems,
	imageProblems,
	javascriptProblems,
	pageWeight,
} from '../helpers/gates.ts';
import { htmlPages, pageTypeOf } from '../helpers/site-pages.ts';

/** 14 KB: what fits in TCP's first congestion window (10 segments of ~1.4 KB). */
const ARTICLE_BUDGET = 14 * 1024;

/**
 * What Vietnamese text needs: the Latin block with Latin-1 punctuation, and the Vietnamese
 * letters and tone marks (the code points of Fontsource's `latin` and `vietnamese` subsets).
 */
const VIETNAMESE_RANGES = [
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329',
	'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
	'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301',
	'U+0303-0304,U+0308-0309,U+0323,U+1EA0-1EF9,U+20AB',
].join(',');

const fixtureDist = inject('fixtureDist');
const shippedDist = join(TMP, 'shipped/dist');

function budgetProblems(dist: string): string[] {
	const problems = javascriptProblems(dist);
	for (const page of htmlPages(dist)) {
		const html = readFileSync(fileFor(dist, page) ?? '', 'utf8');
		const weight = pageWeight(dist, page);
		const css = weight.stylesheets.map((href) =>
			readFileSync(fileFor(dist, new URL(href, 'http://x/').pathname) ?? '', 'utf8'),
		);
		problems.push(
			...imageProblems(page, html),
			...fontProblems(page, html, css, VIETNAMESE_RANGES),
		);
		if (pageTypeOf(page) === 'article' && weight.total > ARTICLE_BUDGET) {
			problems.push(
				`${page}: HTML + CSS is ${weight.total} bytes gzipped (HTML ${weight.html}, CSS ${weight.css}), over the ${ARTICLE_BUDGET}-byte budget`,
			);
		}
	}
	return problems;
}

describe('the fixture site', () => {
	it('stays within every budget on every page', () => {
		expect(budgetProblems(fixtureDist)).toEqual([]);
	});

	it('measures its heaviest article', () => {
		const articles = htmlPages(fixtureDist).filter((p) => pageTypeOf(p) === 'article');
		const weights = articles.map((p) => ({ page: p, ...pageWeight(fixtureDist, p) }));
		const heaviest = weights.sort((a, b) => b.total - a.total)[0];
		console.info('heaviest fixture article (gzip bytes):', heaviest);
		expect(heaviest?.total).toBeLessThanOrEqual(ARTICLE_BUDGET);
	});
});

describe('the shipped content', () => {
	beforeAll(async () => {
		removeTmp(shippedDist);
		const result = await buildSite(join(ROOT, 'content'), shippedDist);
		if (result.code !== 0) throw new Error(`Building content/ failed:\n${result.output}`);
	});
	afterAll(() => removeTmp(shippedDist));

	it('stays within every budget on every page', () => {
		const articles = htmlPages(shippedDist).filter((p) => pageTypeOf(p) === 'article');
		expect(articles.length).toBeGreaterThan(0);
		for (const page of articles) console.info(page, pageWeight(shippedDist, page));
		expect(budgetProblems(shippedDist)).toEqual([]);
	});
});
