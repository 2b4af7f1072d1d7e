/**
 * Runs the real build on a content tree (BANTIN_CONTENT) into its own output folder, the way the
 * README's build command does (`astro build`, through Astro's own CLI), and reports what happened.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CACHE_ROOT = join(ROOT, 'node_modules/.astro');

export interface BuildResult {
	code: number;
	output: string;
	outDir: string;
}

/**
 * The environment without the variables vitest workers add for import.meta.env (DEV, PROD, MODE,
 * SSR, BASE_URL, NODE_ENV=test). Astro inlines process.env into import.meta.env, so an inherited
 * DEV=true would make the build publish drafts and future-dated articles.
 */
const VITEST_ENV = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV']);

function buildEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key)));
}

export function buildSite(
	contentDir: string,
	outDir: string,
	env: Record<string, string> = {},
	args: readonly string[] = [],
): Promise<BuildResult> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir, ...args], {
			cwd: ROOT,
			env: {
				...buildEnv(),
				// What `npm run build` sees; drafts stay hidden regardless (src/integrations/publishing.ts).
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
		// CI forces colour (FORCE_COLOR), and Astro then puts ANSI codes inside its messages (a bold
		// field name): tests read the text a person reads, without them.
		child.on('close', (code) =>
			done({ code: code ?? 1, output: stripVTControlCharacters(output), outDir }),
		);
	});
}

/** A fresh copy of the fixture content in tests/.tmp, for tests that break or edit it. */
export function copyFixture(name: string): string {
	mkdirSync(TMP, { recursive: true });
	const dir = mkdtempSync(join(TMP, `${name}-`));
	cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
	return join(dir, 'content');
}

/**
 * Removes a folder made by copyFixture (or under TMP), and the build caches of the content trees
 * that were in it: astro.config.mjs gives each content tree its own cacheDir, named after its
 * path (node_modules/.astro/<path with every run of other characters as "-">), which would
 * otherwise pile up, one per test run.
 */
export function removeTmp(path: string): void {
	rmSync(path, { recursive: true, force: true });
	if (dirname(resolve(path)) !== TMP) return;
	// Named after the folder (mkdtemp's, or a name one test file owns): only its trees match.
	const tag = `-tmp-${basename(path).replace(/[^a-z0-9]+/gi, '-')}-`;
	let caches: string[];
	try {
		caches = readdirSync(CACHE_ROOT);
	} catch {
		return;
	}
	for (const name of caches) {
		if (name.includes(tag)) rmSync(join(CACHE_ROOT, name), { recursive: true, force: true });
	}
}
