/**
 * Checks that a photo file decodes completely before Astro hands it to sharp. Astro's sharp
 * service decodes with `failOn: 'none'`, so a truncated JPEG would silently ship half grey;
 * this check fails the build instead. Results are cached by file content (sha256) in a JSON file,
 * so an unchanged photo is decoded once, not on every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { ContentError, type ContentProblem } from './errors.ts';
import { writeFileAtomic } from './files.ts';

/** Largest photo accepted, in pixels (a 16384×16384 image; an 8000×6000 photo is 48 MP). */
export const MAX_INPUT_PIXELS = 268_402_689;

export type ImageFileProblem =
	{ kind: 'missing' } | { kind: 'not-a-file' } | { kind: 'undecodable'; detail: string };

/** Where the results of checkImageFile are kept, inside Astro's cacheDir. */
export function imageCheckCacheFile(cacheDir: string): string {
	return join(cacheDir, 'bantin', 'image-checks.json');
}

interface CacheShape {
	version: 1;
	/** Content hashes of the files that decoded fine. */
	ok: Record<string, unknown>;
	/** Content hash of each file last seen, by path, valid while its size and mtime match. */
	files: Record<string, { size: number; mtimeMs: number; hash: string }>;
}

const caches = new Map<string, CacheShape>();

function readCache(file: string): CacheShape {
	let cache = caches.get(file);
	if (!cache) {
		cache = { version: 1, ok: {}, files: {} };
		try {
			const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheShape>;
			if (parsed.version === 1 && parsed.ok) cache = { ...cache, ...parsed };
		} catch {
			// A missing or damaged cache is rebuilt, never trusted.
		}
		caches.set(file, cache);
	}
	return cache;
}

/**
 * The sha256 of a file's content. Remembered by path while the file's size and mtime are
 * unchanged, so a local rebuild does not read every photo again; a fresh CI checkout (new
 * mtimes) reads each photo once and still finds its results by content.
 */
export function contentHash(file: string, cacheFile: string): string {
	const cache = readCache(cacheFile);
	const { size, mtimeMs } = statSync(file);
	const known = cache.files[file];
	if (known && known.size === size && known.mtimeMs === mtimeMs) return known.hash;
	const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
	cache.files[file] = { size, mtimeMs, hash };
	writeFileAtomic(cacheFile, JSON.stringify(cache));
	return hash;
}

/**
 * Whether `file` exists and its current content already decoded fine (is in the cache). The
 * articles loader re-reads an unchanged article whose photos fail this, so a photo replaced or
 * removed beside an unchanged article is still checked and reported with the article's name.
 */
export function isKnownGood(file: string, cacheFile: string): boolean {
	if (!existsSync(file) || !statSync(file).isFile()) return false;
	return readCache(cacheFile).ok[contentHash(file, cacheFile)] !== undefined;
}

/** Decodes the whole file (shrinking on load, so memory stays small) and reports any problem. */
export async function decodeProblem(file: string): Promise<ImageFileProblem | undefined> {
	if (!existsSync(file)) return { kind: 'missing' };
	if (!statSync(file).isFile()) return { kind: 'not-a-file' };
	try {
		await sharp(file, {
			failOn: 'truncated',
			sequentialRead: true,
			limitInputPixels: MAX_INPUT_PIXELS,
		})
			.resize(64, 64, { fit: 'inside' })
			.raw()
			.toBuffer();
		return undefined;
	} catch (error) {
		return { kind: 'undecodable', detail: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Like decodeProblem, but remembers files that decoded fine (by content hash) in `cacheFile`.
 * Returns whether the file was decoded now (`checked`) or found in the cache.
 */
export async function checkImageFile(
	file: string,
	cacheFile: string,
): Promise<{ problem?: ImageFileProblem | undefined; checked: boolean }> {
	if (!existsSync(file) || !statSync(file).isFile()) {
		return { problem: await decodeProblem(file), checked: false };
	}
	const cache = readCache(cacheFile);
	const hash = contentHash(file, cacheFile);
	if (cache.ok[hash]) return { checked: false };
	const problem = await decodeProblem(file);
	if (problem) return { problem, checked: true };
	cache.ok[hash] = true;
	writeFileAtomic(cacheFile, JSON.stringify(cache));
	return { checked: true };
}

/** One photo an article uses, for photoProblems. */
export interface ArticleImageRef {
	/** Frontmatter field or place in the body, e.g. "image" or "ảnh trong nội dung bài (./anh-2.jpg)". */
	field: string;
	/** Path on disk. */
	file: string;
	/** The path as the editor wrote it. */
	written: string;
	/** 1-based line in the article where it is written, when known. */
	line?: number | undefined;
}

/**
 * The photos of an article that are missing, not an image, or truncated, as problems naming the
 * article, the field and the image file. The build (the articles loader, the share cards) and
 * `npm run check` both decide with this.
 */
export async function photoProblems(
	articleFile: string,
	images: readonly ArticleImageRef[],
	cacheFile: string,
): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	for (const image of images) {
		const { problem } = await checkImageFile(image.file, cacheFile);
		if (!problem) continue;
		problems.push({
			file: articleFile,
			line: image.line,
			field: image.field,
			received: `${image.written} (${relative(process.cwd(), image.file)})`,
			expected:
				problem.kind === 'undecodable'
					? `một tệp ảnh JPEG, PNG, WebP hoặc AVIF đọc được trọn vẹn; sharp báo: ${problem.detail}`
					: 'một tệp ảnh nằm cạnh bài viết',
			suggestion:
				problem.kind === 'undecodable'
					? 'tệp bị hỏng, bị cắt cụt hoặc không phải ảnh: chép lại ảnh gốc từ máy ảnh hoặc xuất lại bằng phần mềm ảnh'
					: 'kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đặt ảnh cùng thư mục với bài',
		});
	}
	return problems;
}

/** Fails with a ContentError when photoProblems finds any. */
export async function assertArticleImages(
	articleFile: string,
	images: readonly ArticleImageRef[],
	cacheFile: string,
): Promise<void> {
	const problems = await photoProblems(articleFile, images, cacheFile);
	if (problems.length > 0) throw new ContentError(problems);
}
