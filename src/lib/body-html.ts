/**
 * Rendered Markdown bodies kept beside Astro's data store instead of inside it, one file per
 * body under `<cacheDir>/bantin/bodies/<digest>.html`.
 *
 * Astro serialises the whole data store as one string, and embeds it in the server bundle as
 * another. With the bodies inside, 10,000 articles made a 127 MB store that every build held in
 * memory several times, and beyond about 55,000 articles the string exceeded V8's maximum
 * length ("RangeError: Invalid string length"). The articles loader moves each rendered body
 * here (src/loaders/articles.ts); ArticleBody reads it back when the page renders. Files are
 * named by the content digest Astro keeps for the entry, so an edited article gets a new file
 * and an unchanged one keeps its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicAsync } from './files.ts';

export class BodyStore {
	readonly dir: string;
	#writes: Promise<void>[] = [];
	#dirReady = false;

	constructor(cacheDir: string) {
		this.dir = join(cacheDir, 'bantin', 'bodies');
	}

	file(digest: string): string {
		if (!/^[\w-]+$/.test(digest)) throw new Error(`Mã băm nội dung không hợp lệ: ${digest}`);
		return join(this.dir, `${digest}.html`);
	}

	has(digest: string): boolean {
		return existsSync(this.file(digest));
	}

	/**
	 * Starts writing a body and returns at once: 10,000 synchronous writes (a temporary file and
	 * a rename each) took 9.8 s of a 10,000-article content sync. flush() waits for them.
	 */
	write(digest: string, html: string): void {
		const file = this.file(digest);
		if (!this.#dirReady) {
			mkdirSync(this.dir, { recursive: true });
			this.#dirReady = true;
		}
		this.#writes.push(writeFileAtomicAsync(file, html));
	}

	/** Waits for every write started so far; the first failure is thrown. */
	async flush(): Promise<void> {
		const writes = this.#writes;
		this.#writes = [];
		await Promise.all(writes);
	}

	/** The body's HTML, or undefined when it was never written (or the cache was cleared). */
	read(digest: string): string | undefined {
		try {
			return readFileSync(this.file(digest), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	}

	/** Deletes the bodies of articles that were edited or removed; returns how many. */
	prune(keep: ReadonlySet<string>): number {
		if (!existsSync(this.dir)) return 0;
		let removed = 0;
		for (const name of readdirSync(this.dir)) {
			const digest = name.replace(/\.html$/, '');
			if (keep.has(digest) && name.endsWith('.html')) continue;
			rmSync(join(this.dir, name), { force: true });
			removed++;
		}
		return removed;
	}
}
