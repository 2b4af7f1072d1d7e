/**
 * Articles loader: Astro's glob loader with two guarantees it does not give by itself.
 * 1. Frontmatter is validated as YAML 1.2 (see lib/frontmatter.ts), so impossible dates fail.
 * 2. Two files that would publish under the same id fail the build, naming both files.
 * 3. The local images the body uses are listed in `bodyImages`, so the schema's image() helper
 *    checks they exist and resolves them for the page (docs/photos.md).
 * 4. Bodies stay out of Astro's data store: the loader keeps what the build needs to know
 *    about each body (`bodyFacts`: lead, photos, links) with the frontmatter, and moves the
 *    rendered HTML of Markdown articles to files of their own (lib/body-html.ts). Astro keeps
 *    the whole store in one string, which ran out at about 55,000 articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { cacheDir } from '../config.ts';
import { duplicateIdProblem } from '../lib/content-check.ts';
import { ContentError } from '../lib/errors.ts';
import { assertArticleImages, imageCheckCacheFile, isKnownGood } from '../lib/image-file.ts';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { articleImageProblems, bodyImagePaths } from '../lib/photo.ts';
import { articleIdFromPath } from '../lib/slug.ts';
import { bodyFacts } from '../lib/body-facts.ts';
import { BodyStore } from '../lib/body-html.ts';

const imageCheckCache = imageCheckCacheFile(cacheDir);
const bodies = new BodyStore(cacheDir);

type Store = Parameters<Loader['load']>[0]['store'];

/**
 * The glob loader skips an article whose file is unchanged. Hide such an entry from it when a
 * photo it uses was removed or changed since it was checked, so the article is parsed (and its
 * photos checked) again instead of Vite failing later without naming the article.
 */
function withLeanEntries(store: Store): Store {
	const photosOk = (entry: ReturnType<Store['get']>): boolean => {
		if (!entry?.filePath) return true;
		const folder = dirname(resolve(entry.filePath));
		const data = entry.data as { image?: unknown; bodyImages?: unknown };
		const written = [data.image, ...(Array.isArray(data.bodyImages) ? data.bodyImages : [])];
		return written.every(
			(path) =>
				typeof path !== 'string' ||
				isKnownGood(resolve(folder, path.replace(/^__ASTRO_IMAGE_/, '')), imageCheckCache),
		);
	};
	// Parsed again: an entry stored before bodyFacts existed, and a Markdown entry whose HTML
	// file is gone (the cache partly cleared).
	const bodyOk = (entry: ReturnType<Store['get']>): boolean =>
		!entry ||
		((entry.data as { bodyFacts?: unknown }).bodyFacts !== undefined &&
			(entry.deferredRender === true || bodies.has(String(entry.digest))));
	return new Proxy(store, {
		get(target, prop, receiver) {
			if (prop === 'get') {
				return (id: string) => {
					const entry = target.get(id);
					return photosOk(entry) && bodyOk(entry) ? entry : undefined;
				};
			}
			if (prop === 'set') {
				return (entry: Parameters<Store['set']>[0]) => {
					const { rendered, ...lean } = entry;
					if (rendered && entry.digest !== undefined)
						bodies.write(String(entry.digest), rendered.html);
					return target.set(lean);
				};
			}
			const value: unknown = Reflect.get(target, prop, receiver);
			return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
		},
	});
}

export function articlesLoader(options: { base: string }): Loader {
	const baseUrl = pathToFileURL(options.base.endsWith('/') ? options.base : `${options.base}/`);
	const owners = new Map<string, string>();
	const inner = glob({
		pattern: '**/[^_]*.{md,mdx}',
		base: baseUrl,
		// The loader keeps bodyFacts instead (see 4. above).
		retainBody: false,
		generateId: ({ entry }) => {
			const id = articleIdFromPath(entry);
			const owner = owners.get(id);
			if (owner && owner !== entry && existsSync(new URL(owner, baseUrl))) {
				const rel = (p: string) => relative(process.cwd(), fileURLToPath(new URL(p, baseUrl)));
				throw new ContentError(duplicateIdProblem(id, [rel(owner), rel(entry)]));
			}
			owners.set(id, entry);
			return id;
		},
	});
	return {
		name: 'bantin-articles',
		load: async (context) => {
			await inner.load({
				...context,
				store: withLeanEntries(context.store),
				parseData: async (props) => {
					if (!props.filePath) return context.parseData(props);
					const source = readFileSync(props.filePath, 'utf8');
					const data = parseFrontmatter(source);
					const { body, bodyLine } = splitFrontmatter(source);
					const isMdx = props.filePath.endsWith('.mdx');
					const folder = dirname(props.filePath);
					const problems = articleImageProblems({
						file: relative(process.cwd(), props.filePath),
						body,
						isMdx,
						image: data['image'],
						exists: (path) => existsSync(resolve(folder, path)),
					});
					if (problems.length > 0) throw new ContentError(problems);
					const bodyImages = bodyImagePaths(body, isMdx);
					// Not an image, or cut off: fail here, naming the article, rather than in Vite.
					await assertArticleImages(
						relative(process.cwd(), props.filePath),
						[
							...(typeof data['image'] === 'string' ? [['image', data['image']]] : []),
							...bodyImages.map((path) => [`ảnh trong nội dung bài (${path})`, path]),
						].map(([field = '', written = '']) => ({
							field,
							written,
							file: resolve(folder, written),
						})),
						imageCheckCache,
					);
					// Computed here, never taken from the frontmatter (docs/photos.md).
					delete data['bodyImages'];
					if (bodyImages.length > 0) data['bodyImages'] = bodyImages;
					data['bodyFacts'] = bodyFacts(body, { mdx: isMdx, line: bodyLine });
					return context.parseData({ ...props, data: data as typeof props.data });
				},
			});
			await bodies.flush();
			const kept = new Set(context.store.values().map((entry) => String(entry.digest)));
			bodies.prune(kept);
		},
	};
}
