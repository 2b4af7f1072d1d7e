/**
 * Share cards (Open Graph / Twitter, 1200×630): an article's hero photo cropped to the card, or
 * a card drawn from the article title with the bundled Be Vietnam Pro (satori turns the text
 * into SVG paths, sharp rasterises it, so no system font and no network is involved). Every
 * card is cached on disk under a key made from everything that goes into it, so an unchanged
 * article never has its card drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { writeFileAtomic } from './files.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './photo.ts';

/** Bump when the card design changes, so cached cards are redrawn. */
const CARD_VERSION = 3;
/** Width of the text block: the card minus its side padding. */
const TEXT_WIDTH = CARD_WIDTH - 144;

export interface TitleCard {
	title: string;
	/** Line above the title, e.g. the series or the site description. */
	kicker?: string | undefined;
	siteName: string;
	/** On a photo card: the photo's credit, shown small ("Ảnh minh họa"). */
	credit?: string | undefined;
}

/** Font size for a title of this length, so long Vietnamese titles still fit in five lines. */
export function titleFontSize(title: string): number {
	const n = [...title].length;
	if (n <= 50) return 72;
	if (n <= 90) return 60;
	if (n <= 140) return 50;
	return 42;
}

/** Cuts a title longer than `max` characters at a word boundary and adds an ellipsis. */
export function clampTitle(title: string, max = 200): string {
	const chars = [...title.normalize('NFC')];
	if (chars.length <= max) return chars.join('');
	const cut = chars.slice(0, max).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}

interface Node {
	type: string;
	props: { style?: Record<string, unknown>; children?: string | Node | (string | Node)[] };
}

const el = (
	type: string,
	style: Record<string, unknown>,
	children?: Node['props']['children'],
): Node => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/** The card as a satori element tree (plain objects, no JSX). */
export function titleCardTree(card: TitleCard): Node {
	const title = clampTitle(card.title);
	const kicker = card.kicker ? clampTitle(card.kicker, 110) : undefined;
	return el(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			// Satori sizes boxes content-box by default: the padding pushed a three-line title
			// 128 px past the bottom edge, so long titles were cut off.
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			// A flat colour: a gradient doubled the time to rasterise a card; with thousands of
			// articles the cards dominated the build (docs/bench.md).
			backgroundColor: '#8c1c13',
			color: '#fff8ec',
			fontFamily: 'BVP Latin, BVP Vietnamese',
		},
		[
			el('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
				el('div', { width: 56, height: 56, borderRadius: 28, backgroundColor: '#f2c230' }),
				el('div', { fontSize: 30, fontWeight: 700, letterSpacing: 0.5 }, card.siteName),
			]),
			el('div', { display: 'flex', flexDirection: 'column', gap: 20, width: TEXT_WIDTH }, [
				...(kicker
					? [el('div', { fontSize: 28, color: '#f2c230', width: TEXT_WIDTH }, kicker)]
					: []),
				el(
					'div',
					{ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.22, width: TEXT_WIDTH },
					title,
				),
			]),
		],
	);
}

/**
 * The text layer laid over a hero photo: the site name at the top, the title over a dark
 * gradient at the bottom, so the photo shows and the title stays readable.
 */
export function photoOverlayTree(card: TitleCard): Node {
	const title = clampTitle(card.title, 150);
	const size = Math.min(titleFontSize(title), 56);
	return el(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			color: '#ffffff',
			fontFamily: 'BVP Latin, BVP Vietnamese',
		},
		[
			el('div', { display: 'flex', padding: '40px 56px 0' }, [
				el(
					'div',
					{
						fontSize: 26,
						fontWeight: 700,
						padding: '8px 18px',
						borderRadius: 8,
						backgroundColor: 'rgba(140, 28, 19, 0.92)',
					},
					card.siteName,
				),
			]),
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					gap: 14,
					padding: '120px 56px 44px',
					backgroundImage:
						'linear-gradient(180deg, rgba(0,0,0,0) 0%, rgba(0,0,0,0.72) 45%, rgba(0,0,0,0.86) 100%)',
				},
				[
					el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.2, width: TEXT_WIDTH }, title),
					...(card.credit
						? [el('div', { fontSize: 22, color: '#f2c230', fontWeight: 700 }, card.credit)]
						: []),
				],
			),
		],
	);
}

type FontSpec = { name: string; weight: 400 | 700; style: 'normal'; data: Buffer };
let fonts: FontSpec[] | undefined;

/**
 * Be Vietnam Pro from its npm package. Fontsource splits it into a Latin and a Vietnamese
 * subset; satori only falls back between differently named families, so each subset gets its
 * own name and the card lists both.
 */
function loadFonts(): FontSpec[] {
	const require = createRequire(join(process.cwd(), 'package.json'));
	fonts ??= (['latin', 'vietnamese'] as const).flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: subset === 'latin' ? 'BVP Latin' : 'BVP Vietnamese',
			weight,
			style: 'normal' as const,
			data: readFileSync(
				require.resolve(
					`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`,
				),
			),
		})),
	);
	return fonts;
}

async function toSvg(tree: Node): Promise<Buffer> {
	const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts(),
	});
	return Buffer.from(svg);
}

/** A PNG title card. */
export async function renderTitleCard(card: TitleCard): Promise<Buffer> {
	return (
		sharp(await toSvg(titleCardTree(card)))
			// Sixteen colours are plenty for two flat colours and anti-aliased text: the card is
			// 12 KB instead of 48 KB (10,000 articles: 125 MB of cards, not 470 MB). effort 1 keeps
			// quantising to ~25 ms; the default effort took ~130 ms per card.
			.png({ palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 9 })
			.toBuffer()
	);
}

/**
 * A JPEG card cut from a photo: scaled to cover 1200×630 (small photos are enlarged), keeping
 * the part of the picture sharp's attention strategy finds most salient, with the title laid
 * over its lower part.
 */
export async function renderPhotoCard(file: string, card: TitleCard): Promise<Buffer> {
	const photo = await sharp(file, { failOn: 'truncated', sequentialRead: true })
		.rotate()
		.resize(CARD_WIDTH, CARD_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
		.flatten({ background: '#ffffff' })
		.toBuffer();
	const overlay = await sharp(await toSvg(photoOverlayTree(card)))
		.png()
		.toBuffer();
	return sharp(photo)
		.composite([{ input: overlay }])
		.jpeg({ quality: 84, mozjpeg: true })
		.toBuffer();
}

/**
 * Whether an article dated in `year` gets a title card of its own under the site's
 * `titleCards` setting (true: all, false: none, a year: that year and later).
 */
export function drawsTitleCard(setting: boolean | number, year: number): boolean {
	return typeof setting === 'boolean' ? setting : year >= setting;
}

/** The cache key of a card: its kind and every input, hashed. */
export function cardKey(parts: readonly (string | number)[]): string {
	return createHash('sha256')
		.update(JSON.stringify([CARD_VERSION, ...parts]))
		.digest('hex')
		.slice(0, 32);
}

export interface CachedCard {
	data: Buffer;
	/** True when the card came from the cache and nothing was drawn. */
	cached: boolean;
}

/** Returns the card stored under `key` in `dir`, or makes it and stores it. */
export async function cachedCard(
	dir: string,
	key: string,
	make: () => Promise<Buffer>,
): Promise<CachedCard> {
	const file = join(dir, key);
	if (existsSync(file)) return { data: readFileSync(file), cached: true };
	const data = await make();
	writeFileAtomic(file, data);
	return { data, cached: false };
}
