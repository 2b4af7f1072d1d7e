/**
 * npm run bench -- [--articles 1000] [--runs 1] [--seed 1] [--photos] [--no-cards] [--no-rebuild]
 *
 * Generates a deterministic synthetic archive in .cache/bench/, builds it as `npm run build` does
 * (`astro build`, with BANTIN_CONTENT pointing at it and a fresh content-layer cache per cold
 * run), and reports wall time, CPU time and peak memory of the whole process tree per build
 * phase, the output size and page count, and a rebuild after editing one article. Results go to
 * .cache/bench/results/ as JSON and Markdown. Linux only (it reads /proc).
 */
import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { editArticle, generateCorpus, type CorpusOptions } from './lib/corpus.ts';
import { parseBuildLog, type LogLine } from './lib/phases.ts';
import { reapedChildrenCpuMs, startSampler } from './lib/proc.ts';
import { markdownTable, medianRun, phaseResults, type RunResult } from './lib/report.ts';
import { createRandom } from './lib/random.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// What `npm run build` runs: Astro's CLI.
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		photos: { type: 'boolean', default: false },
		'no-cards': { type: 'boolean', default: false },
		'no-rebuild': { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
	},
});

const options: CorpusOptions = {
	articles: Number(values.articles),
	seed: Number(values.seed),
	photos: values.photos,
	titleCards: !values['no-cards'],
};
const runs = Number(values.runs);
if (!Number.isInteger(options.articles) || options.articles < 1) {
	throw new Error(`--articles cần một số nguyên dương, nhận được “${values.articles}”`);
}
if (!Number.isInteger(runs) || runs < 1) {
	throw new Error(`--runs cần một số nguyên dương, nhận được “${values.runs}”`);
}

const name = `n${options.articles}-s${options.seed}${options.photos ? '-photos' : ''}${options.titleCards ? '' : '-nocards'}`;
const benchDir = join(ROOT, '.cache/bench', name);
const contentDir = join(benchDir, 'content');
const outDir = join(benchDir, 'dist');
// Mirrors astro.config.mjs: each content tree has its own content-layer cache.
const cacheDir = join(
	ROOT,
	'node_modules/.astro',
	contentDir.replace(/[^a-z0-9]+/gi, '-').slice(-60),
);

function log(message: string): void {
	if (!values.quiet) console.error(`[bench] ${message}`);
}

/** Renders a small photo: a soft gradient whose colours come from the seed. */
async function writeImage(
	path: string,
	width: number,
	height: number,
	seed: number,
): Promise<void> {
	const random = createRandom(seed);
	const [r, g, b] = [random.int(40, 220), random.int(40, 220), random.int(40, 220)];
	const pixels = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 3;
			pixels[i] = (r + x / 8) & 255;
			pixels[i + 1] = (g + y / 6) & 255;
			pixels[i + 2] = (b + (x + y) / 10) & 255;
		}
	}
	await sharp(pixels, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 70 })
		.toFile(path);
}

async function ensureCorpus(): Promise<string[]> {
	const stamp = join(benchDir, 'corpus.json');
	const listFile = join(benchDir, 'articles.txt');
	const expected = JSON.stringify(options);
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected && existsSync(listFile)) {
		log(`corpus ${name} already generated`);
		return readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
	}
	log(`generating ${options.articles} articles into ${contentDir}`);
	rmSync(benchDir, { recursive: true, force: true });
	const started = performance.now();
	const articles: string[] = [];
	for (const file of generateCorpus(options)) {
		const path = join(contentDir, file.path);
		mkdirSync(dirname(path), { recursive: true });
		if (file.kind === 'text') {
			writeFileSync(path, file.content);
			if (file.path.startsWith('articles/')) articles.push(file.path);
		} else {
			await writeImage(path, file.width, file.height, file.seed);
		}
	}
	writeFileSync(listFile, `${articles.join('\n')}\n`);
	writeFileSync(stamp, expected);
	log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return articles;
}

