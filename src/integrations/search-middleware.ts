/**
 * Build-time middleware (added by the bantin-pagefind integration for `astro build` only): hands
 * every rendered HTML page to the live Pagefind index as Astro renders it, and returns the page
 * unchanged. The index itself lives in the integration (pagefind.ts, LiveIndex).
 */
import { defineMiddleware } from 'astro:middleware';
import { liveIndex } from './search-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const sink = liveIndex();
	if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const { searchOrder, searchTotal } = context.locals;
	await sink.add(context.url.pathname, html, searchOrder, searchTotal);
	return new Response(html, response);
});
