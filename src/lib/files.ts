/** Small file helpers shared by the build's caches. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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
 * on. The folder must exist already (the caller creates it once, not once per file).
 */
export async function writeFileAtomicAsync(file: string, data: string | Uint8Array): Promise<void> {
	const tmp = `${file}.${process.pid}.${(tmpCount++).toString(36)}.tmp`;
	await writeFile(tmp, data);
	await rename(tmp, file);
}

/** Keeps concurrent async writes of the same file (one process) on separate temporary files. */
let tmpCount = 0;
