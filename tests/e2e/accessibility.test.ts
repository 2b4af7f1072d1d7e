/**
 * Quality gate: axe-core finds no WCAG 2.2 A/AA violation on any page type, at phone and
 * desktop widths, in light and dark color schemes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEWPORTS } from '../helpers/browser.ts';
import { axeProblems, openSession, type Session } from '../helpers/e2e.ts';
import { htmlPages, representatives } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const reps = representatives(htmlPages(dist));
const SCHEMES = ['light', 'dark'] as const;

let session: Session;
beforeAll(async () => {
	session = await openSession(dist);
});
afterAll(() => session.close());

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	for (const [name, viewport] of Object.entries(VIEWPORTS)) {
		for (const scheme of SCHEMES) {
			it(`finds no violation on any page type at ${name} width in ${scheme} mode`, async () => {
				await session.page.setViewportSize(viewport);
				await session.page.emulateMedia({ colorScheme: scheme });
				const problems: string[] = [];
				for (const { type, path } of reps) {
					await session.visit(path);
					problems.push(
						...(await axeProblems(session.page, `${path} [${type}, ${name}, ${scheme}]`)),
					);
				}
				expect(problems).toEqual([]);
			});
		}
	}
});
