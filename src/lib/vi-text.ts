/**
 * Vietnamese text primitives shared by slugs, sorting and search.
 *
 * Everything here starts from Unicode NFC, so text typed in decomposed form (NFD, as some
 * keyboards and macOS file names produce) behaves exactly like precomposed text.
 */

/** Normalises to NFC, the one form the archive stores and compares. */
export function nfc(text: string): string {
	return text.normalize('NFC');
}

/** True when the text is already NFC (the content check reports text that is not). */
export function isNfc(text: string): boolean {
	return text === text.normalize('NFC');
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Removes tone and vowel marks: "Đường" → "Duong", "thi đua" → "thi dua".
 * `đ`/`Đ` (U+0111/U+0110) have no Unicode decomposition, so they are mapped by hand before the
 * marks are stripped from the NFD form. Case is kept.
 */
export function removeMarks(text: string): string {
	return nfc(text)
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.normalize('NFC');
}

/** Lower-cased, mark-free form used to compare text regardless of tone marks. */
export function fold(text: string): string {
	return removeMarks(text).toLocaleLowerCase('vi');
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Vietnamese collation (Đ after D, ư after u …) on NFC text. */
export function compareVi(a: string, b: string): number {
	return collator.compare(nfc(a), nfc(b));
}

/** Sorts a copy of `items` by a Vietnamese text key. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
	return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
