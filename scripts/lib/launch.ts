/**
 * Runs a Node script (Astro's CLI, for scripts/build.ts) under a V8 heap limit, and once more
 * under Node's default limit if it aborts: V8 aborts a process whose heap is full, and a build
 * that stopped because our estimate of its heap was short should still be built.
 */
import { spawn } from 'node:child_process';

export interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

interface Options {
	env?: NodeJS.ProcessEnv;
	/** A semi-space size (MB) for V8's young generation, given with the heap limit only. */
	semiSpaceMb?: number | undefined;
	/** Where the script's output goes: the terminal by default. */
	stdio?: 'inherit' | 'ignore';
	warn?: (message: string) => void;
}

/** Signals passed on to the script, so stopping the launcher stops the build it runs. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function run(argv: readonly string[], options: Options): Promise<Exit> {
	return new Promise((done, fail) => {
		const { env = process.env, stdio = 'inherit' } = options;
		const child = spawn(process.execPath, argv, { stdio, env });
		const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
		for (const signal of FORWARDED) process.on(signal, forward);
		const stop = (): void => {
			for (const signal of FORWARDED) process.off(signal, forward);
		};
		child.on('error', (error) => {
			stop();
			fail(error);
		});
		child.on('exit', (code, signal) => {
			stop();
			done({ code, signal });
		});
	});
}

export async function runWithHeapLimit(
	script: string,
	args: readonly string[],
	limitMb: number | undefined,
	options: Options = {},
): Promise<Exit> {
	const { warn = (message) => console.warn(message), semiSpaceMb } = options;
	if (limitMb === undefined) return run([script, ...args], options);
	const flags = [
		`--max-old-space-size=${limitMb}`,
		...(semiSpaceMb === undefined ? [] : [`--max-semi-space-size=${semiSpaceMb}`]),
	];
	const first = await run([...flags, script, ...args], options);
	if (first.signal !== 'SIGABRT') return first;
	warn(
		`bantin: bản dựng dừng (SIGABRT), nhiều khả năng vì hết ${limitMb} MB bộ nhớ heap đã đặt cho nó. ` +
			'Đang dựng lại với giới hạn mặc định của Node. Để đặt giới hạn khác: ' +
			'NODE_OPTIONS=--max-old-space-size=<MB> npm run build.',
	);
	return run([script, ...args], options);
}
