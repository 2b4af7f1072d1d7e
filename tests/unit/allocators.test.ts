import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_DEFAULTS, withAllocatorDefaults } from '../../scripts/lib/allocators.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('withAllocatorDefaults', () => {
	it('adds the allocator settings and keeps the rest of the environment', () => {
		const env = withAllocatorDefaults({ BANTIN_CONTENT: '/x', PATH: '/bin' });
		expect(env).toEqual({ BANTIN_CONTENT: '/x', PATH: '/bin', ...ALLOCATOR_DEFAULTS });
	});

	it('keeps what the user set, and does not change the environment it was given', () => {
		const given = { MIMALLOC_ALLOW_THP: '1', _RJEM_MALLOC_CONF: 'narenas:1' };
		const env = withAllocatorDefaults(given);
		expect(env).toEqual({ MIMALLOC_ALLOW_THP: '1', _RJEM_MALLOC_CONF: 'narenas:1' });
		expect(given).toEqual({ MIMALLOC_ALLOW_THP: '1', _RJEM_MALLOC_CONF: 'narenas:1' });
	});
});

// The settings only help while the binaries we ship read these names: an upgrade that changes
// allocator or prefix would make them silently do nothing, so the binaries are asked.
describe('the shipped binaries read the settings', () => {
	it('Pagefind’s jemalloc takes _RJEM_MALLOC_CONF', () => {
		const binary = createRequire(import.meta.url).resolve(
			`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
		);
		const run = spawnSync(binary, ['--version'], {
			encoding: 'utf8',
			env: { _RJEM_MALLOC_CONF: `${ALLOCATOR_DEFAULTS._RJEM_MALLOC_CONF},stats_print:true` },
		});
		expect(run.status).toBe(0);
		expect(run.stderr + run.stdout).toMatch(/opt\.dirty_decay_ms: 1000\b/);
		expect(run.stderr + run.stdout).toMatch(/opt\.muzzy_decay_ms: 0\b/);
	});

	it('Rolldown’s mimalloc takes MIMALLOC_ALLOW_THP', () => {
		const run = spawnSync(
			process.execPath,
			['--input-type=module', '--eval', "await import('rolldown')"],
			{
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...withAllocatorDefaults({}), MIMALLOC_VERBOSE: '1' },
			},
		);
		expect(run.status).toBe(0);
		expect(run.stderr + run.stdout).toContain("option 'allow_thp': 0");
	});
});
