/**
 * Articles loader: Astro's glob loader with two guarantees it does not give by itself.
 * 1. Frontmatter is validated as YAML 1.2 (see lib/frontmatter.ts), so impossible dates fail.
 * 2. Two files that would publish under the same id fail the build, naming both files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { duplicateIdProblem } from '../lib/content-check.ts';
import { ContentError } from '../lib/errors.ts';
import { parseFrontmatter } from '../lib/frontmatter.ts';
import { articleIdFromPath } from '../lib/slug.ts';

export function articlesLoader(options: { base: string }): Loader {
	const baseUrl = pathToFileURL(options.base.endsWith('/') ? options.base : `${options.base}/`);
	const owners = new Map<string, string>();
	const inner = glob({
		pattern: '**/[^_]*.{md,mdx}',
		base: baseUrl,
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
		load: (context) =>
			inner.load({
				...context,
				parseData: (props) => {
					if (!props.filePath) return context.parseData(props);
					const data = parseFrontmatter(readFileSync(props.filePath, 'utf8'));
					return context.parseData({ ...props, data: data as typeof props.data });
				},
			}),
	};
}
