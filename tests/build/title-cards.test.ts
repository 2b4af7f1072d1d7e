/**
 * site.yaml `titleCards`: a year draws title cards only for articles from that year on; the
 * older ones point their share image at the site's card, and no card file is made for them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeTmp, type BuildResult } from '../helpers/astro.ts';

const content = copyFixture('title-cards');
const dist = join(dirname(content), 'dist');
afterAll(() => removeTmp(dirname(content)));

let result: BuildResult;
beforeAll(async () => {
	const settings = join(content, 'site.yaml');
	writeFileSync(settings, `${readFileSync(settings, 'utf8')}\ntitleCards: 2020\n`);
	result = await buildSite(content, dist);
}, 120_000);

const ogImage = (id: string): string | undefined =>
	/<meta property="og:image" content="([^"]+)"/.exec(
		readFileSync(join(dist, 'bai-viet', id, 'index.html'), 'utf8'),
	)?.[1];

describe('titleCards: 2020', () => {
	it('builds', () => {
		expect(result.code, result.output).toBe(0);
	});

	it('draws cards for articles from 2020 on', () => {
		expect(existsSync(join(dist, 'anh-chia-se/bai-viet/nam-moi.png'))).toBe(true);
		expect(ogImage('nam-moi')).toMatch(/\/anh-chia-se\/bai-viet\/nam-moi\.png$/);
	});

	it('gives older articles the site card instead', () => {
		expect(existsSync(join(dist, 'anh-chia-se/bai-viet/cuoi-nam.png'))).toBe(false);
		expect(ogImage('cuoi-nam')).toMatch(/\/anh-chia-se\/mac-dinh\.png$/);
	});
});
