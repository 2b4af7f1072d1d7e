import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree, writeFileAtomic } from '../../src/lib/files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('linkTree', () => {
	it('recreates a folder tree whose files outlive the original', async () => {
		const from = join(tmp, 'from');
		mkdirSync(join(from, 'fragment'), { recursive: true });
		writeFileSync(join(from, 'pagefind-entry.json'), '{"version":"1"}');
		writeFileSync(join(from, 'fragment', 'a.pf_fragment'), 'đường');
		const to = join(tmp, 'to');
		await linkTree(from, to);
		expect(readFileSync(join(to, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('đường');
		// Linked, not copied.
		expect(statSync(join(to, 'pagefind-entry.json')).ino).toBe(
			statSync(join(from, 'pagefind-entry.json')).ino,
		);
		rmSync(from, { recursive: true });
		expect(readFileSync(join(to, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
	});
});

describe('writeFileAtomic', () => {
	it('creates the folder and leaves no temporary file', () => {
		const file = join(tmp, 'atomic', 'deep', 'x.html');
		writeFileAtomic(file, '<p>ok</p>');
		expect(readFileSync(file, 'utf8')).toBe('<p>ok</p>');
		expect(readdirSync(join(tmp, 'atomic', 'deep'))).toEqual(['x.html']);
	});
});
