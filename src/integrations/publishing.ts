/**
 * Tells the site whether it runs under `astro dev`. Drafts and future-dated articles are shown
 * only there. `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a production build
 * started from a shell with NODE_ENV=development (or from a test runner) would publish drafts.
 */
import type { AstroIntegration } from 'astro';

export function publishing(): AstroIntegration {
	return {
		name: 'bantin-publishing',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: {
						define: {
							'import.meta.env.BANTIN_SHOW_UNPUBLISHED': JSON.stringify(command === 'dev'),
						},
					},
				});
			},
		},
	};
}
