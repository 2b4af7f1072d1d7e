import type { APIRoute } from 'astro';
import { siteCard } from '~/share-cards';

/** The share card of every page that has none of its own (routes.defaultShareCard). */
export const GET: APIRoute = async () =>
	new Response(new Uint8Array(await siteCard()), { headers: { 'Content-Type': 'image/png' } });
