/**
 * Content-Security-Policy text: parse a policy into directives, merge the per-page policies
 * Astro writes into <meta> tags, and print one policy for an HTTP header.
 */
export type Policy = Map<string, string[]>;

/** `"default-src 'self'; img-src 'self' data:"` → directive name → sources, in order. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const key = name.toLowerCase();
		policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
	}
	return policy;
}

/**
 * The union of several policies: every directive, with every source any page needs (parsePolicy
 * already merges a directive written twice).
 */
export function mergePolicies(policies: Policy[]): Policy {
	return parsePolicy(policies.map(formatPolicy).join('; '));
}

export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Directives that only work in an HTTP header (a <meta> policy ignores them): no framing of the
 * archive by other sites.
 */
export const HEADER_ONLY: Policy = new Map([['frame-ancestors', ["'none'"]]]);
