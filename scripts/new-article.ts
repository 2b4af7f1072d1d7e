/**
 * npm run new: creates an article with valid frontmatter and a short body to fill in.
 * Asks in Vietnamese for what is missing; runs without questions when the flags give it all:
 *
 *   npm run new -- --title "…" --campaign van-hoa-cong-so --agency ubnd-tinh \
 *     --author "Việt Thắng" [--credit "Bài và ảnh"] [--date 2020-08-14] [--mdx] [--draft]
 *
 * --campaign, --agency and --author may be repeated (or given as a comma-separated list).
 */
import * as p from '@clack/prompts';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { TEMPLATE_PARAGRAPHS } from '../src/lib/content-check.ts';
import { contentRoot } from '../src/lib/content-files.ts';
import {
	parsePartialDate,
	todayInVietnam,
	toIsoString,
	type PartialDate,
} from '../src/lib/dates.ts';
import { fold, nfc } from '../src/lib/vi-text.ts';
import { writeArticle, renderArticle } from './lib/article-file.ts';
import { flagList, loadReferences, unknownIdMessage, type Reference } from './lib/references.ts';

const { values } = parseArgs({
	options: {
		title: { type: 'string' },
		date: { type: 'string' },
		campaign: { type: 'string', multiple: true },
		agency: { type: 'string', multiple: true },
		author: { type: 'string', multiple: true },
		credit: { type: 'string' },
		mdx: { type: 'boolean', default: false },
		draft: { type: 'boolean', default: false },
		yes: { type: 'boolean', short: 'y', default: false },
	},
});

const root = contentRoot();
const { campaigns, agencies } = loadReferences(root);
const interactive = Boolean(process.stdin.isTTY) && !values.yes;

function fail(message: string): never {
	console.error(`Lỗi: ${message}`);
	process.exit(1);
}

function checkIds(ids: string[], known: Reference[], flag: string, what: string): string[] {
	const problem = unknownIdMessage(ids, known, flag, what);
	if (problem) fail(problem);
	return ids;
}

function checkDate(text: string): PartialDate {
	const parsed = parsePartialDate(text);
	if (!parsed.ok) fail(`--date: ${parsed.reason}`);
	return parsed.value;
}

function answer<T>(value: T): Exclude<T, symbol> {
	if (p.isCancel(value)) {
		p.cancel('Đã hủy, chưa tạo bài nào.');
		process.exit(1);
	}
	return value as Exclude<T, symbol>;
}

const byText = (search: string, option: { label?: string; hint?: string; value: unknown }) => {
	const needle = fold(search);
	return [option.label, option.hint, String(option.value)].some((t) =>
		fold(t ?? '').includes(needle),
	);
};

async function choose(known: Reference[], message: string): Promise<string[]> {
	return answer(
		await p.autocompleteMultiselect({
			message: `${message} (gõ để lọc, ↑↓ để di chuyển, Tab để chọn, Enter để xong)`,
			options: known.map((r) => ({ value: r.id, label: r.label, hint: r.id })),
			required: true,
			filter: byText,
			maxItems: 8,
		}),
	);
}

let title = values.title ? nfc(values.title.trim()) : '';
let campaign = checkIds(flagList(values.campaign), campaigns, 'campaign', 'phong trào');
let agency = checkIds(flagList(values.agency), agencies, 'agency', 'cơ quan, đơn vị');
let author = flagList(values.author);
let date: PartialDate = values.date ? checkDate(values.date) : todayInVietnam();
let credit = values.credit ? nfc(values.credit.trim()) : undefined;

if (interactive) {
	p.updateSettings({ messages: { cancel: 'Đã hủy', error: 'Có lỗi' } });
	p.intro('Tạo bài viết mới');
	if (!title) {
		title = nfc(
			answer(
				await p.text({
					message: 'Tiêu đề bài viết',
					validate: (v) => (v?.trim() ? undefined : 'Cần có tiêu đề'),
				}),
			).trim(),
		);
	}
	if (!values.date) {
		const text = answer(
			await p.text({
				message: 'Ngày đăng (YYYY-MM-DD, hoặc YYYY-MM nếu chỉ biết tháng)',
				// Enter on an empty answer takes today (shown as the placeholder).
				placeholder: toIsoString(date),
				defaultValue: toIsoString(date),
				validate: (v) => {
					if (!v?.trim()) return undefined;
					const parsed = parsePartialDate(v);
					return parsed.ok ? undefined : parsed.reason;
				},
			}),
		);
		date = checkDate(text);
	}
	if (!campaign.length) campaign = await choose(campaigns, 'Phong trào thi đua');
	if (!agency.length) agency = await choose(agencies, 'Cơ quan, đơn vị');
	if (!author.length) {
		author = flagList([
			answer(
				await p.text({
					message: 'Tác giả (nhiều người thì cách nhau bằng dấu phẩy)',
					validate: (v) => (v?.trim() ? undefined : 'Cần có tên tác giả'),
				}),
			),
		]);
	}
	if (values.credit === undefined) {
		const text = answer(
			await p.text({
				message: 'Vai trò tác giả, ví dụ “Bài và ảnh”, “Bài”, “Ảnh” (bỏ trống nếu không có)',
				placeholder: 'Bài và ảnh',
			}),
		);
		credit = text?.trim() ? nfc(text.trim()) : undefined;
	}
} else {
	const missing = [
		!title && '--title',
		!campaign.length && '--campaign',
		!agency.length && '--agency',
		!author.length && '--author',
	].filter(Boolean);
	if (missing.length) {
		fail(
			`thiếu ${missing.join(', ')}. Chạy npm run new trong cửa sổ dòng lệnh để được hỏi từng mục, hoặc thêm các tham số này.`,
		);
	}
}

const article = { title, date, campaign, agency, author, credit, draft: values.draft };
const body = TEMPLATE_PARAGRAPHS.join('\n\n');
const comments = [
	'# summary: "Đoạn mở đầu (sapo), nếu muốn khác đoạn đầu tiên của bài"',
	'# image: ./anh-1.jpg',
	'# imageAlt: "Mô tả nội dung ảnh cho người khiếm thị"',
	'# imageCaption: "Chú thích in dưới ảnh"',
];
const written = writeArticle(
	root,
	article,
	renderArticle(article, body, comments),
	values.mdx ? 'mdx' : 'md',
);
const shown = relative(process.cwd(), written.path);
const notes = [
	`Đã tạo ${shown}`,
	...(written.renamed ? [`Mã “${written.id}” vì đã có bài khác mang mã của tiêu đề này.`] : []),
	`Địa chỉ khi đăng: /bai-viet/${written.id}/`,
	'Tiếp theo: viết nội dung, chép ảnh vào cùng thư mục, xem thử bằng npm run dev, rồi npm run check.',
];
if (interactive) p.outro(notes.join('\n'));
else console.log(notes.join('\n'));
