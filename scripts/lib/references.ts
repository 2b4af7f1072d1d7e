/** Movements and agencies of the content tree, as choices for the editor tools. */
import type { z } from 'astro/zod';
import { agencySchema } from '../../src/schemas/agency.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { parseYamlFile, type SourceFile } from '../../src/lib/content-check.ts';
import { suggestId } from '../../src/lib/errors.ts';
import { nfc, sortByVi } from '../../src/lib/vi-text.ts';

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

/** A repeatable command-line flag as a list: each value split at commas, trimmed, in NFC. */
export function flagList(values: string[] | undefined): string[] {
	return (values ?? [])
		.flatMap((v) => v.split(','))
		.map((v) => nfc(v.trim()))
		.filter(Boolean);
}

/** The message for the first id of `--flag` that has no file, naming the closest valid id. */
export function unknownIdMessage(
	ids: readonly string[],
	refs: readonly Reference[],
	flag: string,
	what: string,
): string | undefined {
	const valid = refs.map((r) => r.id);
	const bad = ids.find((id) => !valid.includes(id));
	return bad && `--${flag} ${bad}: không có ${what} này; ${suggestId(bad, valid)}`;
}
