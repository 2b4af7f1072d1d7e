import { describe, expect, it } from 'vitest';
import {
	cpuAt,
	markdownTable,
	median,
	medianRun,
	peakRss,
	phaseResults,
	type RunResult,
} from '../lib/report.ts';
import type { Sample } from '../lib/proc.ts';

const MB = 1024 * 1024;
const samples: Sample[] = [
	{ t: 0, cpuMs: 0, rssBytes: 100 * MB, processes: 1 },
	{ t: 100, cpuMs: 80, rssBytes: 300 * MB, processes: 2 },
	{ t: 200, cpuMs: 280, rssBytes: 200 * MB, processes: 2 },
];

const run = (wallMs: number, extra: Partial<RunResult> = {}): RunResult => ({
	kind: 'cold',
	wallMs,
	cpuMs: wallMs * 1.5,
	peakRssBytes: 500 * MB,
	pageCount: 552,
	htmlFiles: 552,
	outputBytes: 6 * MB,
	load: [2, 3, 4],
	phases: [{ name: 'pages', wallMs: wallMs / 2, cpuMs: wallMs / 2, peakRssBytes: 400 * MB }],
	...extra,
});

describe('median', () => {
	it('takes the middle value of an odd count and the mean of the two middles of an even one', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('is NaN for no values', () => {
		expect(median([])).toBeNaN();
	});
});

describe('cpuAt', () => {
	it('interpolates between samples and clamps outside them', () => {
		expect(cpuAt(samples, 50)).toBe(40);
		expect(cpuAt(samples, 150)).toBe(180);
		expect(cpuAt(samples, -5)).toBe(0);
		expect(cpuAt(samples, 999)).toBe(280);
		expect(cpuAt([], 10)).toBe(0);
	});
});

describe('peakRss', () => {
	it('takes the highest reading inside the window', () => {
		expect(peakRss(samples, 0, 200)).toBe(300 * MB);
		expect(peakRss(samples, 150, 250)).toBe(200 * MB);
	});

	it('falls back to the last reading before a window too short to hold a sample', () => {
		expect(peakRss(samples, 120, 130)).toBe(300 * MB);
	});
});

describe('phaseResults', () => {
	it('gives windowed phases CPU and memory, and interleaved ones wall time only', () => {
		const results = phaseResults(
			[
				{ name: 'content', windows: [[0, 100]], wall: 100 },
				{ name: 'feeds', windows: [], wall: 30 },
			],
			samples,
		);
		expect(results[0]).toEqual({
			name: 'content',
			wallMs: 100,
			cpuMs: 80,
			peakRssBytes: 300 * MB,
		});
		expect(results[1]).toEqual({ name: 'feeds', wallMs: 30 });
	});
});

describe('medianRun', () => {
	it('takes the median of every number across runs', () => {
		const m = medianRun([run(10_000), run(30_000), run(20_000)]);
		expect(m.wallMs).toBe(20_000);
		expect(m.cpuMs).toBe(30_000);
		expect(m.phases).toEqual([
			{ name: 'pages', wallMs: 10_000, cpuMs: 10_000, peakRssBytes: 400 * MB },
		]);
	});

	it('refuses an empty list of runs', () => {
		expect(() => medianRun([])).toThrow(/at least one/);
	});
});

describe('markdownTable', () => {
	it('lists every phase, marks missing ones absent, and compares the rebuild with the cold build', () => {
		const table = markdownTable('1,000 articles', run(40_000), run(10_000, { kind: 'rebuild' }));
		expect(table).toContain('| page rendering | 20.0 | 20.0 | 400 |');
		expect(table).toContain('| search index | absent | | |');
		expect(table).toContain('| **total, cold build** | **40.0** | **60.0** | **500** |');
		expect(table).toContain('**10.0** (25 % of cold)');
		expect(table).toContain('Pages: 552 (552 HTML files), output 6.0 MB');
	});
});
