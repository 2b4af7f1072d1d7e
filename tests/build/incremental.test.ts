/**
 * The incremental build (experimental.incrementalBuild, src/lib/page-key.ts): after a one-article
 * edit, a rebuild renders only the pages that show that article and copies the rest from the
 * last build, and its output is byte for byte what a cold build of the edited content gives:
 * the article, its neighbours, listings, feeds and the search index included.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeTmp, type BuildResult } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const content = copyFixture('incremental');
const root = dirname(content);
const dist = join(root, 'dist');
const coldContent = join(root, 'cold/content');
const coldDist = join(root, 'cold/dist');
/** dist/ as the rebuild left it (later builds below write into dist/ again). */
const rebuilt = join(root, 'rebuilt');
afterAll(() => removeTmp(root));

const ARTICLE = join(content, 'articles/2019/12/cuoi-nam.md');
const OLD_TITLE = 'Tổng kết phong trào cuối năm 2019';
const NEW_TITLE = 'Tổng kết phong trào “Vì an ninh Tổ quốc” cuối năm 2019';
/** A word no other article has, so the search index must have taken the edit. */
const NEW_WORD = 'Khuêvăncác';
/** A page the first build did not make, left in dist/ as a deleted article's page would be. */
const LEFTOVER = 'bai-viet/bai-da-xoa/index.html';

function restoredPages(output: string): string[] {
	return [...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1] ?? '');
}

/**
 * Pages Astro rendered rather than copied from the last build. (Under build.concurrency a
 * page's path is logged when it starts and its time when it ends, so lines interleave: every
 * logged path that was not copied was rendered.)
 */
function renderedPages(output: string): string[] {
	const restored = new Set(restoredPages(output));
	// A path can run straight into the next line: a timestamp ("/404.html10:21:55") or another
	// integration's message ("/bai-viet/cuoi-nam/index.html[bantin] vẽ thẻ chia sẻ …").
	return [...output.matchAll(/├─ (\/[^\s[]*?)(?=\d\d:\d\d:\d\d|[\s[]|$)/g)]
		.map((m) => m[1] ?? '')
		.filter((page) => !restored.has(page));
}

let first: BuildResult;
let rebuild: BuildResult;
let cold: BuildResult;
let foreign: BuildResult;
let afterForeign: BuildResult;
let foreignPage = '';

beforeAll(async () => {
	first = await buildSite(content, dist);
	mkdirSync(dirname(join(dist, LEFTOVER)), { recursive: true });
	writeFileSync(join(dist, LEFTOVER), '<p>bài đã xoá</p>');
	utimesSync(join(dist, LEFTOVER), new Date('2025-01-01'), new Date('2025-01-01'));
	const source = readFileSync(ARTICLE, 'utf8');
	expect(source).toContain(`title: ${OLD_TITLE}`);
	writeFileSync(
		ARTICLE,
		source.replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`) +
			`\nBuổi tổng kết được tổ chức tại ${NEW_WORD}.\n`,
	);
	rebuild = await buildSite(content, dist);
	cpSync(dist, rebuilt, { recursive: true });
	// The same edited content elsewhere: its own (empty) cache, so a cold build.
	cpSync(content, coldContent, { recursive: true });
	cold = await buildSite(coldContent, coldDist);
	// Another content tree built into dist/ (its cache says its last build went to coldDist), then
	// this tree again: dist/ now holds pages this tree's cache would call unchanged.
	const other = join(coldContent, 'articles/2019/12/cuoi-nam.md');
	writeFileSync(other, readFileSync(other, 'utf8').replace(NEW_WORD, 'Tháp Phổ Minh'));
	foreign = await buildSite(coldContent, dist);
	foreignPage = readFileSync(join(dist, 'bai-viet/cuoi-nam/index.html'), 'utf8');
	afterForeign = await buildSite(content, dist);
}, 400_000);

describe('rebuild after editing one article', () => {
	it('builds', () => {
		expect(first.code, first.output).toBe(0);
		expect(rebuild.code, rebuild.output).toBe(0);
		expect(cold.code, cold.output).toBe(0);
		expect(restoredPages(first.output)).toEqual([]);
	});

	it('renders the article and the pages that show it, and copies the others', () => {
		const rendered = renderedPages(rebuild.output);
		const restored = restoredPages(rebuild.output);
		// The article, its neighbours (their "older / newer" links show its title) and the newest
		// article of its movement (whose "same movement" list shows it); no other article page.
		expect(rendered.filter((page) => page.startsWith('/bai-viet/')).sort()).toEqual([
			'/bai-viet/cuoi-nam/index.html',
			'/bai-viet/ky-tu-dac-biet/index.html',
			'/bai-viet/nam-moi/index.html',
			'/bai-viet/quyet-dinh-733/index.html',
		]);
		// Listings and feeds of its movement and agency.
		expect(rendered).toContain('/phong-trao/vi-an-ninh-to-quoc/index.html');
		expect(rendered).toContain('/phong-trao/vi-an-ninh-to-quoc/rss.xml');
		expect(rendered).toContain('/co-quan/cong-an-tinh/rss.xml');
		// A page that does not show it.
		expect(restored).toContain('/bai-viet/thang-tam/index.html');
		expect(restored).toContain('/phong-trao/van-hoa-cong-so/index.html');
		expect(restored.length).toBeGreaterThan(rendered.length);
	});

	it('leaves the pages it did not render in place, and removes what no build made', () => {
		expect(rebuild.output).not.toContain('(restored)');
		expect(rebuild.output).toContain('(cached)');
		expect(rebuild.output).toMatch(/Removed 1 file\(s\) no longer part of the site/);
		expect(existsSync(join(rebuilt, LEFTOVER))).toBe(false);
	});

	it('reads the pages it did not render back into the search index', () => {
		// One shard here: it holds the edited article, so every page is read back to index it.
		expect(rebuild.output).toMatch(/(\d+) pages not re-rendered, \1 of them read back from dist/);
		expect(rebuild.output).not.toMatch(/ 0 pages not re-rendered/);
	});

	it('gives byte for byte what a cold build of the edited content gives', () => {
		const files = listFiles(coldDist);
		expect(listFiles(rebuilt)).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(rebuilt, f)).equals(readFileSync(join(coldDist, f))),
		);
		expect(differing).toEqual([]);
		const page = readFileSync(join(rebuilt, 'bai-viet/cuoi-nam/index.html'), 'utf8');
		expect(page).toContain(NEW_WORD);
		expect(page).toContain('Tổng kết phong trào “Vì an ninh Tổ quốc” cuối năm 2019');
	});
});

describe('an output folder another build wrote into', () => {
	it('is emptied, so no page of the other build survives', () => {
		expect(foreign.code, foreign.output).toBe(0);
		expect(afterForeign.code, afterForeign.output).toBe(0);
		expect(foreignPage).toContain('Tháp Phổ Minh');
		const files = listFiles(coldDist);
		expect(listFiles(dist)).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(dist, f)).equals(readFileSync(join(coldDist, f))),
		);
		expect(differing).toEqual([]);
		expect(afterForeign.output).toMatch(/is not as this content's last build left it: emptied/);
		// Pages came back from this tree's cache, not from what the other build left.
		expect(afterForeign.output).toContain('(restored)');
		// Its search shard is unchanged: known by digests, reused, nothing read back.
		expect(afterForeign.output).toMatch(
			/1 reused from the last build; [1-9]\d* pages not re-rendered, 0 of them read/,
		);
	});
});
