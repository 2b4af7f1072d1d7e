import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, removeTmp, TMP } from '../helpers/astro.ts';
import { listFiles } from '../helpers/dist.ts';

const again = join(TMP, 'site-again/dist');
afterAll(() => removeTmp(join(TMP, 'site-again')));

describe('deterministic output', () => {
	it('building the same content twice gives byte-identical dist/', async () => {
		const first = inject('fixtureDist');
		// --force: render every page again instead of copying last build's (incremental build).
		const result = await buildSite(FIXTURE_CONTENT, again, {}, ['--force']);
		expect(result.output).not.toContain('(restored)');
		expect(result.code, result.output).toBe(0);
		const files = listFiles(first);
		expect(listFiles(again)).toEqual(files);
		const differing = files.filter(
			(f) => !readFileSync(join(first, f)).equals(readFileSync(join(again, f))),
		);
		expect(differing).toEqual([]);
	});
});
