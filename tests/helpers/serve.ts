/**
 * Serves a built site (a dist folder) on 127.0.0.1 at a free port, as a static host would:
 * directory index files, correct content types, and the site's 404.html with status 404.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

export interface ServeOptions {
	/** Serve `<file>.gz` beside a file, when present, to clients that accept gzip (as hosts do). */
	gzip?: boolean;
}

export async function serveDist(dist: string, options: ServeOptions = {}): Promise<StaticServer> {
	const assets = sirv(dist, {
		dev: true,
		etag: false,
		extensions: ['html'],
		gzip: options.gzip ?? false,
	});
	const notFound = readFileSync(join(dist, '404.html'));
	const server: Server = createServer((req, res) => {
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(notFound);
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
