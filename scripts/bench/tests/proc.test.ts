import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseStat, startSampler } from '../lib/proc.ts';

describe('parseStat', () => {
	it("separates a process's own CPU from its reaped children's", () => {
		// Fields 14-17: utime, stime, cutime, cstime. The name may hold spaces and parentheses.
		const line = '4242 (node (astro) x) S 4200 4242 4200 0 -1 4194560 1 0 0 0 120 30 500 70 20 0';
		expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, ticks: 720, own: 150 });
	});
});

describe('startSampler', () => {
	it('counts the CPU of the processes it saw', async () => {
		// A child that burns 400 ms of its own CPU (not wall time), then exits.
		const child = spawn(process.execPath, [
			'-e',
			'const s = process.cpuUsage(); while ((process.cpuUsage(s).user + process.cpuUsage(s).system) / 1000 < 400) {}',
		]);
		const sampler = startSampler(child.pid ?? -1, performance.now(), 20);
		await new Promise((done) => child.on('close', done));
		sampler.stop();
		// Up to one sampling interval (and a clock tick) is missed at the end.
		expect(sampler.seenCpuMs()).toBeGreaterThanOrEqual(250);
		expect(sampler.seenCpuMs()).toBeLessThan(5000);
	});
});
