/**
 * Keeps the output folder between builds instead of emptying it (docs/build-cache.md).
 *
 * Astro empties the output folder before every build, and its incremental build then copies
 * every page it does not re-render back from its cache: 12,000 files at 10,000 articles, most of
 * a rebuild's time. With `vite.build.emptyOutDir: false` those pages stay where they are, and
 * this integration does what emptying did:
 *
 * - at the start, it empties the folder anyway unless it is exactly what this content tree's
 *   last build left (src/lib/stale-output.ts, sameOutput): another tree's build, an interrupted
 *   build or a hand-made change would otherwise leave foreign pages in place;
 * - at the end, it deletes what this build neither wrote nor kept (staleFiles): the pages of
 *   deleted articles, old bundles.
 *
 * Put it last among the integrations: the stamp it writes says the whole build completed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readJsonFile, writeFileAtomic } from '../lib/files.ts';
import {
	isKept,
	manifestOutputs,
	sameOutput,
	staleFiles,
	writtenBefore,
	type OutputFile,
	type OutputStamp,
} from '../lib/stale-output.ts';

/** Files every build writes afresh (unkeyed page, sitemap): a stamp of the folder's state. */
const STAMP_FILES = ['index.html', 'sitemap-index.xml'];

/**
 * Folders the build does not own file by file: the search index, which src/integrations/pagefind.ts
 * replaces whole (its shards are linked from a cache, with old times), and a git checkout some
 * deploy from (Astro's own emptying spares `.git` too).
 */
const MANAGED = ['pagefind/', '.git/'];

function stampOf(outDir: string): OutputStamp {
	const files: OutputStamp['files'] = {};
	for (const name of STAMP_FILES) {
		try {
			const { ino, size, mtimeMs } = statSync(join(outDir, name));
			files[name] = { ino, size, mtimeMs };
		} catch {
			files[name] = null;
		}
	}
	return { outDir, files };
}

/**
 * The files under `root` that `kept` does not keep, with their modification times; a top-level
 * folder that `kept` keeps whole ("pagefind/") is not listed at all. Synchronous: a folder per
 * article makes an asynchronous walk wait on the thread pool 12,000 times (4 s at 10,000
 * articles, against 0.5 s).
 */
function unkeptFiles(root: string, kept: (path: string) => boolean): OutputFile[] {
	let top;
	try {
		top = readdirSync(root, { withFileTypes: true });
	} catch {
		return [];
	}
	const files: OutputFile[] = [];
	const consider = (dir: string, name: string): void => {
		const full = join(dir, name);
		const path = relative(root, full).split(sep).join('/');
		if (!kept(path)) files.push({ path, mtimeMs: statSync(full).mtimeMs });
	};
	for (const entry of top) {
		if (!entry.isDirectory()) consider(root, entry.name);
		else if (!kept(`${entry.name}/`)) {
			const dir = join(root, entry.name);
			for (const inner of readdirSync(dir, { recursive: true, withFileTypes: true })) {
				if (!inner.isDirectory()) consider(inner.parentPath, inner.name);
			}
		}
	}
	return files;
}

/** Removes the folders that held `files` (paths under `root`) and are now empty, upwards. */
async function removeEmptyParents(root: string, files: readonly string[]): Promise<void> {
	const dirs = new Set(files.map((path) => dirname(path)).filter((dir) => dir !== '.'));
	// Deepest first, so a parent is tried after its children.
	const deepestFirst = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length);
	for (const dir of deepestFirst) {
		for (let d = dir; d !== '.'; d = dirname(d)) {
			try {
				await rmdir(join(root, d));
			} catch {
				break; // Not empty (or already gone): its parents are not empty either.
			}
		}
	}
}

/** Empties `dir` as Astro does, sparing a `.git` checkout. */
function emptyDir(dir: string): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
	}
}

export function outputDir(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let before = 0;
	let incremental = false;
	const stampFile = (): string => join(cacheDir, 'bantin', 'output-stamp.json');
	return {
		name: 'bantin-output-dir',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
				incremental = config.experimental.incrementalBuild === true;
			},
			'astro:build:start': ({ logger }) => {
				before = writtenBefore(Date.now());
				const previous = readJsonFile(stampFile()) as OutputStamp | undefined;
				// Gone until this build completes: an interrupted build leaves no stamp behind.
				rmSync(stampFile(), { force: true });
				if (!sameOutput(previous, stampOf(outDir))) {
					emptyDir(outDir);
					if (previous)
						logger.info(`${outDir} is not as this content's last build left it: emptied`);
				}
			},
			'astro:build:done': async ({ logger }) => {
				// Pages the incremental build kept in place; without it every page is written afresh.
				const claimed = incremental
					? manifestOutputs(readJsonFile(join(cacheDir, 'incremental-build.json')))
					: new Set<string>();
				const kept = (path: string): boolean => isKept(path, claimed, MANAGED);
				const stale = staleFiles(unkeptFiles(outDir, kept), before, claimed, MANAGED);
				await Promise.all(stale.map((path) => rm(join(outDir, path), { force: true })));
				if (stale.length) {
					await removeEmptyParents(outDir, stale);
					logger.info(`Removed ${stale.length} file(s) no longer part of the site`);
				}
				writeFileAtomic(stampFile(), `${JSON.stringify(stampOf(outDir))}\n`);
			},
		},
	};
}
