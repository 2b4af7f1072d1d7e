import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/lib/files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
	it('creates the folder and leaves no temporary file', () => {
		const file = join(tmp, 'atomic', 'deep', 'x.html');
		writeFileAtomic(file, '<p>ok</p>');
		expect(readFileSync(file, 'utf8')).toBe('<p>ok</p>');
		expect(readdirSync(join(tmp, 'atomic', 'deep'))).toEqual(['x.html']);
	});
});
