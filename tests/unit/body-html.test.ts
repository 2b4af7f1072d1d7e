import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyStore } from '../../src/lib/body-html.ts';

describe('BodyStore', () => {
	const dirs: string[] = [];
	const store = () => {
		const dir = mkdtempSync(join(tmpdir(), 'bantin-bodies-'));
		dirs.push(dir);
		return new BodyStore(dir);
	};
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('reads back the HTML written under a digest, Vietnamese intact', async () => {
		const bodies = store();
		bodies.write('a1b2', '<p>Thi đua “Dân vận khéo”</p>');
		await bodies.flush();
		expect(bodies.has('a1b2')).toBe(true);
		expect(bodies.read('a1b2')).toBe('<p>Thi đua “Dân vận khéo”</p>');
	});

	it('writes many bodies at once, each whole, leaving no temporary file', async () => {
		const bodies = store();
		const html = (i: number) => `<p>Bài ${i}: ${'đường '.repeat(i)}</p>`;
		for (let i = 0; i < 200; i++) bodies.write(`bai-${i}`, html(i));
		// The same body twice (two entries with one digest) must not trip over itself.
		bodies.write('bai-7', html(7));
		await bodies.flush();
		expect(readdirSync(bodies.dir)).toHaveLength(200);
		for (const i of [0, 7, 199]) expect(bodies.read(`bai-${i}`)).toBe(html(i));
	});

	it('answers undefined for a body never written', () => {
		const bodies = store();
		expect(bodies.has('ffff')).toBe(false);
		expect(bodies.read('ffff')).toBeUndefined();
	});

	it('refuses a digest that could name a path outside its folder', () => {
		expect(() => store().file('../../etc/passwd')).toThrow(/không hợp lệ/);
	});

	it('prunes the bodies no entry uses any more', async () => {
		const bodies = store();
		bodies.write('giu', '<p>1</p>');
		bodies.write('cu', '<p>2</p>');
		await bodies.flush();
		expect(bodies.prune(new Set(['giu']))).toBe(1);
		expect(readdirSync(bodies.dir)).toEqual(['giu.html']);
	});
});
