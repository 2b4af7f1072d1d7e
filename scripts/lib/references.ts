/** Movements and agencies of the content tree, as choices for the editor tools. */
import type { z } from 'astro/zod';
import { agencySchema } from '../../src/schemas/agency.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { parseYamlFile, type SourceFile } from '../../src/lib/content-check.ts';
import { sortByVi } from '../../src/lib/vi-text.ts';

export interface Reference {
	id: string;
	/** The short name, shown in lists. */
	label: string;
	name: string;
	shortName: string;
}

/**
 * The files that pass their schema, read as `npm run check` reads them, sorted by short name; a
 * broken one is left out here and reported by `npm run check`.
 */
function references<T extends { name: string; shortName: string }>(
	files: readonly SourceFile[],
	schema: z.ZodType<T>,
): Reference[] {
	const valid = files.flatMap((file) => {
		const result = parseYamlFile(file, schema);
		if (!result.ok) return [];
		const { name, shortName } = result.data;
		return [{ id: result.id, label: shortName, name, shortName }];
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
