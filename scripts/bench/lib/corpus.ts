/**
 * The benchmark corpus: a deterministic synthetic archive (site settings, movements, agencies and
 * N articles in Vietnamese) generated from a seed. Pure: it yields file descriptions, and
 * scripts/bench/bench.ts writes them (and renders the photos with sharp).
 */
import { stringify } from 'yaml';
import { slugify } from '../../../src/lib/slug.ts';
import {
	AGENCIES,
	CREDITS,
	EVENTS,
	FAMILY_NAMES,
	GIVEN_NAMES,
	HEADINGS,
	MIDDLE_NAMES,
	MOVEMENTS,
	SENTENCES,
	SERIES,
	TITLES,
} from './banks.ts';
import { createRandom, type Random } from './random.ts';

export interface CorpusOptions {
	/** Number of article files (drafts included). */
	articles: number;
	seed: number;
	/** Give about one article in ten a generated hero photo. */
	photos: boolean;
	/** Draw a title card for every article (site.yaml `titleCards`); false measures the build without them. */
	titleCards?: boolean;
}

export type CorpusFile =
	| { kind: 'text'; path: string; content: string }
	/** A photo to render: plain pixels derived from `seed`, written as JPEG. */
	| { kind: 'image'; path: string; width: number; height: number; seed: number };

export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2025;
export const MIN_WORDS = 400;
export const MAX_WORDS = 1500;

/** Whitespace-separated words, the way the corpus counts body length. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * About 150 distinct bylines: family + middle + given names, or the two-syllable form bulletins
 * print ("Việt Thắng"). Names whose slugs would collide are skipped, so the build never fails on
 * the corpus itself.
 */
export function authorNames(random: Random, count = 150): string[] {
	const names: string[] = [];
	const slugs = new Set<string>();
	while (names.length < count) {
		const given = `${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
		const name = random.chance(0.3) ? given : `${random.pick(FAMILY_NAMES)} ${given}`;
		const slug = slugify(name);
		if (slugs.has(slug)) continue;
		slugs.add(slug);
		names.push(name);
	}
	return names;
}

function fill(template: string, random: Random, vars: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		if (key in vars) return vars[key] ?? '';
		switch (key) {
			case 'n':
				return String(random.int(3, 450));
			case 'm':
				return String(random.int(10, 1200));
			case 'k':
				return String(random.int(2, 10));
			case 'pct':
				return String(random.int(62, 100));
			default:
				return key;
		}
	});
}

interface Draft {
	year: number;
	month: number;
	day: number;
	monthOnly: boolean;
}

/** Dates spread over 20 years, denser in recent years; about 8 % month precision. */
function drawDate(random: Random): Draft {
	const years = LAST_YEAR - FIRST_YEAR + 1;
	const year = FIRST_YEAR + random.weighted(Array.from({ length: years }, (_, i) => 1 + i / 4));
	const month = random.int(1, 12);
	const day = random.int(1, 28);
	return { year, month, day, monthOnly: random.chance(0.08) };
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const pad = (n: number): string => String(n).padStart(2, '0');

function body(random: Random, vars: Record<string, string>, people: readonly string[]): string {
	const target = random.int(MIN_WORDS, MAX_WORDS - 60);
	const paragraphs: string[] = [];
	let words = 0;
	while (words < target) {
		if (paragraphs.length > 1 && random.chance(0.12)) {
			const heading = `## ${random.pick(HEADINGS)}`;
			paragraphs.push(heading);
			words += countWords(heading);
			continue;
		}
		const sentences: string[] = [];
		const size = random.int(2, 6);
		for (let i = 0; i < size && words < target; i++) {
			const sentence = fill(random.pick(SENTENCES), random, {
				...vars,
				person: random.pick(people),
			});
			sentences.push(sentence);
			words += countWords(sentence);
		}
		paragraphs.push(sentences.join(' '));
	}
	return `${paragraphs.join('\n\n')}\n`;
}

