/**
 * Runs the real `astro build` on a content tree (BANTIN_CONTENT) into its own output folder, the
 * way the README's build command does, and reports what happened.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	code: number;
	output: string;
	outDir: string;
}

export function buildSite(
	contentDir: string,
	outDir: string,
	env: Record<string, string> = {},
): Promise<BuildResult> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
			cwd: ROOT,
			// NODE_ENV=production: vitest sets NODE_ENV=test, which a child `astro build` would
			// inherit and then treat as a dev build (import.meta.env.DEV), publishing drafts.
			env: {
				...process.env,
				NODE_ENV: 'production',
				...env,
				BANTIN_CONTENT: contentDir,
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', fail);
		child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
	});
}

/** A fresh copy of the fixture content in tests/.tmp, for tests that break or edit it. */
export function copyFixture(name: string): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `${name}-`));
	cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
	return join(dir, 'content');
}

export function removeTmp(path: string): void {
	rmSync(path, { recursive: true, force: true });
}
