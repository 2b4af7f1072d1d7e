import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/errors.ts';
import {
	assertArticleImages,
	checkImageFile,
	contentHash,
	decodeProblem,
	isKnownGood,
} from '../../src/lib/image-file.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-image-'));
const good = join(tmp, 'anh.jpg');
const text = join(tmp, 'khong-phai-anh.jpg');
const truncated = join(tmp, 'cat-cut.jpg');

beforeAll(async () => {
	const noise = Buffer.alloc(200 * 150 * 3);
	for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
	await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } })
		.jpeg()
		.toFile(good);
	writeFileSync(text, 'đây không phải ảnh');
	const bytes = readFileSync(good);
	writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('decodeProblem', () => {
	it('accepts a whole JPEG', async () => {
		await expect(decodeProblem(good)).resolves.toBeUndefined();
	});
	it('reports a missing file', async () => {
		await expect(decodeProblem(join(tmp, 'khong-co.jpg'))).resolves.toEqual({ kind: 'missing' });
	});
	it('reports a folder named like a photo', async () => {
		await expect(decodeProblem(tmp)).resolves.toEqual({ kind: 'not-a-file' });
	});
	it('reports a text file named .jpg', async () => {
		await expect(decodeProblem(text)).resolves.toMatchObject({ kind: 'undecodable' });
	});
	it('reports a JPEG cut off halfway', async () => {
		await expect(decodeProblem(truncated)).resolves.toMatchObject({ kind: 'undecodable' });
	});
});

describe('checkImageFile', () => {
	it('decodes a file once and then trusts the cache while its content is unchanged', async () => {
		const cache = join(tmp, 'cache', 'checks.json');
		expect(await checkImageFile(good, cache)).toEqual({ checked: true });
		expect(await checkImageFile(good, cache)).toEqual({ checked: false });
		expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).ok)).toHaveLength(1);
	});
	it('never caches a broken file', async () => {
		const cache = join(tmp, 'cache', 'broken.json');
		const first = await checkImageFile(truncated, cache);
		const second = await checkImageFile(truncated, cache);
		expect([first.checked, second.checked]).toEqual([true, true]);
		expect(second.problem?.kind).toBe('undecodable');
	});
});

describe('contentHash', () => {
	it('gives files with the same bytes the same hash, wherever they are', () => {
		const copy = join(tmp, 'ban-sao.jpg');
		writeFileSync(copy, readFileSync(good));
		const cache = join(tmp, 'cache', 'hash.json');
		expect(contentHash(copy, cache)).toBe(contentHash(good, cache));
	});
	it('sees a file rewritten with new content', () => {
		const file = join(tmp, 'doi.txt');
		const cache = join(tmp, 'cache', 'hash2.json');
		writeFileSync(file, 'một');
		const first = contentHash(file, cache);
		writeFileSync(file, 'hai');
		utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
		expect(contentHash(file, cache)).not.toBe(first);
	});
});

describe('isKnownGood', () => {
	it('knows a photo only after it decoded fine', async () => {
		const cache = join(tmp, 'cache', 'known.json');
		expect(isKnownGood(good, cache)).toBe(false);
		await checkImageFile(good, cache);
		expect(isKnownGood(good, cache)).toBe(true);
	});
	it('does not know a missing file', () => {
		expect(isKnownGood(join(tmp, 'khong-co.jpg'), join(tmp, 'cache', 'known.json'))).toBe(false);
	});
});

describe('assertArticleImages', () => {
	it('names the article, the field and the photo in its error', async () => {
		const error = await assertArticleImages(
			'content/articles/2020/08/bai/index.md',
			[{ field: 'image', file: truncated, written: './cat-cut.jpg' }],
			join(tmp, 'cache', 'assert.json'),
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		const message = (error as ContentError).message;
		expect(message).toContain('content/articles/2020/08/bai/index.md');
		expect(message).toContain('trường: image');
		expect(message).toContain('./cat-cut.jpg');
	});
	it('passes when every photo decodes', async () => {
		await expect(
			assertArticleImages(
				'bai.md',
				[{ field: 'image', file: good, written: './anh.jpg' }],
				join(tmp, 'cache', 'ok.json'),
			),
		).resolves.toBeUndefined();
	});
});
