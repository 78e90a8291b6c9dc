// What a persona shows before anyone has drawn it: initials on a coloured circle. Pure, so the
// card, the form and the report can all agree on the letters.

/** A letter or digit and the accents that belong to it ("A" + ring above is one initial). */
const INITIAL = /[\p{L}\p{N}]\p{M}*/gu;

function upper(initial: string): string {
	const up = initial.normalize('NFC').toUpperCase();
	// "ß" would become "SS": keep one initial one character.
	return [...up].length === [...initial.normalize('NFC')].length ? up : initial.normalize('NFC');
}

/**
 * The initials of a name, for an avatar: the first letter of the first and of the last word
 * ("Åsa Østergård" → "ÅØ", "Anna Maria Lind" → "AL"). A single name gives its first two letters
 * ("Madonna" → "MA"), which fills the circle better than one letter and tells "Mads" from "Mia".
 * Punctuation is skipped ("O'Brien" → "OB", "Emma (Em) Carter" → "EC"); a name with no letters
 * or digits at all (empty, spaces, only emoji) gives "?".
 */
export function initials(name: string): string {
	const words = name
		.split(/\s+/u)
		.map((word) => word.match(INITIAL) ?? [])
		.filter((letters) => letters.length > 0);
	const first = words[0];
	const last = words[words.length - 1];
	if (!first || !last) return '?';
	const letters = words.length === 1 ? first.slice(0, 2) : [first[0]!, last[0]!];
	return letters.map(upper).join('');
}
