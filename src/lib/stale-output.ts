/**
 * Which files in the output folder a build left over from an earlier one (docs/build-cache.md).
 *
 * bantin builds into an output folder that is not emptied first (vite.build.emptyOutDir: false),
 * so an incremental build leaves the pages it did not re-render where they are instead of copying
 * 12,000 of them back from Astro's cache. What the build did not write and does not claim is
 * stale: the page of a deleted article, a listing page past the new last page, an old bundle.
 */

/** A file under the output folder, by its path relative to it (with `/`), and when it was written. */
export interface OutputFile {
	path: string;
	mtimeMs: number;
}

/**
 * Slack for file systems that keep modification times in whole seconds (or two, FAT): a file
 * written early in this build must not look older than the build. A file the previous build
 * wrote this shortly before this build began is kept; pages are written seconds before a build
 * ends, and the files written last (sitemap, search index) are rewritten by every build anyway.
 */
export const MTIME_SLACK_MS = 2000;

/** The time before which a file cannot have been written by a build that started at `startMs`. */
export function writtenBefore(startMs: number): number {
	return Math.floor(startMs / 1000) * 1000 - MTIME_SLACK_MS;
}

/**
 * Whether the build keeps `path` whatever its age: a page the incremental build left in place
 * (`claimed`), or a file under a folder another part of the build manages as a whole (`managed`,
 * e.g. "pagefind/", whose shards are linked from a cache with old times).
 */
export function isKept(
	path: string,
	claimed: ReadonlySet<string>,
	managed: readonly string[],
): boolean {
	return claimed.has(path) || managed.some((prefix) => path.startsWith(prefix));
}

/** Files to delete: older than the build (`before`, from writtenBefore) and not kept (isKept). */
export function staleFiles(
	files: Iterable<OutputFile>,
	before: number,
	claimed: ReadonlySet<string>,
	managed: readonly string[] = [],
): string[] {
	const stale: string[] = [];
	for (const { path, mtimeMs } of files) {
		if (mtimeMs < before && !isKept(path, claimed, managed)) stale.push(path);
	}
	return stale.sort();
}

/** What is known of an output folder after a build, to recognise it at the next one. */
export interface OutputStamp {
	/** The output folder's absolute path. */
	outDir: string;
	/** Files every build writes, by path: inode, size and modification time. */
	files: Record<string, { ino: number; size: number; mtimeMs: number } | null>;
}

/**
 * Whether the output folder is still what this content tree's last build left: the same folder,
 * and the files every build rewrites untouched since. Otherwise (another content tree was built
 * into it, a build was interrupted, the folder was deleted or replaced) it must be emptied, since
 * a page the incremental build would leave in place may not be this tree's.
 */
export function sameOutput(previous: OutputStamp | undefined, current: OutputStamp): boolean {
	if (!previous || previous.outDir !== current.outDir) return false;
	const names = Object.keys(current.files);
	if (names.length !== Object.keys(previous.files).length) return false;
	return names.every((name) => {
		const a = previous.files[name];
		const b = current.files[name];
		return !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
	});
}

/** The output files of the pages an incremental-build manifest lists (Astro's, version 1). */
export function manifestOutputs(manifest: unknown): Set<string> {
	const routes = (manifest as { version?: unknown; routes?: unknown } | null)?.routes;
	if ((manifest as { version?: unknown } | null)?.version !== 1 || typeof routes !== 'object') {
		throw new Error(
			'Không đọc được incremental-build.json của Astro (phiên bản khác 1): bantin cần biết trang nào ' +
				'được giữ nguyên trong thư mục dựng. Hãy kiểm tra src/lib/stale-output.ts với phiên bản Astro này.',
		);
	}
	const outputs = new Set<string>();
	for (const route of Object.values(routes ?? {})) {
		const paths = (route as { paths?: Record<string, { outputFile?: unknown }> }).paths ?? {};
		for (const entry of Object.values(paths)) {
			if (typeof entry.outputFile === 'string') outputs.add(entry.outputFile);
		}
	}
	return outputs;
}
