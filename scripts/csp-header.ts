/**
 * Prints the Content-Security-Policy HTTP header for a built site: the union of the policies
 * Astro put in every page's <meta http-equiv="content-security-policy"> (same hashes, so the
 * header and the meta tag agree), plus the directives only a header can carry.
 *
 *   npm run build && npm run csp-header            # reads dist/
 *   node scripts/csp-header.ts path/to/dist
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicy, HEADER_ONLY, mergePolicies, parsePolicy, type Policy } from './lib/csp.ts';

const dist = process.argv[2] ?? 'dist';
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

const policies: Policy[] = [];
const walk = (dir: string): void => {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.name.endsWith('.html')) {
			const match = META.exec(readFileSync(path, 'utf8'));
			if (match?.[1]) policies.push(parsePolicy(match[1].replace(/&#39;/g, "'")));
		}
	}
};
walk(dist);
if (policies.length === 0) {
	console.error(`Không tìm thấy thẻ CSP nào trong ${dist}: hãy chạy npm run build trước.`);
	process.exit(1);
}
console.log(`Content-Security-Policy: ${formatPolicy(mergePolicies([...policies, HEADER_ONLY]))}`);
