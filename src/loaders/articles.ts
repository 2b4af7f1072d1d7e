/**
 * The articles collection, on Astro's public Loader API. For every article file
 * (lib/content-files.ts) it stores the validated frontmatter, the file's path and a digest of its
 * text, with these guarantees:
 * 1. Frontmatter read as YAML 1.2 (lib/frontmatter.ts), so impossible dates fail.
 * 2. Two files that would publish under the same id fail the build, naming both files.
 * 3. Photos checked before Astro sees them, naming the article (lib/image-file.ts), and the local
 *    images the body uses listed in `bodyImages`, so the schema's image() helper resolves them
 *    for the page (docs/photos.md).
 * 4. Bodies out of Astro's data store, which Astro keeps in one string (it ran out at about
 *    55,000 articles): the store holds what the build needs to know about each body
 *    (`bodyFacts`: lead, photos, links); the rendered HTML of a Markdown article goes to
 *    lib/body-html.ts, keyed by the digest, and MDX is rendered by Astro when the page asks
 *    (`deferredRender`).
 * An unchanged file whose rendered body and photos are still good is not parsed again.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { BodyStore } from '../lib/body-html.ts';
import { bodyFacts } from '../lib/body-facts.ts';
import { duplicateIdProblem } from '../lib/content-check.ts';
import { articleFiles } from '../lib/content-files.ts';
import { ContentError } from '../lib/errors.ts';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { assertArticleImages, imageCheckCacheFile, isKnownGood } from '../lib/image-file.ts';
import { altTextProblems, articlePhotos } from '../lib/photo.ts';
import { articleIdFromPath } from '../lib/slug.ts';

type Entry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** Articles read at once, so reading files and decoding photos overlap with the parsing. */
const CONCURRENCY = 8;

/** `base`: the articles folder; `cacheDir`: where the rendered bodies and photo checks are kept. */
export function articlesLoader(options: { base: string; cacheDir: string }): Loader {
	const bodies = new BodyStore(options.cacheDir);
	const imageChecks = imageCheckCacheFile(options.cacheDir);

	/** Whether a stored entry can stay: its body is where pages read it, its photos still good. */
	const isCurrent = (entry: Entry, file: string): boolean => {
		const data = entry.data as { image?: unknown; bodyImages?: unknown; bodyFacts?: unknown };
		if (data.bodyFacts === undefined) return false;
		if (!entry.deferredRender && !bodies.has(String(entry.digest))) return false;
		const photos = [data.image, ...(Array.isArray(data.bodyImages) ? data.bodyImages : [])];
		return photos.every(
			(path) => typeof path !== 'string' || isKnownGood(resolve(dirname(file), path), imageChecks),
		);
	};

	/** Reads one article and stores it, unless the stored entry is current. */
	const syncFile = async (context: LoaderContext, entry: string): Promise<void> => {
		const file = join(options.base, entry);
		const filePath = relative(fileURLToPath(context.config.root), file).split(sep).join('/');
		const id = articleIdFromPath(entry);
		const isMdx = file.endsWith('.mdx');
		const source = await readFile(file, 'utf8');
		const digest = context.generateDigest(source);
		const stored = context.store.get(id);
		if (stored?.digest === digest && stored.filePath === filePath && isCurrent(stored, file)) {
			if (isMdx) context.store.addModuleImport(filePath);
			return;
		}

		let data: Record<string, unknown>;
		try {
			data = parseFrontmatter(source);
		} catch (error) {
			throw new ContentError({
				file: filePath,
				field: '(cú pháp YAML)',
				expected: 'YAML hợp lệ',
				suggestion: error instanceof Error ? error.message : String(error),
			});
		}
		const { body, bodyLine } = splitFrontmatter(source);
		const altProblems = altTextProblems(filePath, body);
		if (altProblems.length > 0) throw new ContentError(altProblems);
		// Missing, not an image, or cut off: fail here, naming the article, rather than in Vite.
		await assertArticleImages(
			filePath,
			articlePhotos(data['image'], body, isMdx).map((photo) => ({
				...photo,
				file: resolve(dirname(file), photo.written),
			})),
			imageChecks,
		);
		// Computed here, never taken from the frontmatter (docs/photos.md).
		const facts = bodyFacts(body, { mdx: isMdx, line: bodyLine });
		delete data['bodyImages'];
		if (facts.imageSources.length > 0) data['bodyImages'] = facts.imageSources;
		data['bodyFacts'] = facts;
		const parsed = await context.parseData({ id, data, filePath: file });

		// The store ignores a set with the digest it already has: an entry kept for its text but
		// parsed again (photos changed, body cache gone) is replaced.
		if (stored) context.store.delete(id);
		if (isMdx) {
			context.store.set({ id, data: parsed, filePath, digest, deferredRender: true });
			return;
		}
		// The empty frontmatter keeps renderMarkdown from taking a body that opens with a
		// thematic break (---) for frontmatter of its own.
		const rendered = await context.renderMarkdown(`---\n---\n${body}`, {
			fileURL: pathToFileURL(file),
		});
		bodies.write(digest, rendered.html);
		context.store.set({ id, data: parsed, filePath, digest });
	};

	const sync = async (context: LoaderContext): Promise<void> => {
		const entries = articleFiles(options.base);
		const owners = new Map<string, string>();
		const shown = (entry: string) => relative(process.cwd(), join(options.base, entry));
		for (const entry of entries) {
			const id = articleIdFromPath(entry);
			const owner = owners.get(id);
			if (owner !== undefined) {
				throw new ContentError(duplicateIdProblem(id, [shown(owner), shown(entry)]));
			}
			owners.set(id, entry);
		}
		let next = 0;
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (next < entries.length) await syncFile(context, entries[next++] ?? '');
			}),
		);
		for (const id of context.store.keys()) if (!owners.has(id)) context.store.delete(id);
		await bodies.flush();
		bodies.prune(new Set(context.store.values().map((entry) => String(entry.digest))));
	};

	return {
		name: 'bantin-articles',
		load: async (context) => {
			await sync(context);
			// `astro dev`: any change under the articles folder (an article or a photo) syncs again;
			// unchanged articles are only hashed.
			let queue = Promise.resolve();
			context.watcher?.add(options.base);
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(options.base)) return;
				queue = queue
					.then(() => sync(context))
					.catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}
