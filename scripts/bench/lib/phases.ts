/**
 * Build phases read from `astro build`'s log, each line stamped (in ms since the build started)
 * by the process that read it. Pure: scripts/bench/bench.ts stamps the lines and samples the
 * process tree; this module only decides where each phase starts and ends.
 *
 * Astro 7 prints, in order: "[content] Syncing content" … "Synced content", the Vite bundling,
 * " generating static routes " with one line per route ("├─ /path (+12ms)"), "✓ Completed in …",
 * optionally " generating optimized images " … "✓ Completed in …", then "[build] ✓ Completed",
 * the astro:build:done hooks of the integrations (sitemap, search index …) and
 * "[build] N page(s) built in …". Phases that do not occur in a build are absent.
 */

export interface LogLine {
	/** Milliseconds since the build process started. */
	t: number;
	text: string;
}

export const PHASES = [
	'startup',
	'content',
	'bundle',
	'pages',
	'feeds',
	'images',
	'sitemap',
	'search',
	'other',
] as const;

export type PhaseName = (typeof PHASES)[number];

export interface Phase {
	name: PhaseName;
	/** Time windows [start, end) in ms; a phase interleaved with another has no window. */
	windows: [number, number][];
	/** Wall time in ms (the windows' total, or the per-route times summed for feeds). */
	wall: number;
}

export interface ParsedBuild {
	phases: Phase[];
	/** Pages and files Astro reports ("N page(s) built"). */
	pageCount: number | undefined;
	/** Routes written, by path, with Astro's own per-route time and when its line arrived. */
	routes: { path: string; ms: number; t: number }[];
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The log line without colours and without Astro's leading "HH:MM:SS " clock. */
export function cleanLine(text: string): string {
	return text
		.replace(ANSI, '')
		.replace(/^\d{2}:\d{2}:\d{2}\s+/, '')
		.trim();
}

/** Astro's time for the route that ends a line: "(+12ms)" or "(+1.5s)". */
const ROUTE_TIME = /\(\+(\d+(?:\.\d+)?)(m?s)\)\s*$/;

/** Feed routes: RSS and OPML files (the feeds issue adds them under these names). */
export function isFeedRoute(path: string): boolean {
	return /(?:^|\/)(?:rss|feed|atom)[^/]*\.xml$|\.opml$|opml\.xml$/.test(path);
}

/** Share-card routes: images drawn or cropped per article (src/pages/anh-chia-se/). */
export function isCardRoute(path: string): boolean {
	return /^\/anh-chia-se\//.test(path);
}

/**
 * Wall time of the routes `matches` picks: routes render in order, so they form stretches of
 * lines, each from the line before its first route to its last route. Summing Astro's "+ms"
 * would count several times over when pages render concurrently (build.concurrency).
 */
function spanOf(
	routes: readonly { path: string; t: number }[],
	start: number,
	matches: (path: string) => boolean,
): number {
	let ms = 0;
	let from: number | undefined;
	let previous = start;
	for (const route of routes) {
		const hit = matches(route.path);
		if (hit && from === undefined) from = previous;
		if (!hit && from !== undefined) {
			ms += previous - from;
			from = undefined;
		}
		previous = route.t;
	}
	if (from !== undefined) ms += previous - from;
	return ms;
}

/**
 * Route paths on one log line. Under build.concurrency Astro prints a route's path when it
 * starts and its time when it ends, so one line can hold several paths, each glued to the next
 * clock ("├─ /a.png07:27:34   ├─ /b.png (+295ms)").
 */
const ROUTE_PATHS = /[├└]─\s+(\/[^\s(]*?)(?=\d{2}:\d{2}:\d{2}|\s|\(|$)/g;

/** Which phase an integration's log label belongs to, for lines after rendering. */
export function phaseOfLabel(label: string): PhaseName {
	const l = label.toLowerCase();
	if (/pagefind|search|tim-kiem/.test(l)) return 'search';
	if (/sitemap/.test(l)) return 'sitemap';
	if (/rss|feed|opml/.test(l)) return 'feeds';
	if (/image|assets|sharp/.test(l)) return 'images';
	return 'other';
}

/**
 * The integration a line after rendering speaks for: its own label, or the one Astro names when
 * a hook is slow ("[build] Waiting for integration "bantin-pagefind", hook …"), since the time
 * before that line went to that integration.
 */
function labelOf(line: string): string | undefined {
	const waiting = /^\[build\] Waiting for integration "([^"]+)"/.exec(line)?.[1];
	return waiting ?? /^\[([^\]]+)\]/.exec(line)?.[1];
}

