/**
 * Samples a process tree from /proc (Linux only): CPU time (user + system, including reaped
 * children) and resident memory summed over the root process and all its descendants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface Sample {
	/** ms since sampling started */
	t: number;
	/** Cumulative CPU ms of the tree (user + system, children included). */
	cpuMs: number;
	/** Sum of the tree's resident set sizes, bytes. */
	rssBytes: number;
	/** Processes in the tree. */
	processes: number;
}

function sysconf(name: string, fallback: number): number {
	try {
		return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
	} catch {
		return fallback;
	}
}

const TICK_MS = 1000 / sysconf('CLK_TCK', 100);
const PAGE = sysconf('PAGESIZE', 4096);

interface ProcStat {
	pid: number;
	ppid: number;
	/** utime + stime + cutime + cstime, in clock ticks */
	ticks: number;
	/** utime + stime: the process's own CPU, without its reaped children, in clock ticks */
	own: number;
}

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces). */
export function parseStat(text: string): ProcStat | undefined {
	const close = text.lastIndexOf(')');
	if (close < 0) return undefined;
	const pid = Number(text.slice(0, text.indexOf(' ')));
	const rest = text.slice(close + 2).split(' ');
	// rest[0] is field 3 (state); ppid is field 4, utime..cstime are fields 14..17.
	const field = (n: number): number => Number(rest[n - 3]);
	const own = field(14) + field(15);
	return { pid, ppid: field(4), ticks: own + field(16) + field(17), own };
}

function read(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined; // the process exited between listing and reading
	}
}

/**
 * One reading of the tree rooted at `root`. `seen` is told each process's own CPU ticks
 * (utime + stime), for a total that counts processes nobody reaps (startSampler).
 */
export function readTree(
	root: number,
	seen?: (pid: number, ownTicks: number) => void,
): { cpuMs: number; rssBytes: number; processes: number } {
	const stats = new Map<number, ProcStat>();
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		const parsed = stat ? parseStat(stat) : undefined;
		if (!parsed) continue;
		stats.set(parsed.pid, parsed);
		const list = children.get(parsed.ppid) ?? [];
		list.push(parsed.pid);
		children.set(parsed.ppid, list);
	}
	let ticks = 0;
	let pages = 0;
	let processes = 0;
	const queue = [root];
	while (queue.length) {
		const pid = queue.pop() as number;
		const stat = stats.get(pid);
		if (!stat) continue;
		processes++;
		ticks += stat.ticks;
		seen?.(pid, stat.own);
		const statm = read(`/proc/${pid}/statm`);
		pages += Number(statm?.split(' ')[1] ?? 0);
		queue.push(...(children.get(pid) ?? []));
	}
	return { cpuMs: ticks * TICK_MS, rssBytes: pages * PAGE, processes };
}

/** CPU ms this process has collected from its reaped children so far. */
export function reapedChildrenCpuMs(): number {
	const stat = read('/proc/self/stat');
	const close = stat?.lastIndexOf(')') ?? -1;
	if (!stat || close < 0) return 0;
	const rest = stat.slice(close + 2).split(' ');
	return (Number(rest[16 - 3]) + Number(rest[17 - 3])) * TICK_MS;
}

/**
 * Samples the tree under `root` every `everyMs` (times relative to `origin`, a performance.now())
 * until stop(). `seenCpuMs()` is the sum over every process ever seen in the tree of its own CPU
 * at the last sample: unlike the CPU the build collects from its reaped children, it includes a
 * helper process (the Pagefind service) that exits without being reaped, and it misses only the
 * last sampling interval of each process and processes shorter than one interval.
 */
export function startSampler(
	root: number,
	origin: number,
	everyMs = 100,
): { samples: Sample[]; stop: () => Sample[]; seenCpuMs: () => number } {
	const started = origin;
	const samples: Sample[] = [];
	const own = new Map<number, number>();
	const seen = (pid: number, ticks: number): void => {
		own.set(pid, Math.max(own.get(pid) ?? 0, ticks));
	};
	const take = (): void => {
		const reading = readTree(root, seen);
		if (reading.processes > 0) samples.push({ t: performance.now() - started, ...reading });
	};
	take();
	const timer = setInterval(take, everyMs);
	return {
		samples,
		stop: () => {
			clearInterval(timer);
			return samples;
		},
		seenCpuMs: () => [...own.values()].reduce((sum, ticks) => sum + ticks, 0) * TICK_MS,
	};
}
