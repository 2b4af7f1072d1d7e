import type { APIRoute } from 'astro';
import { feedStylesheet } from '~/lib/feed-stylesheet';

export const GET: APIRoute = () =>
	new Response(feedStylesheet(), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
