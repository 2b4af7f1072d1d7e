import { describe, expect, it } from 'vitest';
import {
	altTextProblems,
	articlePhotos,
	bodyImagePaths,
	creditNeedsLabel,
	markdownImagePaths,
	markdownImages,
	mdxImageImports,
	PHOTO_SIZES,
	photoSizes,
	photoWidths,
	splitBodyHtml,
} from '../../src/lib/photo.ts';

describe('photoWidths', () => {
	it('serves a large photo at the widest width, never at its full size', () => {
		expect(photoWidths(8000)).toEqual({ width: 1440, widths: [360, 540, 720, 1080, 1440] });
	});
	it('never enlarges a small photo and ends the srcset at its own width', () => {
		expect(photoWidths(800)).toEqual({ width: 800, widths: [360, 540, 720, 800] });
	});
	it('keeps a photo narrower than a phone at its own width', () => {
		expect(photoWidths(200)).toEqual({ width: 200, widths: [200] });
	});
	it('does not list the same width twice', () => {
		expect(photoWidths(720).widths).toEqual([360, 540, 720]);
	});
});

describe('photoSizes', () => {
	it('gives a photo as wide as the column the column sizes', () => {
		expect(photoSizes(1440)).toBe(PHOTO_SIZES);
	});
	it('keeps a narrow photo at its own width', () => {
		expect(photoSizes(200)).toBe('min(200px, calc(100vw - 2rem))');
	});
});

describe('markdownImages', () => {
	it('finds local images with their alt text', () => {
		expect(markdownImages('Mở đầu.\n\n![Hội trường](./hoi-truong.jpg "Chú thích")\n')).toEqual([
			{ src: './hoi-truong.jpg', alt: 'Hội trường' },
		]);
	});
	it('reports an empty alt as empty', () => {
		expect(markdownImages('![](./anh.jpg)')).toEqual([{ src: './anh.jpg', alt: '' }]);
	});
	it('decodes percent-encoded and angle-bracket paths', () => {
		expect(markdownImages('![a](./%E1%BA%A3nh%201.jpg) ![b](<./ảnh 2.jpg>)')).toEqual([
			{ src: './ảnh 1.jpg', alt: 'a' },
			{ src: './ảnh 2.jpg', alt: 'b' },
		]);
	});
	it('leaves out remote and absolute images', () => {
		expect(markdownImages('![a](https://x.vn/a.jpg) ![b](/public/b.jpg) ![c](c.png)')).toEqual([
			{ src: 'c.png', alt: 'c' },
		]);
	});
	it('ignores images inside code', () => {
		expect(markdownImages('```md\n![a](./a.jpg)\n```\n\n`![b](./b.jpg)`')).toEqual([]);
	});
	it('resolves reference-style images', () => {
		expect(markdownImages('![Đài tưởng niệm][dai]\n\n[dai]: ./dai.jpg "Tiêu đề"')).toEqual([
			{ src: './dai.jpg', alt: 'Đài tưởng niệm' },
		]);
	});
	it('finds nothing in an empty body', () => {
		expect(markdownImages('')).toEqual([]);
	});
});

describe('markdownImagePaths', () => {
	it('lists each path once, in order of first use', () => {
		expect(markdownImagePaths('![a](./b.jpg) ![c](./a.jpg) ![d](./b.jpg)')).toEqual([
			'./b.jpg',
			'./a.jpg',
		]);
	});
});

describe('mdxImageImports', () => {
	it('finds imported local images only', () => {
		const mdx =
			"import anh from './anh.jpg';\nimport X from '~/components/X.astro';\nimport b from \"./b.PNG\";";
		expect(mdxImageImports(mdx)).toEqual(['./anh.jpg', './b.PNG']);
	});
});

describe('bodyImagePaths', () => {
	it('adds MDX imports after Markdown images, without duplicates', () => {
		const mdx = "import anh from './anh.jpg';\n\n![Ảnh](./anh.jpg) ![Khác](./khac.png)";
		expect(bodyImagePaths(mdx, true)).toEqual(['./anh.jpg', './khac.png']);
	});
	it('does not read imports in a Markdown file', () => {
		expect(bodyImagePaths("import anh from './anh.jpg';", false)).toEqual([]);
	});
});

