/**
 * Opens and fully decodes the photos articles refer to, with sharp (the decoder the build uses),
 * so a truncated or mislabelled file is caught before the build. Results are cached by path,
 * size and modification time in node_modules/.astro/, next to the build's own image cache, so a
 * second check only decodes photos that changed.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ImageRef, ImageState } from '../../src/lib/content-check.ts';

const CACHE = fileURLToPath(
	new URL('../../node_modules/.astro/bantin-check-images.json', import.meta.url),
);

type Cache = Record<string, string>;

function loadCache(): Cache {
	try {
		return JSON.parse(readFileSync(CACHE, 'utf8')) as Cache;
	} catch {
		return {};
	}
}

async function decode(path: string): Promise<ImageState> {
	try {
		// Full decode: metadata() alone only reads the header and misses truncated files.
		await sharp(path, { failOn: 'error' }).raw().toBuffer();
		return { ok: true };
	} catch (error) {
		return {
			ok: false,
			missing: false,
			reason: error instanceof Error ? error.message : String(error),
		};
	}
}

/** The state of each referenced image, in the order of `refs`. */
export async function inspectImages(
	refs: readonly ImageRef[],
	articlesDir: string,
): Promise<ImageState[]> {
	const cache = loadCache();
	const fresh: Cache = {};
	const states: ImageState[] = [];
	for (const ref of refs) {
		const path = join(articlesDir, ref.entry);
		if (!existsSync(path) || !statSync(path).isFile()) {
			states.push({ ok: false, missing: true });
			continue;
		}
		const stat = statSync(path);
		const key = `${path}\0${stat.size}\0${stat.mtimeMs}`;
		if (cache[key] === 'ok') {
			fresh[key] = 'ok';
			states.push({ ok: true });
			continue;
		}
		const state = await decode(path);
		if (state.ok) fresh[key] = 'ok';
		states.push(state);
	}
	try {
		mkdirSync(dirname(CACHE), { recursive: true });
		writeFileSync(CACHE, JSON.stringify(fresh));
	} catch {
		// A read-only checkout still gets a correct (uncached) check.
	}
	return states;
}
