/**
 * Quality gate, in Chromium: every built page loads with no console error (a CSP violation is
 * one), no exception, no failed request and no dialog; every page type the site has is present;
 * and a phone and a desktop screenshot of each page type land in tests/.tmp/screenshots/ for a
 * person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TMP } from '../helpers/astro.ts';
import { VIEWPORTS } from '../helpers/browser.ts';
import { describeIncidents, openSession, type Session } from '../helpers/e2e.ts';
import { htmlPages, representatives, REQUIRED_TYPES } from '../helpers/site-pages.ts';

const dist = inject('fixtureDist');
const pages = htmlPages(dist);
const reps = representatives(pages);
const SHOTS = join(TMP, 'screenshots');

let session: Session;
beforeAll(async () => {
	session = await openSession(dist);
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => session.close());

describe('the fixture site in Chromium', () => {
	it('has every page type the gates must cover', () => {
		const types = reps.map((r) => r.type);
		expect(REQUIRED_TYPES.filter((type) => !types.includes(type))).toEqual([]);
	});

	it('loads every page with no console error, exception, failed request or dialog', async () => {
		const problems: string[] = [];
		for (const path of pages) {
			const { status, incidents } = await session.visit(path);
			if (status !== 200) problems.push(`${path}: answered ${status}`);
			problems.push(...describeIncidents(path, incidents));
		}
		expect(problems).toEqual([]);
	});

	for (const [name, viewport] of Object.entries(VIEWPORTS)) {
		it(`takes a ${name} (${viewport.width} px) screenshot of each page type`, async () => {
			await session.page.setViewportSize(viewport);
			for (const { type, path } of reps) {
				await session.visit(path);
				await session.page.screenshot({
					path: join(SHOTS, `${type.replace(/[^a-z0-9-]+/gi, '_')}-${name}.png`),
					fullPage: true,
				});
			}
			await session.page.setViewportSize(VIEWPORTS.desktop);
			expect(reps.length).toBeGreaterThanOrEqual(REQUIRED_TYPES.length);
		});
	}
});
