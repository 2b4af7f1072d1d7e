/**
 * The search index of a rebuild (src/integrations/pagefind.ts, LiveIndex): pages the build did
 * not render are known by the digest the last build recorded, read back from dist/ only when
 * their shard must be indexed again, and the result is byte for byte a cold build's index.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveIndex, type IndexReport, type PageDigests } from '../../src/integrations/pagefind.ts';
import { listFiles } from '../helpers/dist.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-live-index-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const WORDS = ['Hải Hậu', 'Giao Thủy', 'Xuân Trường', 'Nghĩa Hưng', 'Trực Ninh', 'Vụ Bản', 'Ý Yên'];
const urls = WORDS.map((_, i) => `/bai-viet/bai-${i}/`);
/** Every article: a cold build renders them all. */
const ALL = WORDS.map((_, i) => i);

function page(i: number, extra = ''): string {
	return `<!DOCTYPE html><html lang="vi"><head><meta name="pagefind-year" data-pagefind-filter="year[content]" content="202${i}"></head>
<body><nav data-pagefind-ignore>Bài trước: ${WORDS[(i + 1) % WORDS.length]}</nav>
<article data-pagefind-body><h1 data-pagefind-meta="title">Phong trào thi đua ở ${WORDS[i]}</h1>
<p>Đường giao thông nông thôn ở ${WORDS[i]} được mở rộng.${extra}</p></article></body></html>`;
}

interface Build {
	report: IndexReport;
	digests: PageDigests;
	dist: string;
}

/**
 * One build: `rendered` pages go to the index as Astro would hand them over (in that order); the
 * others are only in dist/, as the incremental build leaves them.
 */
async function build(
	name: string,
	html: readonly string[],
	rendered: readonly number[],
	known?: PageDigests,
	dist = join(tmp, name, 'dist'),
): Promise<Build> {
	html.forEach((text, i) => {
		const dir = join(dist, 'bai-viet', `bai-${i}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), text);
	});
	const live = new LiveIndex(join(tmp, name, 'staging'), 3, join(tmp, 'cache'), () => {}, known);
	live.expect(urls);
	for (const i of rendered) await live.add(urls[i] ?? '', html[i] ?? '', i, urls.length);
	const report = await live.finish(join(dist, 'pagefind'));
	return { report, digests: live.digests(), dist };
}

function sameFiles(a: string, b: string): string[] {
	const files = listFiles(a);
	expect(listFiles(b)).toEqual(files);
	return files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

describe('LiveIndex in a rebuild', () => {
	it('reads back only what a changed shard needs, and matches a cold build', async () => {
		const first = await build(
			'first',
			WORDS.map((_, i) => page(i)),
			ALL,
		);
		expect(first.report).toMatchObject({ pages: 7, shards: 3, reused: 0, restored: 0 });

		// Article 2 edited; articles 0 and 1 re-rendered with it (they show its title). Shards
		// hold 3 articles counted from the oldest: {4, 5, 6}, {1, 2, 3}, {0}.
		const edited = WORDS.map((_, i) => page(i, i === 2 ? ' Khuêvăncác.' : ''));
		const dist = join(tmp, 'first', 'dist');
		const rebuild = await build('rebuild', edited, [0, 1, 2], first.digests, dist);
		expect(rebuild.report).toMatchObject({ pages: 7, shards: 3, restored: 4 });
		// Shard {0} and {4, 5, 6} unchanged; {1, 2, 3} was streaming when article 3 came, so 3
		// was read back; 4, 5 and 6 were not read at all.
		expect(rebuild.report.reused).toBe(2);
		expect(rebuild.report.read).toBe(1);

		const cold = await build('cold', edited, ALL);
		expect(sameFiles(join(cold.dist, 'pagefind'), join(dist, 'pagefind'))).toEqual([]);
		expect(rebuild.digests).toEqual(cold.digests);
	}, 60_000);

	it('reads back a changed shard whose pages it did not render', async () => {
		const html = WORDS.map((_, i) => page(i, ' Lần đầu.'));
		const first = await build('first-b', html, ALL);
		// Article 5 edited (shard {4, 5, 6}); only it is rendered.
		const edited = html.map((text, i) => (i === 5 ? text.replace('Lần đầu', 'Lần hai') : text));
		const dist = join(tmp, 'first-b', 'dist');
		const rebuild = await build('rebuild-b', edited, [5], first.digests, dist);
		expect(rebuild.report).toMatchObject({ restored: 6, reused: 2, read: 2 });
		const cold = await build('cold-b', edited, ALL);
		expect(sameFiles(join(cold.dist, 'pagefind'), join(dist, 'pagefind'))).toEqual([]);
	}, 60_000);

	it('indexes what dist/ holds when a page is not what the last build recorded', async () => {
		const html = WORDS.map((_, i) => page(i, ' Bản gốc.'));
		const first = await build('first-c', html, ALL);
		// Article 4 changed behind the build's back (not rendered); article 5 edited and rendered:
		// their shard {4, 5, 6} is indexed again, with article 4 read back as it now is.
		const current = html.map((text, i) =>
			i === 4 || i === 5 ? text.replace('Bản gốc', `Bản sửa ${i}`) : text,
		);
		const dist = join(tmp, 'first-c', 'dist');
		const rebuild = await build('rebuild-c', current, [5], first.digests, dist);
		expect(rebuild.report).toMatchObject({ reused: 2, read: 2 });
		const cold = await build('cold-c', current, ALL);
		expect(sameFiles(join(cold.dist, 'pagefind'), join(dist, 'pagefind'))).toEqual([]);
		// Recorded as it really is, so the next build does not take the old digest again.
		expect(rebuild.digests).toEqual(cold.digests);
	}, 60_000);
});
