interface ImportMetaEnv {
	/** True under `astro dev` only (see src/integrations/publishing.ts). */
	readonly BANTIN_SHOW_UNPUBLISHED: boolean;
}
