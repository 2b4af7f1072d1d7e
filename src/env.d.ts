interface ImportMetaEnv {
	/** True under `astro dev` only (see src/integrations/publishing.ts). */
	readonly BANTIN_SHOW_UNPUBLISHED: boolean;
}

declare namespace App {
	interface Locals {
		/**
		 * An article page's position in the archive (newest first), set while it renders: the
		 * search index adds articles in this order, so the index is the same from build to build
		 * whatever order concurrent rendering finishes them in (src/integrations/pagefind.ts).
		 */
		searchOrder?: number;
		/** How many article pages the archive has (the search index checks it got them all). */
		searchTotal?: number;
	}
}
