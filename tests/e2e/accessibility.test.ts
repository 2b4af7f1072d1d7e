/**
 * Quality gate: axe-core finds no WCAG 2.2 A/AA violation on any page type, at phone and
 * desktop widths, in light and dark color schemes; and none on any built page at all (desktop,
 * light), since content (an editor's image without alt, a skipped heading) differs page by page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEWPORTS } from '../helpers/browser.ts';
import { axeProblems, openSession, type Session } from '../helpers/e2e.ts';
import { htmlPages, representatives } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const pages = htmlPages(dist);
const reps = representatives(pages);
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

	it('finds no violation on any built page at desktop width in light mode', async () => {
		await session.page.setViewportSize(VIEWPORTS.desktop);
		await session.page.emulateMedia({ colorScheme: 'light' });
		const problems: string[] = [];
		for (const path of pages) {
			await session.visit(path);
			problems.push(...(await axeProblems(session.page, `${path} [desktop, light]`)));
		}
		expect(problems).toEqual([]);
	});
});
