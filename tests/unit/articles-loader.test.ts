/**
 * The articles loader against a stand-in for Astro's loader context (the public LoaderContext and
 * DataStore shapes): what it stores, what it skips when nothing changed, what it deletes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyStore } from '../../src/lib/body-html.ts';
import { ContentError } from '../../src/lib/errors.ts';
import { articlesLoader } from '../../src/loaders/articles.ts';

type DataEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

const root = mkdtempSync(join(tmpdir(), 'bantin-loader-'));
const base = join(root, 'content/articles');
const cacheDir = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const frontmatter = (title: string, extra = '') =>
	`---\ntitle: ${title}\ndate: 2020-08-14\ncampaign: a\nagency: b\nauthor: C\n${extra}---\n\n`;

function write(entry: string, text: string | Buffer): void {
	mkdirSync(join(base, entry, '..'), { recursive: true });
	writeFileSync(join(base, entry), text);
}

const photo = (background: string): Promise<Buffer> =>
	sharp({ create: { width: 8, height: 8, channels: 3, background } })
		.png()
		.toBuffer();

/** What the loader asked of Astro, on top of the store's entries. */
interface Calls {
	parsed: string[];
	modules: string[];
}

/** A loader context whose store behaves as Astro's: a set with the stored digest is ignored. */
function fakeContext(entries: Map<string, DataEntry>, calls: Calls): LoaderContext {
	const store = {
		get: (id: string) => entries.get(id),
		entries: () => [...entries],
		values: () => [...entries.values()],
		keys: () => [...entries.keys()],
		set: (entry: DataEntry) => {
			if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest)
				return false;
			entries.set(entry.id, entry);
			return true;
		},
		delete: (id: string) => void entries.delete(id),
		clear: () => entries.clear(),
		has: (id: string) => entries.has(id),
		addModuleImport: (file: string) => void calls.modules.push(file),
	};
	return {
		collection: 'articles',
		store,
		config: { root: pathToFileURL(`${root}/`) },
		parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
			calls.parsed.push(id);
			return Promise.resolve(data);
		},
		renderMarkdown: (markdown: string) =>
			Promise.resolve({ html: `<p>${markdown.replace(/^---\n---\n/, '').trim()}</p>` }),
		generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
	} as unknown as LoaderContext;
}

describe('articlesLoader', () => {
	const entries = new Map<string, DataEntry>();
	const bodies = new BodyStore(cacheDir);
	const loader = articlesLoader({ base, cacheDir });
	const load = async (): Promise<Calls> => {
		const calls: Calls = { parsed: [], modules: [] };
		await loader.load(fakeContext(entries, calls));
		return calls;
	};

	beforeAll(async () => {
		write(
			'2020/08/mot/index.md',
			`${frontmatter('Một', 'image: ./anh.png\nimageAlt: Ảnh\n')}Thân bài một.\n`,
		);
		write('2020/08/mot/anh.png', await photo('#b22222'));
		write('2020/08/hai.mdx', `${frontmatter('Hai')}Thân bài hai.\n`);
		write('2020/08/_mau.md', `${frontmatter('Mẫu')}Không phải bài.\n`);
	});

	it('stores data, path and digest, and keeps the Markdown body out of the store', async () => {
		const calls = await load();
		expect(calls.parsed.sort()).toEqual(['hai', 'mot']);
		const mot = entries.get('mot');
		expect(mot).toMatchObject({
			filePath: 'content/articles/2020/08/mot/index.md',
			data: { title: 'Một', bodyFacts: { firstParagraph: 'Thân bài một.' } },
		});
		expect(mot?.body).toBeUndefined();
		expect(mot?.rendered).toBeUndefined();
		expect(bodies.read(String(mot?.digest))).toBe('<p>Thân bài một.</p>');
		expect(entries.get('hai')).toMatchObject({ deferredRender: true });
		expect(entries.has('_mau')).toBe(false);
	});

	it('parses nothing again when nothing changed, and keeps MDX renderable', async () => {
		const calls = await load();
		expect(calls.parsed).toEqual([]);
		expect(calls.modules).toEqual(['content/articles/2020/08/hai.mdx']);
	});

	it('parses an unchanged article again when its photo changed', async () => {
		write('2020/08/mot/anh.png', await photo('#228b22'));
		expect((await load()).parsed).toEqual(['mot']);
	});

	it('names the article whose unchanged text now points at a broken photo', async () => {
		write('2020/08/mot/anh.png', 'không phải ảnh');
		const error = await load().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toContain('mot/index.md');
		write('2020/08/mot/anh.png', await photo('#228b22'));
	});

	it('parses an article again when its rendered body was removed from the cache', async () => {
		rmSync(bodies.file(String(entries.get('mot')?.digest)));
		expect((await load()).parsed).toEqual(['mot']);
		expect(bodies.read(String(entries.get('mot')?.digest))).toBe('<p>Thân bài một.</p>');
	});

	it('deletes the entry and the body of an article whose file is gone', async () => {
		const digest = String(entries.get('mot')?.digest);
		unlinkSync(join(base, '2020/08/mot/index.md'));
		await load();
		expect([...entries.keys()]).toEqual(['hai']);
		expect(bodies.has(digest)).toBe(false);
	});

	it('fails naming both files of two articles with the same id', async () => {
		write('2021/hai.md', `${frontmatter('Hai nữa')}Thân bài.\n`);
		const error = await load().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toMatch(/2020\/08\/hai\.mdx.*2021\/hai\.md/);
		unlinkSync(join(base, '2021/hai.md'));
	});
});
