// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, fontProviders } from 'astro/config';
import { aliasPathsIn } from './src/aliases.ts';
import { cacheDir, contentDir, site } from './src/config.ts';
import { publishing } from './src/integrations/publishing.ts';
import bantinPagefind from './src/integrations/pagefind.ts';

const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
	'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

/** Be Vietnam Pro, self-hosted from its npm package: the Latin and Vietnamese subsets only. */
const beVietnamPro = /** @type {const} */ ([400, 700]).flatMap((weight) =>
	/** @type {const} */ ([
		['latin', LATIN],
		['vietnamese', VIETNAMESE],
	]).map(([subset, range]) => ({
		src: /** @type {[string]} */ ([
			`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`,
		]),
		weight,
		style: /** @type {const} */ ('normal'),
		// optional, not swap: a late font never replaces the fallback mid-read, so text does not
		// jump (Lighthouse measured a 0.23 layout shift on an article with swap). The preloaded
		// regular weight usually arrives in time; otherwise the next page has it from the cache.
		display: /** @type {const} */ ('optional'),
		unicodeRange: /** @type {[string]} */ ([range]),
	})),
);

export default defineConfig({
	site: site.url,
	// Each content tree (shipped, test fixture, benchmark corpus) keeps its own cache (src/config.ts).
	cacheDir,
	trailingSlash: 'always',
	// Inline the one small stylesheet (1.7 KB gzipped): first-time readers, most of whom arrive
	// on a single article from a shared link, skip a render-blocking request. Astro hashes the
	// inlined <style> into the CSP.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	// Two articles with the same id must fail the build, not overwrite each other.
	prerenderConflictBehavior: 'error',
	integrations: [
		publishing(),
		mdx(),
		sitemap({
			// Redirect pages from renamed articles' old addresses are not pages to index.
			filter: (() => {
				/** @type {Set<string> | undefined} */
				let aliases;
				return (/** @type {string} */ page) => {
					aliases ??= aliasPathsIn(contentDir);
					return !aliases.has(new URL(page).pathname);
				};
			})(),
		}),
		bantinPagefind(),
	],
	// Photos (docs/photos.md): AVIF effort 2 encodes about 7× faster than sharp's default 4 for
	// files about 15 % larger; the 2-core build machine cannot afford effort 4.
	image: {
		service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
	},
	fonts: [
		{
			provider: fontProviders.local(),
			name: 'Be Vietnam Pro',
			cssVariable: '--font-body',
			fallbacks: ['sans-serif'],
			options: {
				// @ts-expect-error the tuple type is built above
				variants: beVietnamPro,
			},
		},
	],
	devToolbar: { enabled: false },
	// Rebuilds render only pages whose data changed: every dynamic route returns a cacheKey of
	// what its page shows (docs/build-cache.md); the rest are copied back from the last build's
	// output, kept in cacheDir.
	experimental: { incrementalBuild: true },
	// Shiki colours code with inline style attributes, which the CSP below refuses; a bulletin
	// has no code worth colouring.
	markdown: { syntaxHighlight: false },
	// A strict Content-Security-Policy as a <meta> tag on every page (docs/security.md). Astro adds
	// 'self' plus a hash of every inline <style>/<script> it renders (the <Font> @font-face block);
	// no 'unsafe-inline' anywhere. The JSON-LD block is data, not script, so CSP never runs it.
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
});