function loadAverage(): [number, number, number] {
	const [a, b, c] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
	return [a ?? 0, b ?? 0, c ?? 0];
}

function outputStats(dir: string): { htmlFiles: number; outputBytes: number } {
	let htmlFiles = 0;
	let outputBytes = 0;
	const walk = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				outputBytes += statSync(path).size;
				if (entry.name.endsWith('.html')) htmlFiles++;
			}
		}
	};
	if (existsSync(dir)) walk(dir);
	return { htmlFiles, outputBytes };
}

async function build(kind: RunResult['kind']): Promise<RunResult> {
	const load = loadAverage();
	const lines: LogLine[] = [];
	const cpuBefore = reapedChildrenCpuMs();
	const origin = performance.now();
	const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, BANTIN_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const sampler = startSampler(child.pid ?? -1, origin);
	let tail = '';
	const collect = (chunk: Buffer): void => {
		const t = performance.now() - origin;
		const text = tail + chunk.toString();
		const parts = text.split('\n');
		tail = parts.pop() ?? '';
		for (const line of parts) lines.push({ t, text: line });
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const code = await new Promise<number>((done, fail) => {
		child.on('error', fail);
		child.on('close', (c) => done(c ?? 1));
	});
	const end = performance.now() - origin;
	const samples = sampler.stop();
	if (tail) lines.push({ t: end, text: tail });
	if (code !== 0) {
		throw new Error(`astro build failed (exit ${code}):\n${lines.map((l) => l.text).join('\n')}`);
	}
	const parsed = parseBuildLog(lines, end);
	// What the build reaped, or what was seen of every process in its tree, whichever is more:
	// the Pagefind service is not always reaped before Astro exits.
	const cpuMs = Math.max(reapedChildrenCpuMs() - cpuBefore, sampler.seenCpuMs());
	const result: RunResult = {
		kind,
		wallMs: end,
		cpuMs,
		peakRssBytes: Math.max(0, ...samples.map((s) => s.rssBytes)),
		pageCount: parsed.pageCount,
		...outputStats(outDir),
		load,
		phases: phaseResults(parsed.phases, samples),
	};
	log(
		`${kind}: ${(end / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU, ` +
			`${Math.round(result.peakRssBytes / 2 ** 20)} MB peak, load ${load.join(' ')}`,
	);
	return result;
}

const articles = await ensureCorpus();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(ROOT, '.cache/bench/results');
mkdirSync(resultsDir, { recursive: true });
const base = join(resultsDir, `${stamp}-${name}`);
const cold: RunResult[] = [];
let rebuild: RunResult | undefined;

/** Writes what has been measured so far, so an interrupted benchmark keeps its finished runs. */
function save(): string {
	const summary = medianRun(cold);
	const title = `${options.articles.toLocaleString('en-US')} articles${options.photos ? ', with photos' : ''}${options.titleCards ? '' : ', no title cards'} (${cold.length > 1 ? `median of ${cold.length} cold runs` : '1 cold run'})`;
	const table = markdownTable(title, summary, rebuild);
	writeFileSync(
		`${base}.json`,
		`${JSON.stringify({ date: new Date().toISOString(), options, runs: cold, median: summary, rebuild }, null, '\t')}\n`,
	);
	writeFileSync(`${base}.md`, `${table}\n`);
	return table;
}

for (let i = 0; i < runs; i++) {
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
	log(`cold run ${i + 1}/${runs}`);
	cold.push(await build('cold'));
	save();
}

if (!values['no-rebuild']) {
	const target = join(contentDir, articles[Math.floor(articles.length / 2)] ?? '');
	const original = readFileSync(target, 'utf8');
	writeFileSync(target, editArticle(original));
	log(`rebuild after editing ${target}`);
	try {
		rebuild = await build('rebuild');
	} finally {
		writeFileSync(target, original);
	}
}

console.log(save());
log(`wrote ${base}.json and .md`);
