/**
 * The editors' workflow run as an editor would: in a temporary git repository holding a copy of
 * the fixture content, `npm run new`, then `npm run check`, then the build; a broken article
 * that the check and the pre-commit hook refuse; the import of the legacy seed. Drafts and
 * future articles are checked on the shared fixture build.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { splitFrontmatter, parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { buildSite, FIXTURE_CONTENT, removeTmp, ROOT, TMP } from '../helpers/astro.ts';
import { listFiles, readPage } from '../helpers/dist.ts';

const SEED = join(ROOT, 'tests/fixtures/legacy/000_304c47fa1cfeaa98.txt');
const SHIPPED = join(
	ROOT,
	'content/articles/2020/08/xay-dung-doi-ngu-can-bo-cong-chuc-vien-chuc-ky-cuong-trach-nhiem-tan-tuy-chuyen-nghiep/index.md',
);

/** The environment of an editor's shell: no BANTIN_CONTENT, so tools use ./content. */
function editorEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	delete env['BANTIN_CONTENT'];
	return env;
}

/** `npm run <script>` as package.json defines it: node scripts/<file>.ts, here from `cwd`. */
function npmRun(script: string, args: string[], cwd: string): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
		cwd,
		env: editorEnv(),
		encoding: 'utf8',
	});
}

function git(args: string[], cwd: string): SpawnSyncReturns<string> {
	return spawnSync('git', args, { cwd, env: editorEnv(), encoding: 'utf8' });
}

const output = (r: SpawnSyncReturns<string>): string => `${r.stdout}${r.stderr}`;

