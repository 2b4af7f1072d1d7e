/**
 * Benchmark results: per-phase statistics from the samples, medians over runs, and the Markdown
 * table it prints. Pure.
 */
import { PHASES, type Phase, type PhaseName } from './phases.ts';
import type { Sample } from './proc.ts';

export interface PhaseResult {
	name: PhaseName;
	wallMs: number;
	/** Absent when the phase interleaves with another (feeds render among the pages). */
	cpuMs?: number | undefined;
	peakRssBytes?: number | undefined;
}

export interface RunResult {
	kind: 'cold' | 'rebuild';
	wallMs: number;
	cpuMs: number;
	peakRssBytes: number;
	pageCount: number | undefined;
	htmlFiles: number;
	outputBytes: number;
	/** `uptime` load averages (1, 5, 15 min) just before the run. */
	load: [number, number, number];
	phases: PhaseResult[];
}

/** The tree's cumulative CPU at time t, linearly interpolated between samples. */
export function cpuAt(samples: readonly Sample[], t: number): number {
	if (!samples.length) return 0;
	const first = samples[0] as Sample;
	if (t <= first.t) return first.cpuMs;
	for (let i = 1; i < samples.length; i++) {
		const b = samples[i] as Sample;
		if (b.t < t) continue;
		const a = samples[i - 1] as Sample;
		const span = b.t - a.t;
		return span > 0 ? a.cpuMs + ((b.cpuMs - a.cpuMs) * (t - a.t)) / span : b.cpuMs;
	}
	return (samples.at(-1) as Sample).cpuMs;
}

/** Highest summed RSS seen in [start, end], or the last reading before `end` if none fell in it. */
export function peakRss(samples: readonly Sample[], start: number, end: number): number {
	let peak = 0;
	let before = 0;
	for (const s of samples) {
		if (s.t >= start && s.t <= end) peak = Math.max(peak, s.rssBytes);
		if (s.t <= end) before = s.rssBytes;
	}
	return peak || before;
}

export function phaseResults(phases: readonly Phase[], samples: readonly Sample[]): PhaseResult[] {
	return phases.map((phase) => {
		if (!phase.windows.length) return { name: phase.name, wallMs: phase.wall };
		const cpu = phase.windows.reduce((n, [a, b]) => n + cpuAt(samples, b) - cpuAt(samples, a), 0);
		const peak = Math.max(...phase.windows.map(([a, b]) => peakRss(samples, a, b)));
		return { name: phase.name, wallMs: phase.wall, cpuMs: cpu, peakRssBytes: peak };
	});
}

export function median(values: readonly number[]): number {
	if (!values.length) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const medianOf = <T>(
	items: readonly T[],
	value: (item: T) => number | undefined,
): number | undefined => {
	const values = items.map(value).filter((v): v is number => v !== undefined);
	return values.length ? median(values) : undefined;
};

/** One run whose every number is the median over `runs` (phases present in any run). */
export function medianRun(runs: readonly RunResult[]): RunResult {
	const first = runs[0];
	if (!first) throw new Error('medianRun() needs at least one run');
	const phases: PhaseResult[] = [];
	for (const name of PHASES) {
		const found = runs.flatMap((r) => r.phases.filter((p) => p.name === name));
		if (!found.length) continue;
		phases.push({
			name,
			wallMs: median(found.map((p) => p.wallMs)),
			cpuMs: medianOf(found, (p) => p.cpuMs),
			peakRssBytes: medianOf(found, (p) => p.peakRssBytes),
		});
	}
	return {
		kind: first.kind,
		wallMs: median(runs.map((r) => r.wallMs)),
		cpuMs: median(runs.map((r) => r.cpuMs)),
		peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
		pageCount: medianOf(runs, (r) => r.pageCount),
		htmlFiles: median(runs.map((r) => r.htmlFiles)),
		outputBytes: median(runs.map((r) => r.outputBytes)),
		load: [0, 1, 2].map((i) => median(runs.map((r) => r.load[i] ?? 0))) as [number, number, number],
		phases,
	};
}

export const PHASE_LABELS: Record<PhaseName, string> = {
	startup: 'startup (config, Vite)',
	content: 'content sync',
	bundle: 'bundle (Vite build)',
	pages: 'page rendering',
	feeds: 'feeds',
	images: 'images (share cards, photos)',
	sitemap: 'sitemap',
	search: 'search index',
	other: 'other (writes, hooks, exit)',
};

const seconds = (ms: number | undefined): string =>
	ms === undefined ? '—' : (ms / 1000).toFixed(1);
const mb = (bytes: number | undefined): string =>
	bytes === undefined ? '—' : String(Math.round(bytes / 1024 / 1024));

/** The Markdown table of one (median) cold run and, optionally, its one-article rebuild. */
export function markdownTable(
	title: string,
	cold: RunResult,
	rebuild: RunResult | undefined,
): string {
	const rows = [
		`### ${title}`,
		'',
		'| phase | wall (s) | CPU (s) | peak RSS (MB) |',
		'|---|--:|--:|--:|',
		...PHASES.map((name) => {
			const p = cold.phases.find((x) => x.name === name);
			return p
				? `| ${PHASE_LABELS[name]} | ${seconds(p.wallMs)} | ${seconds(p.cpuMs)} | ${mb(p.peakRssBytes)} |`
				: `| ${PHASE_LABELS[name]} | absent | | |`;
		}),
		`| **total, cold build** | **${seconds(cold.wallMs)}** | **${seconds(cold.cpuMs)}** | **${mb(cold.peakRssBytes)}** |`,
	];
	const images = cold.phases.find((x) => x.name === 'images');
	if (images) {
		// The build without the images it draws or resizes: pages, feeds, sitemap and search.
		rows.push(
			`| total without images | ${seconds(cold.wallMs - images.wallMs)} | ${images.cpuMs === undefined ? '—' : seconds(cold.cpuMs - images.cpuMs)} | |`,
		);
	}
	if (rebuild) {
		const pct = Math.round((rebuild.wallMs / cold.wallMs) * 100);
		rows.push(
			`| **rebuild after editing one article** | **${seconds(rebuild.wallMs)}** (${pct} % of cold) | **${seconds(rebuild.cpuMs)}** | **${mb(rebuild.peakRssBytes)}** |`,
		);
	}
	rows.push(
		'',
		`Pages: ${cold.pageCount ?? '?'} (${cold.htmlFiles} HTML files), output ${(cold.outputBytes / 1024 / 1024).toFixed(1)} MB. ` +
			`Load average before the run: ${cold.load.map((l) => l.toFixed(2)).join(', ')}.`,
	);
	return rows.join('\n');
}
