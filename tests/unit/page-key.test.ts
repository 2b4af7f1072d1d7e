import { describe, expect, it } from 'vitest';
import { pageKey, withCacheKey } from '../../src/lib/page-key.ts';

describe('pageKey', () => {
	it('is the same for the same inputs and differs when any input differs', () => {
		const article = { id: 'a', title: 'Hội nghị', date: { year: 2020, month: 8 } };
		expect(pageKey(article, 1)).toBe(pageKey({ ...article }, 1));
		expect(pageKey(article, 1)).not.toBe(pageKey({ ...article, title: 'Hội nghị.' }, 1));
		expect(pageKey(article, 1)).not.toBe(pageKey(article, 2));
		expect(pageKey(article, 1)).not.toBe(pageKey(1, article));
	});

	it('sees the contents of Maps and Sets', () => {
		expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
		expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
		expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Set([['a', 1]])));
	});

	it('tells a missing value from an empty one', () => {
		expect(pageKey({ series: undefined })).not.toBe(pageKey({ series: '' }));
	});
});

/** An imported photo as Astro hands it over: a proxy that records every field read but these. */
function photo(src: string, read: string[]): object {
	const target = { src, width: 800, height: 600, format: 'jpg' };
	return new Proxy(target, {
		get(t, name) {
			if (name === 'clone') return structuredClone(t);
			if (name === 'fsPath') return `/content/${src}`;
			if (typeof name === 'string' && name in t) read.push(name);
			return t[name as keyof typeof t];
		},
	});
}

describe('pageKey and photos', () => {
	it('keys a photo by its address in the build, without reading the photo itself', () => {
		const read: string[] = [];
		const a = pageKey({ image: photo('/_astro/anh.abc.jpg', read) });
		expect(a).toBe(pageKey({ image: photo('/_astro/anh.abc.jpg', read) }));
		expect(a).not.toBe(pageKey({ image: photo('/_astro/anh.def.jpg', read) }));
		expect(read).toEqual([]);
	});
});

describe('pageKey and collection entries', () => {
	const entry = (digest: string, body: string, image = '/_astro/a.1.jpg') => ({
		id: 'a',
		collection: 'articles',
		digest,
		body,
		data: { title: 'Hội nghị', bodyImages: [photo(image, [])] },
	});

	it('keys an entry by its digest and data (its body photos by address), not its raw body', () => {
		expect(pageKey(entry('1', 'văn bản'))).toBe(pageKey(entry('1', 'văn bản khác')));
		expect(pageKey(entry('1', ''))).not.toBe(pageKey(entry('2', '')));
		expect(pageKey(entry('1', ''))).not.toBe(pageKey(entry('1', '', '/_astro/a.2.jpg')));
	});
});

describe('withCacheKey', () => {
	const site = { title: 'Bản tin' };

	it('keeps the path and adds a key made of its params, props and the shared settings', () => {
		const path = { params: { id: 'a' }, props: { title: 'Hội nghị' } };
		const keyed = withCacheKey(path, site);
		expect(keyed).toMatchObject(path);
		expect(keyed.cacheKey).toBe(pageKey(site, path.params, path.props));
		expect(keyed.cacheKey).not.toBe(
			withCacheKey({ ...path, props: { title: 'Hội nghị.' } }, site).cacheKey,
		);
		expect(keyed.cacheKey).not.toBe(withCacheKey({ ...path, params: { id: 'b' } }, site).cacheKey);
		expect(keyed.cacheKey).not.toBe(withCacheKey(path, { title: 'Bản tin mới' }).cacheKey);
	});
});