describe('an editor adds an article', () => {
	let repo: string;
	const id = 'hoi-nghi-dien-hinh-tien-tien-nam-2025';
	const file = () => join(repo, 'content/articles/2025/03', id, 'index.md');

	beforeAll(() => {
		mkdirSync(TMP, { recursive: true });
		repo = mkdtempSync(join(TMP, 'editors-'));
		cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
		for (const args of [
			['init', '-q', '-b', 'main'],
			['config', 'user.name', 'Biên tập viên'],
			['config', 'user.email', 'bientap@example.vn'],
			['config', 'commit.gpgsign', 'false'],
			['add', '-A'],
			['commit', '-qm', 'Nội dung ban đầu'],
		]) {
			expect(git(args, repo).status).toBe(0);
		}
	});
	afterAll(() => removeTmp(repo));

	it('creates it with npm run new, checks it, and finds it in the built site', async () => {
		const created = npmRun(
			'new-article.ts',
			[
				'--title',
				'Hội nghị điển hình tiên tiến năm 2025',
				'--date',
				'2025-03-15',
				'--campaign',
				'van-hoa-cong-so',
				'--agency',
				'so-noi-vu,ubnd-tinh',
				'--author',
				'Việt Thắng',
				'--credit',
				'Bài và ảnh',
			],
			repo,
		);
		expect(output(created)).toContain(`/bai-viet/${id}/`);
		expect(created.status).toBe(0);
		const written = parseFrontmatter(readFileSync(file(), 'utf8'));
		expect(written).toEqual({
			title: 'Hội nghị điển hình tiên tiến năm 2025',
			date: '2025-03-15',
			campaign: 'van-hoa-cong-so',
			agency: ['so-noi-vu', 'ubnd-tinh'],
			author: 'Việt Thắng',
			credit: 'Bài và ảnh',
		});

		// A title whose slug another article already has, in another month: a free id, no overwrite.
		const clash = npmRun(
			'new-article.ts',
			['--title', 'Năm mới', '--date', '2025-03-16', '--campaign', 'van-hoa-cong-so'],
			repo,
		);
		expect(clash.status).toBe(1);
		expect(output(clash)).toContain('--agency');
		const renamed = npmRun(
			'new-article.ts',
			['--title', 'Năm mới', '--date', '2025-03', '--campaign', 'van-hoa-cong-so'].concat([
				'--agency',
				'ubnd-tinh',
				'--author',
				'Lan Anh',
				'--draft',
			]),
			repo,
		);
		expect(renamed.status).toBe(0);
		expect(existsSync(join(repo, 'content/articles/2025/03/nam-moi-2/index.md'))).toBe(true);

		// The editor writes the body, adds a photo beside it and keeps an old address.
		await sharp({ create: { width: 800, height: 533, channels: 3, background: '#b22222' } })
			.jpeg()
			.toFile(join(repo, 'content/articles/2025/03', id, 'anh-1.jpg'));
		const source = readFileSync(file(), 'utf8')
			.replace('# image: ./anh-1.jpg', 'image: ./anh-1.jpg')
			.replace(/# imageAlt: .*/, 'imageAlt: "Đại biểu dự hội nghị điển hình tiên tiến"')
			.replace('---\n\n', 'aliases: [/tin-tuc/hoi-nghi-2025]\n---\n\n')
			.replace(
				/\n\n[\s\S]*$/,
				'\n\nHội nghị biểu dương các điển hình tiên tiến.\n\nXem thêm [bài cũ](/bai-viet/nam-moi/).\n',
			);
		writeFileSync(file(), source);

		const checked = npmRun('check-content.ts', [], repo);
		expect(checked.status, output(checked)).toBe(0);
		expect(checked.stdout).toContain('Nội dung hợp lệ');
		expect(checked.stdout).toMatch(/Bản nháp[\s\S]*ban-nhap[\s\S]*nam-moi-2/);
		expect(checked.stdout).toMatch(/Hẹn ngày đăng[\s\S]*tuong-lai/);

		const dist = join(repo, 'dist');
		const build = await buildSite(join(repo, 'content'), dist);
		expect(build.code, build.output).toBe(0);
		const $ = readPage(dist, `/bai-viet/${id}/`);
		expect($('h1').text()).toBe('Hội nghị điển hình tiên tiến năm 2025');
		expect(
			readPage(dist, '/phong-trao/van-hoa-cong-so/')(`a[href="/bai-viet/${id}/"]`),
		).toHaveLength(1);
		// The draft made by `new --draft` stays out of the production build.
		expect(existsSync(join(dist, 'bai-viet/nam-moi-2/index.html'))).toBe(false);

		// The old address redirects, is not indexed and is not in the sitemap.
		const redirect = readPage(dist, '/tin-tuc/hoi-nghi-2025/');
		expect(redirect('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=/bai-viet/${id}/`);
		expect(redirect('meta[name="robots"]').attr('content')).toBe('noindex');
		expect(redirect('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`/bai-viet/${id}/$`));
		expect(redirect(`a[href="/bai-viet/${id}/"]`).text()).toBe(
			'Hội nghị điển hình tiên tiến năm 2025',
		);
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`/bai-viet/${id}/`);
		expect(sitemap).not.toContain('/tin-tuc/');
	});

	it('fails the check on a broken frontmatter, naming the file, line and field', () => {
		writeFileSync(
			file(),
			readFileSync(file(), 'utf8').replace('date: 2025-03-15', 'date: 2025-02-30'),
		);
		const checked = npmRun('check-content.ts', [], repo);
		expect(checked.status).toBe(1);
		expect(checked.stdout).toContain(`content/articles/2025/03/${id}/index.md:3`);
		expect(checked.stdout).toContain('trường: date');
		expect(checked.stdout).toContain('ngày 30 không tồn tại trong tháng 2/2025');

		const json = npmRun('check-content.ts', ['--json'], repo);
		expect(json.status).toBe(1);
		const report = JSON.parse(json.stdout) as { ok: boolean; errors: { field: string }[] };
		expect(report.ok).toBe(false);
		expect(report.errors.map((e) => e.field)).toEqual(['date']);
	});

	it('blocks that commit in the pre-commit hook and lets the fixed one through', () => {
		const installed = npmRun('install-hooks.ts', [], repo);
		expect(installed.status, output(installed)).toBe(0);
		const commits = () => git(['rev-list', '--count', 'HEAD'], repo).stdout.trim();
		expect(commits()).toBe('1');

		expect(git(['add', '-A'], repo).status).toBe(0);
		const blocked = git(['commit', '-m', 'Thêm bài hội nghị'], repo);
		expect(blocked.status).not.toBe(0);
		expect(output(blocked)).toContain('trường: date');
		expect(output(blocked)).toContain('Đã chặn lần commit này');
		expect(commits()).toBe('1');

		writeFileSync(
			file(),
			readFileSync(file(), 'utf8').replace('date: 2025-02-30', 'date: 2025-03-15'),
		);
		expect(git(['add', '-A'], repo).status).toBe(0);
		const accepted = git(['commit', '-m', 'Thêm bài hội nghị'], repo);
		expect(accepted.status, output(accepted)).toBe(0);
		expect(commits()).toBe('2');

		// Only what is staged is checked: a broken file left unstaged does not block a good commit.
		const other = join(repo, 'content/articles/2019/12/cuoi-nam.md');
		const good = readFileSync(other, 'utf8');
		writeFileSync(other, good.replace(/^date: .*$/m, 'date: 2019-13'));
		writeFileSync(file(), `${readFileSync(file(), 'utf8')}\nĐoạn bổ sung.\n`);
		expect(git(['add', file()], repo).status).toBe(0);
		const partial = git(['commit', '-m', 'Bổ sung đoạn'], repo);
		expect(partial.status, output(partial)).toBe(0);
		expect(commits()).toBe('3');
		writeFileSync(other, good);
	});

	it('normalises decomposed (NFD) text in place with --fix', () => {
		const nfd = join(repo, 'content/articles/2020/08/nfd-bai-viet.md');
		expect(readFileSync(nfd, 'utf8').normalize('NFC')).not.toBe(readFileSync(nfd, 'utf8'));
		const before = npmRun('check-content.ts', [], repo);
		expect(before.stdout).toContain('nfd-bai-viet.md:2');
		const fixed = npmRun('check-content.ts', ['--fix'], repo);
		expect(fixed.status, output(fixed)).toBe(0);
		expect(fixed.stdout).toContain(
			'Đã chuẩn hóa Unicode (NFC): content/articles/2020/08/nfd-bai-viet.md',
		);
		const text = readFileSync(nfd, 'utf8');
		expect(text.normalize('NFC')).toBe(text);
		expect(npmRun('check-content.ts', [], repo).stdout).not.toContain('mã hóa chữ');
	});
});

describe('npm run import', () => {
	let dir: string;
	beforeAll(() => {
		mkdirSync(TMP, { recursive: true });
		dir = mkdtempSync(join(TMP, 'import-'));
		for (const part of ['campaigns', 'agencies', 'site.yaml']) {
			cpSync(join(ROOT, 'content', part), join(dir, 'content', part), { recursive: true });
		}
	});
	afterAll(() => removeTmp(dir));

	it('turns the legacy seed into the shipped article', () => {
		const result = npmRun('import-legacy.ts', [SEED], dir);
		expect(result.status, output(result)).toBe(0);
		const imported = readFileSync(
			join(dir, 'content/articles/2020/08', SHIPPED.split('/').at(-2) ?? '', 'index.md'),
			'utf8',
		);
		// The photos branch adds image, imageAlt and imageCredit to the shipped article by hand;
		// the legacy text has no photo file, so those three fields are not compared.
		const withoutPhoto = (source: string) => {
			const data = parseFrontmatter(source);
			delete data['image'];
			delete data['imageAlt'];
			delete data['imageCredit'];
			return data;
		};
		const shipped = readFileSync(SHIPPED, 'utf8');
		expect(withoutPhoto(imported)).toEqual(withoutPhoto(shipped));
		expect(splitFrontmatter(imported).body).toBe(splitFrontmatter(shipped).body);
	});

	it('never overwrites: importing again gives the next free id', () => {
		const again = npmRun('import-legacy.ts', [SEED], dir);
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('tan-tuy-chuyen-nghiep-2/index.md');
	});

	it('refuses to guess when the text names several movements', () => {
		const fixture = mkdtempSync(join(TMP, 'import-fixture-'));
		cpSync(FIXTURE_CONTENT, join(fixture, 'content'), { recursive: true });
		try {
			const result = npmRun('import-legacy.ts', [SEED], fixture);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('--campaign');
			const forced = npmRun('import-legacy.ts', ['--campaign', 'van-hoa-cong-so', SEED], fixture);
			expect(forced.status, output(forced)).toBe(0);
			expect(forced.stdout).toContain('Văn hóa công sở');
		} finally {
			removeTmp(fixture);
		}
	});
});

describe('drafts and scheduled articles in the production build', () => {
	const dist = inject('fixtureDist');

	it('leave no page, link, feed or sitemap entry behind', () => {
		expect(existsSync(join(dist, 'bai-viet/ban-nhap'))).toBe(false);
		expect(existsSync(join(dist, 'bai-viet/tuong-lai'))).toBe(false);
		const leaks = listFiles(dist)
			.filter((f) => /\.(html|xml|json|txt)$/.test(f))
			.filter((f) => {
				const text = readFileSync(join(dist, f), 'utf8');
				return /ban-nhap|tuong-lai|Bài nháp chưa đăng|Bài hẹn giờ/.test(text);
			});
		expect(leaks).toEqual([]);
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/bai-viet/nam-moi/');
	});
});
