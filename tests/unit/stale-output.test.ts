import { describe, expect, it } from 'vitest';
import {
	manifestOutputs,
	MTIME_SLACK_MS,
	sameOutput,
	staleFiles,
	writtenBefore,
	type OutputStamp,
} from '../../src/lib/stale-output.ts';

describe('writtenBefore', () => {
	it('allows for file systems that keep whole (or two) seconds', () => {
		for (let offset = 0; offset < 4000; offset += 250) {
			const start = Date.UTC(2026, 10, 26, 13, 0, 0) + offset;
			const before = writtenBefore(start);
			// A file written as the build starts, on a file system with 2-second times.
			expect(Math.floor(start / 2000) * 2000).toBeGreaterThanOrEqual(before);
			expect(start - before).toBeLessThanOrEqual(1000 + MTIME_SLACK_MS);
		}
	});
});

describe('staleFiles', () => {
	const before = 1_000_000;
	it('deletes only what is older than the build and not kept by it', () => {
		const files = [
			{ path: 'index.html', mtimeMs: before + 5 },
			{ path: 'bai-viet/giu-lai/index.html', mtimeMs: before - 60_000 },
			{ path: 'bai-viet/da-xoa/index.html', mtimeMs: before - 60_000 },
			{ path: '_astro/old.abc123.css', mtimeMs: before - 1 },
			{ path: 'pagefind/fragment/x.pf_fragment', mtimeMs: 0 },
			{ path: '.git/HEAD', mtimeMs: 0 },
			{ path: 'phong-trao/a/rss.xml', mtimeMs: before },
		];
		const kept = new Set(['bai-viet/giu-lai/index.html']);
		expect(staleFiles(files, before, kept, ['pagefind/', '.git/'])).toEqual([
			'_astro/old.abc123.css',
			'bai-viet/da-xoa/index.html',
		]);
	});

	it('without managed folders, old files there are stale too', () => {
		expect(staleFiles([{ path: 'pagefind/a', mtimeMs: 0 }], 1, new Set())).toEqual(['pagefind/a']);
	});
});

describe('sameOutput', () => {
	const stamp = (mtimeMs: number, outDir = '/site/dist/'): OutputStamp => ({
		outDir,
		files: {
			'index.html': { ino: 7, size: 100, mtimeMs },
			'sitemap-index.xml': { ino: 8, size: 50, mtimeMs },
		},
	});
	it('trusts the folder only as the last build left it', () => {
		expect(sameOutput(stamp(5), stamp(5))).toBe(true);
		expect(sameOutput(undefined, stamp(5))).toBe(false);
		// Another build wrote into it since.
		expect(sameOutput(stamp(5), stamp(6))).toBe(false);
		// The last build went to another folder.
		expect(sameOutput(stamp(5, '/tmp/other/'), stamp(5))).toBe(false);
	});

	it('does not trust a folder whose files are gone', () => {
		const gone: OutputStamp = {
			outDir: '/site/dist/',
			files: { 'index.html': null, 'sitemap-index.xml': null },
		};
		expect(sameOutput(gone, gone)).toBe(false);
		expect(sameOutput(stamp(5), { ...stamp(5), files: { 'index.html': null } })).toBe(false);
	});
});

describe('manifestOutputs', () => {
	it("lists every path's output file in Astro's incremental-build manifest", () => {
		const manifest = {
			version: 1,
			configHash: 'x',
			routes: {
				'src/pages/bai-viet/[id].astro': {
					dependencyHash: 'd',
					paths: {
						'/bai-viet/a/': { cacheKey: 'k', outputFile: 'bai-viet/a/index.html' },
						'/bai-viet/b/': { cacheKey: 'k', outputFile: 'bai-viet/b/index.html' },
					},
				},
				'src/pages/rss.xml.ts': { paths: { '/rss.xml': { outputFile: 'rss.xml' } } },
			},
		};
		expect([...manifestOutputs(manifest)].sort()).toEqual([
			'bai-viet/a/index.html',
			'bai-viet/b/index.html',
			'rss.xml',
		]);
	});

	it('refuses a manifest it does not know, rather than delete pages it keeps', () => {
		expect(() => manifestOutputs({ version: 2, routes: {} })).toThrow(/incremental-build\.json/);
		expect(() => manifestOutputs(undefined)).toThrow(/phiên bản/);
	});
});
