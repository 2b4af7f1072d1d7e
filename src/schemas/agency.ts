import { z } from 'astro/zod';
import { idSchema, textSchema } from './text.ts';

/** Kinds of agency, in the order the agencies index lists them. Labels live in src/i18n. */
export const AGENCY_KINDS = [
	'co-quan-dang',
	'co-quan-dan-cu',
	'chinh-quyen',
	'so-ban-nganh',
	'huyen-thanh-pho',
	'luc-luong-vu-trang',
	'mat-tran-doan-the',
	'don-vi-su-nghiep',
	'doanh-nghiep',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** An agency or unit (cơ quan, đơn vị): content/agencies/<id>.yaml */
export const agencySchema = z
	.object({
		name: textSchema('tên đầy đủ (name)'),
		shortName: textSchema('tên ngắn (shortName)'),
		kind: z.enum(AGENCY_KINDS, {
			error: `loại cơ quan (kind) phải là một trong: ${AGENCY_KINDS.join(', ')}`,
		}),
		parent: idSchema('cơ quan cấp trên (parent)').optional(),
	})
	.strict();

export type AgencyData = z.output<typeof agencySchema>;
