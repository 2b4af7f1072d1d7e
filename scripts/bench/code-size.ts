/**
 * Counts the code a maintainer reads: non-blank, non-comment lines of .ts, .astro, .mjs and .css
 * files in src/ and scripts/, the benchmark tooling (scripts/bench/) excluded.
 *
 *   node scripts/bench/code-size.ts            # the total
 *   node scripts/bench/code-size.ts --files    # every file, largest first, then the total
 *   node scripts/bench/code-size.ts DIR        # another checkout (e.g. a git worktree of an older commit)
 *
 * A line counts unless it is empty, a `//` comment, inside a `/* … *\/` block comment, or an HTML
 * comment on a line of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CODE = /\.(ts|astro|mjs|css)$/;

/** The benchmark tooling: scripts/bench/, and where older checkouts kept it (to compare them). */
const BENCH = new Set([
	'scripts/bench',
	'scripts/bench.ts',
	'scripts/bench-search.ts',
	'scripts/lib/bench',
]);

/** Non-blank, non-comment lines of one file's text. */
export function codeLines(text: string): number {
	let inBlock = false;
	let count = 0;
	for (const raw of text.split('\n')) {
		let line = raw.trim();
		if (inBlock) {
			const end = line.indexOf('*/');
			if (end < 0) continue;
			inBlock = false;
			line = line.slice(end + 2).trim();
		}
		if (line.startsWith('/*')) {
			const end = line.indexOf('*/');
			if (end < 0) {
				inBlock = true;
				continue;
			}
			line = line.slice(end + 2).trim();
		}
		if (line === '' || line.startsWith('//') || (line.startsWith('<!--') && line.endsWith('-->')))
			continue;
		count++;
	}
	return count;
}

/** Every counted file under `root` (relative paths) with its line count. */
export function codeSize(root: string): { path: string; lines: number }[] {
	const files: { path: string; lines: number }[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (BENCH.has(path)) continue;
			if (entry.isDirectory()) walk(path);
			else if (CODE.test(entry.name)) {
				files.push({ path, lines: codeLines(readFileSync(join(root, path), 'utf8')) });
			}
		}
	};
	for (const dir of ['src', 'scripts']) walk(dir);
	return files;
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');
	const files = codeSize(root).sort((a, b) => b.lines - a.lines);
	if (args.includes('--files')) for (const f of files) console.log(`${f.lines}\t${f.path}`);
	console.log(`total\t${files.reduce((sum, f) => sum + f.lines, 0)}`);
}
