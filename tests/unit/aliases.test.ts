import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasPathsIn } from '../../src/aliases.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
	mkdirSync(join(dir, 'articles', path, '..'), { recursive: true });
	writeFileSync(join(dir, 'articles', path), text);
}

describe('aliasPathsIn', () => {
	it('collects every alias of every article, normalised to /…/', () => {
		write('2020/08/a/index.md', '---\ntitle: A\naliases: [/tin-cu, /bai-viet/a-cu/]\n---\n');
		write('2021/01/b.mdx', '---\ntitle: B\naliases:\n  - tin-khac/\n---\n');
		write('2021/01/c.md', '---\ntitle: C\n---\nKhông có aliases trong phần đầu bài.\n');
		write('2021/01/hong.md', '---\ntitle: "x\naliases: [/khong-doc-duoc/]\n---\n');
		expect([...aliasPathsIn(dir)].sort()).toEqual(['/bai-viet/a-cu/', '/tin-cu/', '/tin-khac/']);
	});
	it('returns nothing for a tree without articles', () => {
		expect(aliasPathsIn(join(dir, 'khong-co')).size).toBe(0);
	});
});
