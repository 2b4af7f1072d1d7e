/**
 * Vitest global setup: builds the fixture site once (tests/.tmp/site/dist) for every test file
 * that reads build output, and fails the run loudly if the build fails.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_CONTENT, TMP } from './astro.ts';

export const FIXTURE_DIST = join(TMP, 'site/dist');

export default async function setup(project: TestProject): Promise<void> {
	rmSync(FIXTURE_DIST, { recursive: true, force: true });
	const result = await buildSite(FIXTURE_CONTENT, FIXTURE_DIST);
	if (result.code !== 0) {
		throw new Error(`Building the fixture site failed:\n${result.output}`);
	}
	project.provide('fixtureDist', FIXTURE_DIST);
}

declare module 'vitest' {
	export interface ProvidedContext {
		fixtureDist: string;
	}
}
