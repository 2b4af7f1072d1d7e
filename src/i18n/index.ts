import { vi, type UiKey } from './vi.ts';

export type { UiKey };

/** Placeholder values for a UI string: `{n}` ← `vars.n`. */
export type UiVars = Record<string, string | number>;

/**
 * Fills `{name}` placeholders in a template. A placeholder with no value is an error, so a
 * page never ships a literal "{n}".
 */
export function fill(template: string, vars: UiVars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
		return String(value);
	});
}

/** The Vietnamese UI string for `key`, placeholders filled from `vars`. */
export function t(key: UiKey, vars?: UiVars): string {
	return fill(vi[key], vars);
}