describe('splitBodyHtml', () => {
	const marker = (json: object): string =>
		`<img __ASTRO_IMAGE_="${JSON.stringify(json).replace(/"/g, '&quot;')}">`;

	it('turns an image alone in its paragraph into a block with its title', () => {
		const html = `<p>Mở đầu.</p>\n<p>${marker({ src: './a.jpg', alt: 'Ảnh “a”', title: 'Chú thích', index: 0 })}</p>\n<p>Hết.</p>`;
		expect(splitBodyHtml(html)).toEqual([
			{ kind: 'html', html: '<p>Mở đầu.</p>\n' },
			{ kind: 'image', image: { src: './a.jpg', alt: 'Ảnh “a”', title: 'Chú thích' }, block: true },
			{ kind: 'html', html: '\n<p>Hết.</p>' },
		]);
	});
	it('keeps an image inside a sentence inline, with its paragraph', () => {
		const html = `<p>Có ${marker({ src: './b.jpg', alt: 'b', index: 0 })} trong dòng.</p>`;
		expect(splitBodyHtml(html)).toEqual([
			{ kind: 'html', html: '<p>Có ' },
			{ kind: 'image', image: { src: './b.jpg', alt: 'b' }, block: false },
			{ kind: 'html', html: ' trong dòng.</p>' },
		]);
	});
	it('decodes the apostrophe and ampersand entities either processor writes', () => {
		const html = `<p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./c.jpg&#x22;,&#x22;alt&#x22;:&#x22;Rock &amp; l&#x27;eau&#x22;}"></p>`;
		expect(splitBodyHtml(html)).toEqual([
			{ kind: 'image', image: { src: './c.jpg', alt: "Rock & l'eau" }, block: true },
		]);
	});
	it('returns the HTML untouched when there is no image', () => {
		expect(splitBodyHtml('<p>Không có ảnh.</p>')).toEqual([
			{ kind: 'html', html: '<p>Không có ảnh.</p>' },
		]);
	});
	it('returns nothing for an empty body', () => {
		expect(splitBodyHtml('')).toEqual([]);
	});
});

describe('creditNeedsLabel', () => {
	it('labels a photographer’s name', () => {
		expect(creditNeedsLabel('Việt Thắng')).toBe(true);
	});
	it('does not label a credit that already says it is a photo, in NFC or NFD', () => {
		expect(creditNeedsLabel('Ảnh minh họa')).toBe(false);
		expect(creditNeedsLabel('Ảnh minh họa'.normalize('NFD'))).toBe(false);
		expect(creditNeedsLabel('ảnh: TTXVN')).toBe(false);
	});
	it('labels a name that merely starts with the same letters', () => {
		expect(creditNeedsLabel('Ảnhđức Nguyễn')).toBe(true);
	});
});

describe('articlePhotos', () => {
	it('lists the hero photo, then each body photo once, as written', () => {
		const body = '![Một](./mot.jpg)\n\n![Hai](./hai.png)\n\n![Một lần nữa](./mot.jpg)';
		expect(articlePhotos('./anh.jpg', body, false)).toEqual([
			{ field: 'image', written: './anh.jpg' },
			{ field: 'ảnh trong nội dung bài (./mot.jpg)', written: './mot.jpg' },
			{ field: 'ảnh trong nội dung bài (./hai.png)', written: './hai.png' },
		]);
	});
	it('lists the images an MDX article imports', () => {
		const body = "import x from './khong-co.jpg';";
		expect(articlePhotos(undefined, body, true)).toEqual([
			{ field: 'ảnh trong nội dung bài (./khong-co.jpg)', written: './khong-co.jpg' },
		]);
	});
	it('leaves an article without photos alone', () => {
		expect(articlePhotos(undefined, '', false)).toEqual([]);
	});
});

describe('altTextProblems', () => {
	it('names a body photo without alt text, and its line when asked', () => {
		const body = '![](./anh.jpg)\n\n![Ảnh có mô tả](./hai.jpg)';
		expect(altTextProblems('a.md', body, () => 7)).toEqual([
			expect.objectContaining({
				file: 'a.md',
				line: 7,
				field: 'ảnh trong nội dung bài (./anh.jpg)',
				received: '![](./anh.jpg)',
			}),
		]);
	});
});
