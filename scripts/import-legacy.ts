/**
 * npm run import -- FILE…: turns legacy plain-text bulletins (the format of shared/seed/) into
 * articles under content/articles/<yyyy>/<mm>/<id>/index.md. Movements and agencies come from
 * the flags or are recognised from their names in the text; when they cannot be, the file is
 * not imported and the message says which flag to add.
 *
 *   npm run import -- bai-cu.txt
 *   npm run import -- --campaign van-hoa-cong-so --agency ubnd-tinh bai-1.txt bai-2.txt
 *   npm run import -- --dry-run bai-cu.txt      show the result without writing
 *   npm run import -- --no-caption bai-cu.txt   no paragraph is a photo caption
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, readSiteSettings } from '../src/lib/content-files.ts';
import {
	escapeMarkdown,
	parseLegacyArticle,
	recogniseAgencies,
	recogniseCampaigns,
} from '../src/lib/legacy.ts';
import { renderArticle, writeArticle, type NewArticle } from './lib/article-file.ts';
import { flagList, loadReferences, unknownIdMessage, type Reference } from './lib/references.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	allowNegative: true,
	options: {
		campaign: { type: 'string', multiple: true },
		agency: { type: 'string', multiple: true },
		author: { type: 'string', multiple: true },
		credit: { type: 'string' },
		caption: { type: 'boolean', default: true },
		'dry-run': { type: 'boolean', default: false },
	},
});

if (!positionals.length) {
	console.error('Cách dùng: npm run import -- [--campaign mã] [--agency mã] TỆP.txt …');
	process.exit(1);
}

const root = contentRoot();
let province: string;
try {
	province = readSiteSettings(root).province;
} catch (error) {
	console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
const { campaigns, agencies } = loadReferences(root);
const flagProblem =
	unknownIdMessage(flagList(values.campaign), campaigns, 'campaign', 'mã') ??
	unknownIdMessage(flagList(values.agency), agencies, 'agency', 'mã');
if (flagProblem) {
	console.error(`Lỗi: ${flagProblem}`);
	process.exit(1);
}

const names = (ids: string[], refs: Reference[]) =>
	ids.map((id) => refs.find((r) => r.id === id)?.label ?? id).join(', ');

let failed = 0;
for (const file of positionals) {
	const shown = relative(process.cwd(), file) || file;
	const parsed = parseLegacyArticle(readFileSync(file, 'utf8'), { caption: values.caption });
	if (!parsed.ok) {
		console.error(`✗ ${shown}: ${parsed.reason}`);
		failed++;
		continue;
	}
	const legacy = parsed.value;
	const text = [
		legacy.series,
		legacy.title,
		legacy.summary,
		legacy.imageCaption,
		...legacy.paragraphs,
	]
		.filter(Boolean)
		.join('\n\n');

	const problems: string[] = [];
	let campaign = flagList(values.campaign);
	if (!campaign.length) {
		campaign = recogniseCampaigns(text, campaigns);
		if (campaign.length === 0) {
			problems.push(
				`không nhận ra phong trào nào (bài không nhắc tên đầy đủ của phong trào nào trong content/campaigns/); thêm --campaign <mã>, ví dụ --campaign ${campaigns[0]?.id ?? 'ma-phong-trao'}`,
			);
		} else if (campaign.length > 1) {
			problems.push(
				`bài nhắc tới nhiều phong trào (${campaign.join(', ')}); chọn bằng --campaign <mã> (có thể lặp lại)`,
			);
		}
	}
	let agency = flagList(values.agency);
	if (!agency.length) {
		agency = recogniseAgencies(text, agencies, province);
		if (!agency.length) {
			problems.push('không nhận ra cơ quan, đơn vị nào trong bài; thêm --agency <mã>');
		}
	}
	if (problems.length) {
		console.error(`✗ ${shown}: chưa nhập.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		failed++;
		continue;
	}

	const flagAuthors = flagList(values.author);
	const article: NewArticle = {
		title: legacy.title,
		series: legacy.series,
		date: legacy.date,
		campaign,
		agency,
		author: flagAuthors.length ? flagAuthors : legacy.author,
		credit: values.credit ?? legacy.credit,
		summary: legacy.summary,
		imageCaption: legacy.imageCaption,
	};
	const source = renderArticle(article, legacy.paragraphs.map(escapeMarkdown).join('\n\n'));
	const report = [
		`  phong trào: ${names(campaign, campaigns)}${values.campaign ? '' : ' (nhận ra từ tên trong bài)'}`,
		`  cơ quan: ${names(agency, agencies)}${values.agency ? '' : ' (nhận ra từ tên trong bài)'}`,
		`  tác giả: ${article.author.join(', ')}${article.credit ? ` (${article.credit})` : ''}`,
		...(legacy.imageCaption ? [`  chú thích ảnh: ${legacy.imageCaption}`] : []),
	];
	if (values['dry-run']) {
		console.log(`• ${shown} (chưa ghi, --dry-run)\n${report.join('\n')}\n\n${source}`);
		continue;
	}
	const written = writeArticle(root, article, source, 'md');
	console.log(
		`✓ ${shown} → ${relative(process.cwd(), written.path)}${written.renamed ? ` (mã ${written.id}: mã theo tiêu đề đã có bài khác dùng)` : ''}\n${report.join('\n')}`,
	);
}
if (failed) {
	console.error(
		`\n${failed} tệp chưa nhập được. Sửa tệp hoặc thêm tham số như gợi ý rồi chạy lại.`,
	);
	process.exitCode = 1;
}
