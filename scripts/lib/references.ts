/** Movements and agencies of the content tree, as choices for the editor tools. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sortByVi } from '../../src/lib/vi-text.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { readContent } from './content-files.ts';

export interface Reference {
	id: string;
	/** The short name, shown in lists. */
	label: string;
	name: string;
	shortName: string;
}

function read(dir: string, file: string): Reference {
	const data = (parse(readFileSync(join(dir, file), 'utf8')) ?? {}) as Record<string, unknown>;
	const text = (key: string): string => {
		const value = data[key];
		return typeof value === 'string' ? value.trim() : '';
	};
	const name = text('name');
	const shortName = text('shortName') || name;
	return { id: file.replace(/\.ya?ml$/, ''), label: shortName, name, shortName };
}

export function loadReferences(root: string): { campaigns: Reference[]; agencies: Reference[] } {
	const sources = readContent(root);
	const load = (folder: string, entries: { entry: string }[]) =>
		sortByVi(
			entries.map((e) => read(join(root, folder), e.entry)),
			(r) => r.label,
		);
	return {
		campaigns: load('campaigns', sources.campaigns),
		agencies: load('agencies', sources.agencies),
	};
}

/** The province named in content/site.yaml ("Nam Định"), for recognising "… tỉnh Nam Định". */
export function loadProvince(root: string): string {
	const file = join(root, 'site.yaml');
	const result = siteSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (!result.success) {
		console.error(`Lỗi: ${file} không hợp lệ; chạy npm run check để xem chi tiết.`);
		process.exit(1);
	}
	return result.data.province;
}
