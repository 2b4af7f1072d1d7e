/**
 * The incremental build (experimental.incrementalBuild, src/lib/page-key.ts): after a one-article edit, a rebuild
 * into an empty output folder with the build cache kept (as the deploy workflow runs: a fresh
 * dist/, node_modules/.astro restored) renders only the pages that show that article, copies the
 * rest back from Astro's cache, and gives byte for byte what a cold build of the edited content
 * gives: the article, its neighbours, listings, feeds and the search index included. After an
 * article is deleted, a rebuild leaves nothing of it: no page, no feed item, no search entry.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeTmp, type BuildResult } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const content = copyFixture('incremental');
const root = dirname(content);
const dist = join(root, 'dist');
const coldContent = join(root, 'cold/content');
const coldDist = join(root, 'cold/dist');
/** dist/ as the rebuild left it (the build after the deletion writes into dist/ again). */
const rebuilt = join(root, 'rebuilt');
afterAll(() => removeTmp(root));

const ARTICLE = join(content, 'articles/2019/12/cuoi-nam.md');
const OLD_TITLE = 'Tổng kết phong trào cuối năm 2019';
const NEW_TITLE = 'Tổng kết phong trào “Vì an ninh Tổ quốc” cuối năm 2019';
/** A word no other article has, so the search index must have taken the edit. */
const NEW_WORD = 'Khuêvăncác';
/** The article deleted before the last build, and its address. */
const DELETED = join(content, 'articles/2018/05/khong-anh.md');
const DELETED_URL = '/bai-viet/khong-anh/';

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

/**
 * The files of a built site that mention `url`: pages, feeds, the sitemap, and the search
 * index (gzipped by Pagefind: a fragment holds a page's URL and text).
 */
function filesMentioning(dir: string, url: string): string[] {
	return listFiles(dir).filter((file) => {
		const bytes = readFileSync(join(dir, file));
		const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
		const text = gzipped ? gunzipSync(bytes) : bytes;
		return text.includes(url);
	});
}

let first: BuildResult;
let rebuild: BuildResult;
let cold: BuildResult;
let afterDelete: BuildResult;
/** What mentioned the deleted article before it was deleted. */
let mentionedBefore: string[] = [];

beforeAll(async () => {
	first = await buildSite(content, dist);
	mentionedBefore = filesMentioning(dist, DELETED_URL);
	const source = readFileSync(ARTICLE, 'utf8');
	expect(source).toContain(`title: ${OLD_TITLE}`);
	writeFileSync(
		ARTICLE,
		source.replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`) +
			`\nBuổi tổng kết được tổ chức tại ${NEW_WORD}.\n`,
	);
	// As the deploy workflow runs: an empty output folder, the build cache kept.
	rmSync(dist, { recursive: true, force: true });
	rebuild = await buildSite(content, dist);
	cpSync(dist, rebuilt, { recursive: true });
	// The same edited content elsewhere: its own (empty) cache, so a cold build.
	cpSync(content, coldContent, { recursive: true });
	cold = await buildSite(coldContent, coldDist);
	// A local rebuild after deleting an article: into the output folder the last build left.
	rmSync(DELETED);
	afterDelete = await buildSite(content, dist);
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

	it('copies the pages it did not render back from the cache into the empty folder', () => {
		expect(rebuild.output).toContain('(restored)');
		expect(rebuild.output).not.toContain('(cached)');
	});

	it('indexes the pages it did not render for search too', () => {
		const indexed = (output: string): string | undefined =>
			/Indexed (\d+) of \d+ pages/.exec(output)?.[1];
		expect(indexed(rebuild.output)).toMatch(/^[1-9]/);
		expect(indexed(rebuild.output)).toBe(indexed(cold.output));
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

describe('rebuild after deleting an article', () => {
	it('builds', () => {
		expect(afterDelete.code, afterDelete.output).toBe(0);
	});

	it('leaves no page, feed item or search entry of the deleted article', () => {
		// Before: its page, its movement's and agency's feeds, the sitemap, the search index.
		expect(mentionedBefore).toContain('bai-viet/khong-anh/index.html');
		expect(mentionedBefore.some((file) => file.endsWith('rss.xml'))).toBe(true);
		expect(mentionedBefore.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
		expect(existsSync(join(dist, 'bai-viet/khong-anh'))).toBe(false);
		expect(filesMentioning(dist, DELETED_URL)).toEqual([]);
	});

	it('keeps the search index of the other articles', () => {
		const fragments = listFiles(join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment'));
		expect(fragments.length).toBeGreaterThan(0);
		expect(filesMentioning(dist, '/bai-viet/cuoi-nam/')).toEqual(
			expect.arrayContaining([expect.stringMatching(/\.pf_fragment$/)]),
		);
	});
});
