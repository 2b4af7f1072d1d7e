import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'tests/.tmp/',
			'tests/fixtures/**/dist/',
			'.cache/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-floating-promises': 'error',
		},
	},
	{
		files: ['**/*.{js,mjs,ts}'],
		languageOptions: {
			globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
		},
	},
	prettier,
);