/** The site's settings and the reference collections (movements, agencies). */
function* settingsAndReferences(titleCards: boolean): Generator<CorpusFile> {
	yield {
		kind: 'text',
		path: 'site.yaml',
		content: stringify({
			title: 'Bản tin thi đua tỉnh Nam Định (dữ liệu đo hiệu năng)',
			description: 'Lưu trữ tổng hợp để đo tốc độ dựng trang của bantin.',
			province: 'Nam Định',
			publisher: 'Ban Thi đua - Khen thưởng tỉnh Nam Định',
			url: 'https://thidua.namdinh.example/',
			lang: 'vi',
			timeZone: 'Asia/Ho_Chi_Minh',
			pageSize: 20,
			feedSize: 30,
			...(titleCards ? {} : { titleCards: false }),
		}),
	};
	for (const m of MOVEMENTS) {
		yield {
			kind: 'text',
			path: `campaigns/${m.id}.yaml`,
			content: stringify({
				name: m.name,
				shortName: m.shortName,
				period: m.to === undefined ? { from: m.from } : { from: m.from, to: m.to },
				basis: m.basis,
				description: `Phong trào thi đua “${m.name}” được tỉnh Nam Định triển khai từ năm ${m.from}.`,
			}),
		};
	}
	for (const a of AGENCIES) {
		const { id, ...data } = a;
		yield { kind: 'text', path: `agencies/${id}.yaml`, content: stringify(data) };
	}
}

/**
 * Every file of the corpus, in a fixed order. Articles live in articles/<yyyy>/<mm>/<id>.md, or
 * articles/<yyyy>/<mm>/<id>/index.md beside their photo.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
	const random = createRandom(options.seed);
	const authors = authorNames(random);
	// Some bylines are typed in decomposed Unicode (NFD), as some keyboards produce.
	const nfdAuthors = new Set(authors.filter(() => random.chance(0.08)));
	const people = authorNames(createRandom(options.seed ^ 0x5eed), 60);
	yield* settingsAndReferences(options.titleCards ?? true);

	for (let i = 0; i < options.articles; i++) {
		const date = drawDate(random);
		const movements = random.sample(MOVEMENTS, random.chance(0.15) ? 2 : 1);
		const agencies = random.sample(AGENCIES, random.weighted([6, 3, 1]) + 1);
		const byline = random
			.sample(authors, random.chance(0.1) ? 2 : 1)
			.map((name) => (nfdAuthors.has(name) ? name.normalize('NFD') : name));
		const vars = {
			agency: agencies[0]?.shortName ?? '',
			movement: movements[0]?.shortName ?? '',
			year: String(date.year),
			event: random.pick(EVENTS),
		};
		const title = capitalize(
			fill(random.pick(TITLES), random, { ...vars, person: random.pick(people) }),
		);
		const id = `${slugify(title).split('-').slice(0, 10).join('-')}-${i + 1}`;
		const text = body(random, vars, people);
		const photo = options.photos && random.chance(0.1);
		const updated = !date.monthOnly && date.year < LAST_YEAR && random.chance(0.05);

		const data: Record<string, unknown> = { title };
		if (random.chance(0.1)) data['series'] = random.pick(SERIES);
		data['date'] = date.monthOnly
			? `${date.year}-${pad(date.month)}`
			: `${date.year}-${pad(date.month)}-${pad(date.day)}`;
		if (updated) data['updated'] = `${date.year + 1}-${pad(date.month)}-${pad(date.day)}`;
		data['campaign'] = movements.length === 1 ? movements[0]?.id : movements.map((m) => m.id);
		data['agency'] = agencies.length === 1 ? agencies[0]?.id : agencies.map((a) => a.id);
		data['author'] = byline.length === 1 ? byline[0] : byline;
		if (random.chance(0.5)) data['credit'] = random.pick(CREDITS);
		if (random.chance(0.6)) {
			data['summary'] = fill(random.pick(SENTENCES), random, {
				...vars,
				person: random.pick(people),
			});
		}
		if (photo) {
			data['image'] = './anh-1.jpg';
			data['imageAlt'] = `Quang cảnh hoạt động của ${vars.agency}`;
			data['imageCaption'] = `${vars.agency} trong phong trào “${vars.movement}”.`;
		}
		if (random.chance(0.01)) data['draft'] = true;

		const dir = `articles/${date.year}/${pad(date.month)}`;
		const content = `---\n${stringify(data)}---\n\n${text}`;
		if (photo) {
			yield { kind: 'text', path: `${dir}/${id}/index.md`, content };
			yield {
				kind: 'image',
				path: `${dir}/${id}/anh-1.jpg`,
				width: 960,
				height: 640,
				seed: random.int(0, 2 ** 31),
			};
		} else {
			yield { kind: 'text', path: `${dir}/${id}.md`, content };
		}
	}
}

/**
 * The one-article edit the rebuild measurement makes: a paragraph appended to the body, as an
 * editor correcting a published article would.
 */
export function editArticle(source: string): string {
	return `${source.trimEnd()}\n\nCập nhật: bài viết được bổ sung số liệu mới nhất của Ban Thi đua - Khen thưởng tỉnh.\n`;
}
