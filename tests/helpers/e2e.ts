/**
 * One Chromium and one static server per e2e test file, with a page that records everything
 * that goes wrong while it loads: console errors (CSP violations among them), uncaught
 * exceptions, failed or 4xx/5xx requests and dialogs (an alert() from injected script).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from './browser.ts';
import { serveDist, type StaticServer } from './serve.ts';

export interface Incident {
	kind: 'console' | 'exception' | 'request' | 'dialog';
	text: string;
}

export interface Session {
	server: StaticServer;
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** What went wrong since the last `visit` started. */
	incidents: Incident[];
	/** Loads a path and returns the HTTP status and what went wrong while loading it. */
	visit: (path: string) => Promise<{ status: number | undefined; incidents: Incident[] }>;
	close: () => Promise<void>;
}

export async function openSession(dist: string): Promise<Session> {
	const server = await serveDist(dist);
	const browser = await launchBrowser();
	const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
	const page = await context.newPage();
	const session: Session = {
		server,
		browser,
		context,
		page,
		incidents: [],
		visit: async (path) => {
			session.incidents = [];
			const response = await page.goto(server.url + path, { waitUntil: 'load' });
			// Web fonts load after layout: wait for them, so a missing font is reported here.
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const status = response?.status();
			// The document itself answering 404 is expected on the not-found page: not an incident.
			const incidents = session.incidents.filter(
				(i) => !(status === 404 && i.kind !== 'dialog' && i.text.includes(`${server.url}${path}`)),
			);
			return { status, incidents };
		},
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
	const record = (kind: Incident['kind'], text: string): void => {
		session.incidents.push({ kind, text });
	};
	page.on('console', (msg) => {
		if (msg.type() === 'error') {
			const where = msg.location().url;
			record('console', `${msg.text()}${where ? ` (${where})` : ''}`);
		}
	});
	page.on('pageerror', (error) => record('exception', error.message));
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText ?? 'unknown';
		// ERR_ABORTED is Chromium cancelling a late request (favicon, font) because the test moved
		// on to the next page; a missing file shows up as a 404 response instead.
		if (error !== 'net::ERR_ABORTED') record('request', `${request.url()} failed: ${error}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400)
			record('request', `${response.url()} answered ${response.status()}`);
	});
	page.on('dialog', (dialog) => {
		record('dialog', `${dialog.type()} dialog opened: "${dialog.message()}"`);
		void dialog.dismiss();
	});
	return session;
}

/** Incidents as one line each, prefixed with the page, for a readable assertion diff. */
export function describeIncidents(path: string, incidents: Incident[]): string[] {
	return incidents.map((i) => `${path}: ${i.kind}: ${i.text}`);
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** The WCAG 2.2 A and AA rules (axe tags), as the issue asks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP, which
 * rightly forbids injected scripts, does not block it) and returns one line per failing element.
 */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
		const result = (await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		})) as { violations: unknown[] };
		return result.violations;
	}, WCAG_TAGS);
	return (violations as AxeViolation[]).flatMap((v) =>
		v.nodes.map(
			(node) =>
				`${label}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(node.target)}` +
				(node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''),
		),
	);
}
