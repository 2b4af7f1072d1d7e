import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	hasHeapLimit,
	hasSemiSpaceSize,
	heapLimitMb,
	MIN_HEAP_MB,
} from '../../scripts/lib/heap.ts';
import { runWithHeapLimit } from '../../scripts/lib/launch.ts';

const NODE_DEFAULT_MB = 4288;

describe('heapLimitMb', () => {
	it('gives a small archive the floor and 10,000 articles about three times their live heap', () => {
		expect(heapLimitMb(0, NODE_DEFAULT_MB)).toBe(MIN_HEAP_MB);
		expect(heapLimitMb(1000, NODE_DEFAULT_MB)).toBe(MIN_HEAP_MB);
		// Measured live heap at 10,000 articles: at least 285 MB (docs/bench.md, session 5).
		const limit = heapLimitMb(10_000, NODE_DEFAULT_MB) ?? 0;
		expect(limit).toBeGreaterThanOrEqual(900);
		expect(limit).toBeLessThanOrEqual(1100);
		expect(limit % 64).toBe(0);
	});

	it('grows with the archive and keeps Node’s default once it would reach it', () => {
		const sizes = [2000, 5000, 10_000, 20_000, 30_000].map((n) => heapLimitMb(n, NODE_DEFAULT_MB));
		expect(sizes).toEqual([...sizes].sort((a = 0, b = 0) => a - b));
		expect(heapLimitMb(100_000, NODE_DEFAULT_MB)).toBeUndefined();
		// Never above the default, even on a machine whose default is small.
		expect(heapLimitMb(10_000, 800)).toBeUndefined();
	});
});

describe('hasHeapLimit', () => {
	it('sees a heap limit the user set in NODE_OPTIONS, in either spelling', () => {
		expect(hasHeapLimit('--max-old-space-size=2048')).toBe(true);
		expect(hasHeapLimit('--enable-source-maps --max_old_space_size=2048')).toBe(true);
		expect(hasHeapLimit('--max-old-space-size 2048')).toBe(true);
		expect(hasHeapLimit('--max-semi-space-size=64')).toBe(false);
		expect(hasHeapLimit('')).toBe(false);
		expect(hasHeapLimit(undefined)).toBe(false);
	});
});

describe('hasSemiSpaceSize', () => {
	it('sees a young-generation size the user set in NODE_OPTIONS, and nothing else', () => {
		expect(hasSemiSpaceSize('--max-semi-space-size=32')).toBe(true);
		expect(hasSemiSpaceSize('--max-old-space-size=2048 --max_semi_space_size 8')).toBe(true);
		expect(hasSemiSpaceSize('--max-old-space-size=2048')).toBe(false);
		expect(hasSemiSpaceSize('--min-semi-space-size=1')).toBe(false);
		expect(hasSemiSpaceSize(undefined)).toBe(false);
	});
});

describe('runWithHeapLimit', () => {
	const grow = join(import.meta.dirname, '../fixtures/heap/grow.mjs');
	/** Runs the fixture that needs about 200 MB of heap under `limitMb`, quietly. */
	const growUnder = async (limitMb: number) => {
		const warnings: string[] = [];
		const exit = await runWithHeapLimit(grow, [], limitMb, {
			stdio: 'ignore',
			warn: (w) => warnings.push(w),
		});
		return { exit, warnings };
	};

	it('runs the script under the limit when it fits', async () => {
		const { exit, warnings } = await growUnder(512);
		expect(exit).toEqual({ code: 0, signal: null });
		expect(warnings).toEqual([]);
	});

	it('runs it again under Node’s default when it aborts out of heap, and says so', async () => {
		const { exit, warnings } = await growUnder(64);
		expect(exit).toEqual({ code: 0, signal: null });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('64 MB');
		expect(warnings[0]).toContain('NODE_OPTIONS=--max-old-space-size');
	});

	it('gives the young generation its size with the heap limit, and never without it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bantin-flags-'));
		const flags = join(import.meta.dirname, '../fixtures/heap/flags.mjs');
		const out = join(dir, 'flags.json');
		const flagsOf = async (limitMb: number | undefined, semiSpaceMb: number | undefined) => {
			await runWithHeapLimit(flags, [out], limitMb, { stdio: 'ignore', semiSpaceMb });
			return JSON.parse(readFileSync(out, 'utf8')) as string[];
		};
		try {
			expect(await flagsOf(1024, 16)).toEqual([
				'--max-old-space-size=1024',
				'--max-semi-space-size=16',
			]);
			expect(await flagsOf(1024, undefined)).toEqual(['--max-old-space-size=1024']);
			expect(await flagsOf(undefined, 16)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('passes on a failure that is not the heap', async () => {
		const exit = await runWithHeapLimit('-e', ['process.exit(3)'], 512, { stdio: 'ignore' });
		expect(exit).toEqual({ code: 3, signal: null });
	});

	it('passes SIGTERM on to the script, so stopping the launcher stops the build', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bantin-launch-'));
		const marker = join(dir, 'got-signal');
		const launch = resolve(import.meta.dirname, '../../scripts/lib/launch.ts');
		const wait = resolve(import.meta.dirname, '../fixtures/heap/wait.mjs');
		const launcher = spawn(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`import { runWithHeapLimit } from ${JSON.stringify(launch)};
				const exit = await runWithHeapLimit(${JSON.stringify(wait)}, [${JSON.stringify(marker)}], 512);
				process.exitCode = exit.code ?? 99;`,
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] },
		);
		try {
			await new Promise<void>((ready) => {
				launcher.stdout.on('data', (chunk: Buffer) => {
					if (chunk.toString().includes('ready')) ready();
				});
			});
			const exited = new Promise<number | null>((done) => launcher.on('exit', done));
			launcher.kill('SIGTERM');
			expect(await exited).toBe(0);
			expect(existsSync(marker) && readFileSync(marker, 'utf8')).toBe('SIGTERM');
		} finally {
			launcher.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
