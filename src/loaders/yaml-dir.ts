/**
 * Loads a flat folder of YAML files (content/campaigns/, content/agencies/): the id is the file
 * name, which must already be a slug. One Markdown field can be rendered to HTML so pages call
 * `render(entry)` for it.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { yamlIdProblem } from '../lib/content-check.ts';
import { yamlFiles } from '../lib/content-files.ts';
import { ContentError } from '../lib/errors.ts';

export function yamlDirLoader(options: { base: string; markdownField?: string }): Loader {
	const sync = async (context: LoaderContext): Promise<void> => {
		const dir = options.base;
		const files = yamlFiles(dir);
		context.store.clear();
		for (const file of files) {
			const path = join(dir, file);
			const rel = relative(process.cwd(), path);
			const id = file.replace(/\.ya?ml$/, '');
			const idProblem = yamlIdProblem(rel, file);
			if (idProblem) throw new ContentError(idProblem);
			const source = readFileSync(path, 'utf8');
			let raw: unknown;
			try {
				raw = parse(source);
			} catch (error) {
				throw new ContentError({
					file: rel,
					field: '(cú pháp YAML)',
					expected: 'YAML hợp lệ',
					suggestion: error instanceof Error ? error.message : String(error),
				});
			}
			const data = await context.parseData({
				id,
				data: (raw ?? {}) as Record<string, unknown>,
				filePath: path,
			});
			const markdown = options.markdownField ? data[options.markdownField] : undefined;
			context.store.set({
				id,
				data,
				filePath: rel,
				digest: context.generateDigest(source),
				...(typeof markdown === 'string'
					? { rendered: await context.renderMarkdown(markdown) }
					: {}),
			});
		}
	};
	return {
		name: 'bantin-yaml-dir',
		load: async (context) => {
			await sync(context);
			context.watcher?.add(options.base);
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(options.base)) void sync(context);
			});
		},
	};
}
