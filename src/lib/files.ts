/** Small file helpers shared by the build's caches. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
