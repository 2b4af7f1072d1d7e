/** Movements and agencies of the content tree, as choices for the editor tools. */
import { parse } from 'yaml';
import { agencySchema } from '../../src/schemas/agency.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { readContent } from '../../src/lib/content-files.ts';
import type { SourceFile } from '../../src/lib/content-check.ts';
import { sortByVi } from '../../src/lib/vi-text.ts';

export interface Reference {
	id: string;
	/** The short name, shown in lists. */
	label: string;
	name: string;
	shortName: string;
}

/**
 * The files that pass their schema, sorted by short name; a broken one is left out here and
 * reported by `npm run check`.
 */
function references(
	files: readonly SourceFile[],
	schema: typeof campaignSchema | typeof agencySchema,
): Reference[] {
	const valid = files.flatMap((file) => {
		let raw: unknown;
		try {
			raw = parse(file.source);
		} catch {
			return [];
		}
		const result = schema.safeParse(raw ?? {});
		if (!result.success) return [];
		const { name, shortName } = result.data;
		return [{ id: file.entry.replace(/\.ya?ml$/, ''), label: shortName, name, shortName }];
	});
	return sortByVi(valid, (r) => r.label);
}

export function loadReferences(root: string): { campaigns: Reference[]; agencies: Reference[] } {
	const sources = readContent(root);
	return {
		campaigns: references(sources.campaigns, campaignSchema),
		agencies: references(sources.agencies, agencySchema),
	};
}
