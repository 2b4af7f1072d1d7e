import { describe, expect, it } from 'vitest';
import { formatPolicy, HEADER_ONLY, mergePolicies, parsePolicy } from '../../scripts/lib/csp.ts';

describe('parsePolicy', () => {
	it('splits a policy into directives and their sources', () => {
		const policy = parsePolicy(
			"default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a='",
		);
		expect([...policy]).toEqual([
			['default-src', ["'self'"]],
			['img-src', ["'self'", 'data:']],
			['script-src', ["'self'", "'sha256-a='"]],
		]);
	});

	it('ignores empty parts and a trailing semicolon', () => {
		expect([...parsePolicy(" ; object-src 'none';; ")]).toEqual([['object-src', ["'none'"]]]);
	});

	it('treats directive names case-insensitively and drops repeated sources', () => {
		expect([...parsePolicy("Script-Src 'self' 'self'; script-src x")]).toEqual([
			['script-src', ["'self'", 'x']],
		]);
	});

	it('gives an empty policy for an empty string', () => {
		expect(parsePolicy('').size).toBe(0);
	});
});

describe('mergePolicies', () => {
	it('keeps every source that any page needs, once', () => {
		const merged = mergePolicies([
			parsePolicy("script-src 'self' 'sha256-a='"),
			parsePolicy("script-src 'self' 'wasm-unsafe-eval'; object-src 'none'"),
		]);
		expect(formatPolicy(merged)).toBe(
			"script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'; object-src 'none'",
		);
	});

	it('adds the header-only directives when asked to', () => {
		expect(formatPolicy(mergePolicies([parsePolicy("default-src 'self'"), HEADER_ONLY]))).toBe(
			"default-src 'self'; frame-ancestors 'none'",
		);
	});
});

describe('formatPolicy', () => {
	it('round-trips a parsed policy', () => {
		const text = "default-src 'self'; img-src 'self' data:";
		expect(formatPolicy(parsePolicy(text))).toBe(text);
	});
});
