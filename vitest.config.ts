import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				// The benchmark tooling's own tests (scripts/bench/README.md).
				test: {
					name: 'bench',
					include: ['scripts/bench/tests/**/*.test.ts'],
				},
			},
			{
				// Builds fixture sites with `astro build` (one at a time: they share .astro/), then
				// reads dist/ (tests/build) or drives Chromium against it (tests/e2e).
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/helpers/global-build.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
