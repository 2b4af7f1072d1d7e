import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import {
	cachedCard,
	cardKey,
	clampTitle,
	drawsTitleCard,
	photoOverlayTree,
	renderPhotoCard,
	renderTitleCard,
	titleCardTree,
	titleFontSize,
} from '../../src/lib/card.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bantin-card-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TITLE =
	'Xây dựng đội ngũ cán bộ, công chức, viên chức “Kỷ cương, trách nhiệm, tận tụy, chuyên nghiệp”';

/** Every string in a satori tree, in order. */
function texts(node: unknown): string[] {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	if (node && typeof node === 'object' && 'props' in node) {
		return texts((node as { props: { children?: unknown } }).props.children);
	}
	return [];
}

describe('titleFontSize', () => {
	it('sets a short title large and a long one smaller', () => {
		expect(titleFontSize('Bài ngắn')).toBeGreaterThan(titleFontSize(TITLE));
	});
	it('counts characters, not UTF-16 units or NFD marks', () => {
		expect(titleFontSize('Đ'.repeat(50))).toBe(titleFontSize('D'.repeat(50)));
	});
});

describe('clampTitle', () => {
	it('leaves a title within the limit alone', () => {
		expect(clampTitle(TITLE)).toBe(TITLE);
	});
	it('cuts a long title at a word and adds an ellipsis', () => {
		const clamped = clampTitle('Thi đua yêu nước, '.repeat(20), 60);
		expect(clamped.endsWith('…')).toBe(true);
		expect([...clamped].length).toBeLessThanOrEqual(61);
		expect(clamped).not.toMatch(/[,\s]…$/u);
	});
	it('composes NFD input so tone marks stay on their letters', () => {
		expect(clampTitle('Kỷ cương'.normalize('NFD'))).toBe('Kỷ cương');
	});
});

describe('titleCardTree', () => {
	it('shows the site name, the kicker and the title', () => {
		const tree = titleCardTree({ title: TITLE, kicker: 'Tiến tới Đại hội', siteName: 'Bản tin' });
		expect(texts(tree)).toEqual(['Bản tin', 'Tiến tới Đại hội', TITLE]);
	});
	it('leaves out a missing kicker', () => {
		expect(texts(titleCardTree({ title: 'Tiêu đề', siteName: 'Bản tin' }))).toEqual([
			'Bản tin',
			'Tiêu đề',
		]);
	});
});

describe('photoOverlayTree', () => {
	it('shows the site name, the title and the photo credit', () => {
		const tree = photoOverlayTree({ title: TITLE, siteName: 'Bản tin', credit: 'Ảnh minh họa' });
		expect(texts(tree)).toEqual(['Bản tin', TITLE, 'Ảnh minh họa']);
	});
});

describe('renderTitleCard', () => {
	it('draws a 1200×630 PNG', async () => {
		const png = await renderTitleCard({ title: TITLE, siteName: 'Bản tin thi đua tỉnh Nam Định' });
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
	});

	it('keeps a long title with a kicker inside the card, clear of the bottom margin', async () => {
		const png = await renderTitleCard({
			title: `${TITLE} trong năm 2025 tại tỉnh Nam Định`,
			kicker: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
			siteName: 'Bản tin thi đua tỉnh Nam Định',
		});
		// The bottom 56 px of the 64 px padding must be one flat colour (the background, give or
		// take quantisation): no glyph there.
		const { data, info } = await sharp(png)
			.extract({ left: 0, top: 630 - 56, width: 1200, height: 56 })
			.raw()
			.toBuffer({ resolveWithObject: true });
		const colours = new Set<string>();
		for (let i = 0; i < data.length; i += info.channels) {
			colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
		}
		expect([...colours]).toHaveLength(1);
	});
});

describe('renderPhotoCard', () => {
	it('enlarges and crops a small portrait photo to a 1200×630 JPEG', async () => {
		const file = join(tmp, 'doc.jpg');
		await sharp({ create: { width: 300, height: 500, channels: 3, background: '#a4161a' } })
			.jpeg()
			.toFile(file);
		const jpg = await renderPhotoCard(file, { title: TITLE, siteName: 'Bản tin' });
		const meta = await sharp(jpg).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
	});
});

describe('drawsTitleCard', () => {
	it('draws for every article, none, or those from a year on', () => {
		expect(drawsTitleCard(true, 2006)).toBe(true);
		expect(drawsTitleCard(false, 2025)).toBe(false);
		expect(drawsTitleCard(2020, 2019)).toBe(false);
		expect(drawsTitleCard(2020, 2020)).toBe(true);
		expect(drawsTitleCard(2020, 2024)).toBe(true);
	});
});

describe('cardKey', () => {
	it('changes when any input changes', () => {
		expect(cardKey(['title', 'A'])).not.toBe(cardKey(['title', 'B']));
		expect(cardKey(['title', 'A'])).toBe(cardKey(['title', 'A']));
	});
});

describe('cachedCard', () => {
	it('makes a card once and then reads it from the cache', async () => {
		const dir = join(tmp, 'cards');
		let made = 0;
		const make = async (): Promise<Buffer> => {
			made++;
			return Buffer.from('thẻ');
		};
		const first = await cachedCard(dir, 'k.png', make);
		const second = await cachedCard(dir, 'k.png', make);
		expect([first.cached, second.cached, made]).toEqual([false, true, 1]);
		expect(second.data.toString()).toBe('thẻ');
		expect(readdirSync(dir)).toEqual(['k.png']);
	});
});
