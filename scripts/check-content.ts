/**
 * npm run check: validates the whole content tree with the build's schemas and rules, without
 * building. Prints every problem in Vietnamese (file:line, field, value, what is expected, how
 * to fix it) and exits 1 when there is an error.
 *
 *   npm run check                 the content folder (BANTIN_CONTENT or ./content)
 *   npm run check -- --json       the report as JSON, for tools
 *   npm run check -- --fix        rewrite files whose text is not in Unicode NFC, then check
 *   npm run check -- --staged     the content as staged for the next commit (pre-commit hook)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { allFiles, checkContent, type CheckReport } from '../src/lib/content-check.ts';
import { cacheDirFor, contentRoot, readContent } from '../src/lib/content-files.ts';
import { todayInVietnam } from '../src/lib/dates.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { imageCheckCacheFile, photoProblems } from '../src/lib/image-file.ts';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		fix: { type: 'boolean', default: false },
		staged: { type: 'boolean', default: false },
	},
});

const git = (args: string[], input?: string): string =>
	execFileSync('git', args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

/** Copies the staged content/ into a temporary folder; undefined when no content is staged. */
function stagedSnapshot(): { dir: string; cwd: string; cleanup: () => void } | undefined {
	const top = git(['rev-parse', '--show-toplevel']).trim();
	const content = relative(top, contentRoot()) || '.';
	const changed = git(['diff', '--cached', '--name-only', '-z', '--', content], undefined);
	if (!changed.replace(/\0/g, '')) return undefined;
	const tmp = mkdtempSync(join(tmpdir(), 'bantin-staged-'));
	const files = execFileSync('git', ['ls-files', '-z', '--', content], { cwd: top });
	execFileSync('git', ['checkout-index', '-z', '--stdin', `--prefix=${tmp}/`], {
		cwd: top,
		input: files,
	});
	return {
		dir: join(tmp, content),
		cwd: tmp,
		cleanup: () => rmSync(tmp, { recursive: true, force: true }),
	};
}

/**
 * Photos are decoded as the build decodes them, and remembered in the build's cache: a photo
 * `npm run check` passed is not decoded again by the build. A staged snapshot, whose paths
 * change every time, gets a cache of its own in the snapshot.
 */
async function run(root: string, cwd: string, imageChecks: string): Promise<CheckReport> {
	const sources = readContent(root, cwd);
	if (values.fix) {
		for (const file of allFiles(sources)) {
			const fixed = file.source.normalize('NFC');
			if (fixed === file.source) continue;
			writeFileSync(resolve(cwd, file.file), fixed);
			file.source = fixed;
			if (!values.json) console.log(`Đã chuẩn hóa Unicode (NFC): ${file.file}`);
		}
	}
	const report = checkContent(sources, todayInVietnam());

	for (const ref of report.images) {
		const photo = { ...ref, written: ref.src, file: join(root, 'articles', ref.entry) };
		report.errors.push(...(await photoProblems(ref.file, [photo], imageChecks)));
	}
	return report;
}

function printReport(report: CheckReport, seconds: number, brief: boolean): void {
	const { articles, campaigns, agencies } = report.counts;
	console.log(
		`Đã kiểm tra ${articles} bài viết, ${campaigns} phong trào, ${agencies} cơ quan, đơn vị, ${report.images.length} ảnh (${seconds.toFixed(1).replace('.', ',')} giây).`,
	);
	if (brief && !report.errors.length && !report.warnings.length) return;
	if (report.drafts.length) {
		console.log(`\nBản nháp (chỉ hiện khi xem thử, không đăng): ${report.drafts.length}`);
		for (const a of report.drafts) console.log(`  ${a.date}  ${a.id}  (${a.file})`);
	}
	if (report.scheduled.length) {
		console.log(
			`\nHẹn ngày đăng (tự đăng ở lần dựng trang từ ngày đó): ${report.scheduled.length}`,
		);
		for (const a of report.scheduled) console.log(`  ${a.date}  ${a.id}  (${a.file})`);
	}
	if (report.warnings.length) {
		console.log(`\nCẢNH BÁO (${report.warnings.length}, không chặn việc đăng):\n`);
		console.log(report.warnings.map(formatProblem).join('\n\n'));
	}
	if (report.errors.length) {
		console.log(`\nLỖI (${report.errors.length}), cần sửa trước khi đăng:\n`);
		console.log(report.errors.map(formatProblem).join('\n\n'));
		console.log(
			'\nXem giải thích từng loại lỗi trong docs/huong-dan-bien-tap.md, mục “Các lỗi thường gặp”.',
		);
	} else {
		console.log('\nNội dung hợp lệ, không có lỗi.');
	}
}

const started = performance.now();
let report: CheckReport | undefined;
if (values.staged) {
	const snapshot = stagedSnapshot();
	if (snapshot) {
		try {
			report = await run(snapshot.dir, snapshot.cwd, join(snapshot.cwd, 'image-checks.json'));
		} finally {
			snapshot.cleanup();
		}
	}
} else {
	const project = fileURLToPath(new URL('..', import.meta.url));
	report = await run(contentRoot(), process.cwd(), imageCheckCacheFile(cacheDirFor(project)));
}

if (report) {
	const seconds = (performance.now() - started) / 1000;
	if (values.json) {
		console.log(JSON.stringify({ ok: report.errors.length === 0, ...report }, null, 2));
	} else {
		// The hook stays quiet about drafts and schedules when the commit is fine.
		printReport(report, seconds, values.staged);
		if (values.staged && report.errors.length) {
			console.log('\nĐã chặn lần commit này. Sửa các lỗi trên, git add lại rồi commit.');
		}
	}
	process.exitCode = report.errors.length ? 1 : 0;
}