/**
 * Splits a build's stamped log into phases. `end` is when the process exited.
 */
export function parseBuildLog(lines: readonly LogLine[], end: number): ParsedBuild {
	const windows = new Map<PhaseName, [number, number][]>();
	const add = (name: PhaseName, start: number, stop: number): void => {
		if (stop < start) return;
		const list = windows.get(name) ?? [];
		list.push([start, stop]);
		windows.set(name, list);
	};
	const routes: { path: string; ms: number; t: number }[] = [];
	let pagesStart = 0;
	let pageCount: number | undefined;

	type State = 'startup' | 'content' | 'bundle' | 'pages' | 'images' | 'done' | 'after';
	let state = 'startup' as State;
	let since = 0;
	const enter = (next: State, t: number): void => {
		if (state === 'startup' || state === 'content' || state === 'bundle') add(state, since, t);
		else if (state === 'pages') add('pages', since, t);
		else if (state === 'images') add('images', since, t);
		else if (state === 'done') add('other', since, t);
		state = next;
		since = t;
	};

	for (const { t, text } of lines) {
		const line = cleanLine(text);
		if (!line) continue;
		const built = /(\d+) page\(s\) built/.exec(line);
		if (built) pageCount = Number(built[1]);

		if (state === 'startup' && line.includes('Syncing content')) enter('content', t);
		else if (state === 'content' && line.includes('Synced content')) enter('bundle', t);
		else if ((state === 'startup' || state === 'bundle') && line === 'generating static routes') {
			enter('pages', t);
			pagesStart = t;
		} else if (state === 'pages') {
			const route = ROUTE_TIME.exec(line);
			const paths = [...line.matchAll(ROUTE_PATHS)].map((m) => m[1] ?? '');
			if (paths.length) {
				const ms = route ? Number(route[1]) * (route[2] === 's' ? 1000 : 1) : 0;
				// Astro's own time belongs to the line's last route.
				paths.forEach((path, i) => routes.push({ path, ms: i === paths.length - 1 ? ms : 0, t }));
			} else if (line.startsWith('✓ Completed in')) enter('done', t);
		} else if (state === 'done' && line === 'generating optimized images') enter('images', t);
		else if (state === 'images' && line.startsWith('✓ Completed in')) enter('done', t);
		else if (state === 'done' && line.startsWith('[build] ✓ Completed')) enter('after', t);
		else if (state === 'after') {
			// Each stretch between two lines belongs to the integration that logged its end.
			if (built) {
				add('other', since, t);
				since = t;
				state = 'done';
				continue;
			}
			const label = labelOf(line);
			add(label ? phaseOfLabel(label) : 'other', since, t);
			since = t;
		}
	}
	enter('done', end);

	// Feed routes render among the pages: their stretches move from pages to feeds.
	const feedMs = spanOf(routes, pagesStart, isFeedRoute);
	const total = (name: PhaseName): number =>
		(windows.get(name) ?? []).reduce((n, [a, b]) => n + (b - a), 0);
	// Share cards render among the pages too: their stretch moves from pages to images.
	const cardMs = spanOf(routes, pagesStart, isCardRoute);

	const phases: Phase[] = [];
	for (const name of PHASES) {
		const w = windows.get(name) ?? [];
		if (name === 'feeds') {
			const wall = total('feeds') + feedMs;
			if (w.length || routes.some((r) => isFeedRoute(r.path)))
				phases.push({ name, windows: w, wall });
			continue;
		}
		if (name === 'images') {
			if (w.length || cardMs > 0) phases.push({ name, windows: w, wall: total('images') + cardMs });
			continue;
		}
		if (!w.length) continue;
		const wall = name === 'pages' ? Math.max(0, total('pages') - feedMs - cardMs) : total(name);
		phases.push({ name, windows: w, wall });
	}
	return { phases, pageCount, routes };
}
