/** Reading built pages: cheerio over files in a dist folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function readPage(dist: string, path: string): CheerioAPI {
	const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
	return load(readFileSync(file, 'utf8'));
}

export function exists(dist: string, path: string): boolean {
	return existsSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path));
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else out.push(relative(dir, full));
		}
	};
	walk(dir);
	return out.sort();
}
