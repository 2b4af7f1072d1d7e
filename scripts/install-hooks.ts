/**
 * npm run hooks:install: installs a git pre-commit hook in the current repository that runs
 * `npm run check` on the staged content and blocks the commit when it finds an error, with the
 * same messages. Opt-in: nothing is installed until an editor runs this once.
 * `git commit --no-verify` skips the hook for one commit.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = '# bantin pre-commit hook';
const project = fileURLToPath(new URL('..', import.meta.url));
let top: string;
try {
	top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	}).trim();
} catch {
	console.error('Lỗi: thư mục này không nằm trong một kho git. Chạy lệnh trong thư mục dự án.');
	process.exit(1);
}
const hooks = resolve(
	top,
	execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { encoding: 'utf8' }).trim(),
);
const hook = join(hooks, 'pre-commit');

if (existsSync(hook) && !readFileSync(hook, 'utf8').includes(MARK)) {
	console.error(
		`Lỗi: đã có một hook pre-commit khác ở ${hook}. Không ghi đè; hãy gộp tay dòng sau vào hook đó:\n  node scripts/check-content.ts --staged`,
	);
	process.exit(1);
}

// Inside the project the hook finds the tools relative to the repository, so it keeps working
// after the folder is moved; a content repository elsewhere points at this project.
const tools =
	resolve(top) === resolve(project) ? '$(git rev-parse --show-toplevel)' : resolve(project);
const script = `#!/bin/sh
${MARK} (npm run hooks:install). Checks the staged content before each commit.
BANTIN="${tools}"
exec "$BANTIN/node_modules/.bin/node" "$BANTIN/scripts/check-content.ts" --staged
`;
mkdirSync(hooks, { recursive: true });
writeFileSync(hook, script);
chmodSync(hook, 0o755);
console.log(
	`Đã cài hook kiểm tra trước khi commit: ${relative(process.cwd(), hook)}\nTừ nay mỗi lần git commit, nội dung đã git add sẽ được kiểm tra; có lỗi thì commit bị chặn.`,
);
