/**
 * Vitest global setup: builds the fixture site once (tests/.tmp/site/dist) for every test file
 * that reads build output, and fails the run loudly if the build fails.
 *
 * BANTIN_TEST_CONTENT points the whole run at another content tree (e.g. a deliberately broken
 * copy of the fixture, to see the quality gates fail); it is unset in the normal run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_CONTENT, TMP } from './astro.ts';

export const FIXTURE_DIST = join(TMP, 'site/dist');

export default async function setup(project: TestProject): Promise<void> {
	rmSync(FIXTURE_DIST, { recursive: true, force: true });
	const content = process.env.BANTIN_TEST_CONTENT || FIXTURE_CONTENT;
	const result = await buildSite(content, FIXTURE_DIST);
	if (result.code !== 0) {
		throw new Error(`Building the fixture site failed:\n${result.output}`);
	}
	project.provide('fixtureDist', FIXTURE_DIST);
	project.provide('fixtureContent', content);
}

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureDist: string;
		/** The content tree fixtureDist was built from. */
		fixtureContent: string;
	}
}
