/**
 * html-validate settings for the built pages (checked by tests/build/valid-output.test.ts).
 * `standard` checks that the HTML is valid (content models, required attributes, duplicate ids);
 * `a11y` adds the WCAG techniques a validator can see in markup (alt text, labels, headings),
 * a second opinion beside axe-core in the browser. No rule is turned off.
 */
export default {
	root: true,
	extends: ['html-validate:standard', 'html-validate:a11y'],
	elements: ['html5'],
};
