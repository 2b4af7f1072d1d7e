/** Small file helpers shared by the build's caches. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The parsed content of a JSON file the build wrote earlier, or undefined if it is missing or bad. */
export function readJsonFile(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Writes `data` to `file` through a temporary file and a rename, creating the folder, so a reader
 * (or a build running at the same time) never sees half a file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, file);
}

/**
 * writeFileAtomic without blocking: the write runs on libuv's thread pool while the caller goes
 * on. `dirReady` skips creating a folder already known to exist.
 */
export async function writeFileAtomicAsync(
	file: string,
	data: string | Uint8Array,
	dirReady = false,
): Promise<void> {
	if (!dirReady) await mkdir(dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.${(tmpCount++).toString(36)}.tmp`;
	await writeFile(tmp, data);
	await rename(tmp, file);
}

/** Keeps concurrent async writes of the same file (one process) on separate temporary files. */
let tmpCount = 0;

/**
 * Puts a copy of the folder `from` at `to` (which must not exist yet) by hard-linking each file,
 * copying only where the file system cannot link (another device, no link support). A search
 * shard is thousands of small files; linking them is several times faster than copying, and the
 * build never writes into a file it has linked, it only deletes or replaces whole files.
 */
export async function linkTree(from: string, to: string): Promise<void> {
	await mkdir(to, { recursive: true });
	const entries = await readdir(from, { withFileTypes: true });
	// A few dozen at a time: one at a time leaves the thread pool idle (a 2,000-article shard,
	// 2,150 files, links in 0.1 s instead of 0.2-0.35 s).
	for (let i = 0; i < entries.length; i += LINK_BATCH) {
		await Promise.all(
			entries.slice(i, i + LINK_BATCH).map(async (entry) => {
				const source = join(from, entry.name);
				const target = join(to, entry.name);
				if (entry.isDirectory()) return linkTree(source, target);
				try {
					await link(source, target);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
					await copyFile(source, target);
				}
			}),
		);
	}
}

const LINK_BATCH = 64;
