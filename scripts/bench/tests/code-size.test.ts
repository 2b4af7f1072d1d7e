import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeLines, codeSize } from '../code-size.ts';

describe('codeLines', () => {
	it('counts code and skips blank lines, line comments and block comments', () => {
		const text = [
			'/**',
			' * A doc comment.',
			' */',
			"import x from 'y';",
			'',
			'// a comment',
			'const a = 1; // trailing comments keep the line',
			'/* one-line block */',
			'/* block */ const b = 2;',
			'<!-- an HTML comment -->',
			'<p>text</p>',
		].join('\n');
		expect(codeLines(text)).toBe(4);
	});
});

describe('codeSize', () => {
	it('counts src/ and scripts/ and leaves the benchmark tooling out', () => {
		const root = mkdtempSync(join(tmpdir(), 'code-size-'));
		try {
			for (const dir of ['src/lib', 'scripts/bench/lib', 'scripts/lib/bench']) {
				mkdirSync(join(root, dir), { recursive: true });
			}
			writeFileSync(join(root, 'src/lib/a.ts'), 'const a = 1;\nconst b = 2;\n');
			writeFileSync(join(root, 'src/lib/notes.md'), 'not code\n');
			writeFileSync(join(root, 'scripts/new.ts'), 'run();\n');
			writeFileSync(join(root, 'scripts/bench/lib/x.ts'), 'bench();\n');
			writeFileSync(join(root, 'scripts/lib/bench/y.ts'), 'bench();\n');
			writeFileSync(join(root, 'scripts/bench.ts'), 'bench();\n');
			const files = codeSize(root).sort((a, b) => a.path.localeCompare(b.path));
			expect(files).toEqual([
				{ path: 'scripts/new.ts', lines: 1 },
				{ path: 'src/lib/a.ts', lines: 2 },
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
