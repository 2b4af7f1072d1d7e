/**
 * npm run build [-- astro build options]: `astro build` with a V8 heap limit sized for the
 * archive and a smaller young generation (scripts/lib/heap.ts), so a small or mid-sized archive
 * does not hold gigabytes of garbage. A --max-old-space-size or --max-semi-space-size in
 * NODE_OPTIONS wins. If the build aborts under the limit, it is run once more under Node's
 * default (scripts/lib/launch.ts). Astro, and the Pagefind service it starts, get allocator
 * settings that keep freed native memory from staying resident (scripts/lib/allocators.ts).
 */
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { withAllocatorDefaults } from './lib/allocators.ts';
import { articleFiles, contentRoot } from '../src/lib/content-files.ts';
import { hasHeapLimit, hasSemiSpaceSize, heapLimitMb, SEMI_SPACE_MB } from './lib/heap.ts';
import { runWithHeapLimit } from './lib/launch.ts';

const ASTRO = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const articles = articleFiles(join(contentRoot(), 'articles')).length;
const defaultMb = getHeapStatistics().heap_size_limit / 2 ** 20;
const nodeOptions = process.env['NODE_OPTIONS'];
const limit = hasHeapLimit(nodeOptions) ? undefined : heapLimitMb(articles, defaultMb);
const exit = await runWithHeapLimit(ASTRO, ['build', ...process.argv.slice(2)], limit, {
	env: withAllocatorDefaults(process.env),
	semiSpaceMb: hasSemiSpaceSize(nodeOptions) ? undefined : SEMI_SPACE_MB,
});
// As a shell reports a child killed by a signal: 128 + its number.
process.exitCode = exit.signal ? 128 + constants.signals[exit.signal] : (exit.code ?? 1);
