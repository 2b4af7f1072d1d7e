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

	it('reads back the HTML written under a digest, Vietnamese intact', () => {
		const bodies = store();
		bodies.write('a1b2', '<p>Thi đua “Dân vận khéo”</p>');
		expect(bodies.has('a1b2')).toBe(true);
		expect(bodies.read('a1b2')).toBe('<p>Thi đua “Dân vận khéo”</p>');
	});

	it('answers undefined for a body never written', () => {
		const bodies = store();
		expect(bodies.has('ffff')).toBe(false);
		expect(bodies.read('ffff')).toBeUndefined();
	});

	it('refuses a digest that could name a path outside its folder', () => {
		expect(() => store().file('../../etc/passwd')).toThrow(/không hợp lệ/);
	});

	it('prunes the bodies no entry uses any more', () => {
		const bodies = store();
		bodies.write('giu', '<p>1</p>');
		bodies.write('cu', '<p>2</p>');
		expect(bodies.prune(new Set(['giu']))).toBe(1);
		expect(readdirSync(bodies.dir)).toEqual(['giu.html']);
	});
});
