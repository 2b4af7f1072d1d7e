/**
 * The old addresses (`aliases`) of every article in a content tree, read straight from the
 * files. astro.config.mjs uses it to keep redirect pages out of the sitemap: the sitemap
 * integration only sees URLs, not the pages' noindex.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles } from './lib/content-files.ts';
import { parseFrontmatter } from './lib/frontmatter.ts';
import { aliasPath } from './lib/links.ts';

export function aliasPathsIn(contentDir: string): Set<string> {
	const dir = join(contentDir, 'articles');
	const paths = new Set<string>();
	for (const entry of articleFiles(dir)) {
		const source = readFileSync(join(dir, entry), 'utf8');
		if (!source.includes('aliases')) continue;
		let aliases: unknown;
		try {
			aliases = parseFrontmatter(source)['aliases'];
		} catch {
			continue; // The build reports broken frontmatter itself.
		}
		if (!Array.isArray(aliases)) continue;
		for (const alias of aliases) if (typeof alias === 'string') paths.add(aliasPath(alias));
	}
	return paths;
}
