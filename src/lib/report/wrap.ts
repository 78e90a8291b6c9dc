// Lines for the PDF: text broken between words, and a word too wide for any line (a Danish or
// Swedish compound in a narrow map column, 2,000 letters pasted without a space) broken where a
// reader expects it: after a hyphen or slash it already has, else between syllables with a
// hyphen added (TeX's patterns for the report's language), and only as a last resort between
// two letters, again with a hyphen. A word is never cut silently: "bekræftelses-" / "mail",
// not "b" / "ekræftelsesmail".
import da from 'hyphen/da';
import en from 'hyphen/en-gb';
import sv from 'hyphen/sv';
import type { Locale } from '$lib/domain/types';
import { SOFT_HYPHEN, softHyphens } from '$lib/i18n/hyphenation';

/** A word cut into its syllables: "bekræftelsesmail" → ["be", "kræf", "tel", "ses", "mail"]. */
export type Syllables = (word: string) => string[];

type Measure = (text: string) => number;

/**
 * Syllables in `locale`'s patterns, the projector's too. All three languages are bundled with the
 * report's code, not fetched per language: a report made again offline in another language must
 * break words the same way (the patterns are about 40 kB zipped; the fonts are 1.4 MB).
 */
export function syllablesFor(locale: Locale): Syllables {
	const hyphenate = softHyphens(locale === 'da' ? da : locale === 'sv' ? sv : en);
	return (word) => hyphenate(word).split(SOFT_HYPHEN);
}

/** Longer than this, a "word" is pasted junk, not language: it is only broken to fit. */
const LONGEST_WORD = 64;

/** Where a too-wide word may break (offsets into it), and whether a hyphen is added there. */
function breakPoints(word: string, syllables?: Syllables): Map<number, boolean> {
	const points = new Map<number, boolean>();
	const parts = word.length <= LONGEST_WORD ? (syllables?.(word) ?? []) : [];
	// Only syllables that spell the word as typed (a hyphenator may skip or change a word).
	if (parts.join('') === word) {
		let at = 0;
		for (const part of parts.slice(0, -1)) {
			at += part.length;
			points.set(at, !/[-/]$/.test(part));
		}
	}
	for (const m of word.matchAll(/[-/]/g)) points.set(m.index + 1, false);
	return points;
}

/**
 * `word` in pieces, the first no wider than `first`, the others no wider than `width`, each
 * piece but the last carrying its hyphen when one is added. Widths add up letter by letter
 * (as jsPDF measures them, without kerning), so 10,000 letters cost no more than a paragraph.
 */
function breakWord(
	word: string,
	first: number,
	width: number,
	measure: Measure,
	syllables?: Syllables
): string[] {
	const points = breakPoints(word, syllables);
	const chars = [...word];
	// UTF-16 offset and running width before each code point, so a break never splits a letter.
	const offsets = [0];
	const widths = [0];
	chars.forEach((ch, i) => {
		offsets.push((offsets[i] ?? 0) + ch.length);
		widths.push((widths[i] ?? 0) + measure(ch));
	});
	const hyphenWidth = measure('-');
	const widthOf = (from: number, to: number) => (widths[to] ?? 0) - (widths[from] ?? 0);
	const pieces: string[] = [];
	let start = 0;
	let room = first;
	while (widthOf(start, chars.length) > room) {
		// The most code points that fit here with a hyphen after them; at least one.
		let lo = start + 1;
		let hi = chars.length - 1;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (widthOf(start, mid) + hyphenWidth <= room) lo = mid;
			else hi = mid - 1;
		}
		const from = offsets[start] ?? 0;
		const limit = offsets[lo] ?? 0;
		let at = -1;
		for (const p of points.keys()) if (p > from && p <= limit && p > at) at = p;
		const end = at > 0 ? Math.max(start + 1, offsets.indexOf(at)) : lo;
		const hyphen =
			at > 0
				? (points.get(at) ?? false)
				: /\p{L}$/u.test(chars[lo - 1] ?? '') && /^\p{L}/u.test(chars[lo] ?? '');
		pieces.push(word.slice(from, offsets[end]) + (hyphen ? '-' : ''));
		start = end;
		room = width;
	}
	pieces.push(word.slice(offsets[start]));
	return pieces;
}

/**
 * `text` in lines no wider than `width`. A word wider than a line starts on a line of its own
 * unless half the line is still free, and is broken as the header says.
 */
export function wrapText(
	text: string,
	width: number,
	measure: Measure,
	syllables?: Syllables
): string[] {
	const space = measure(' ');
	const lines: string[] = [];
	for (const paragraph of text.split(/\r\n|\r|\n/)) {
		let line = '';
		let used = 0;
		const put = (word: string, wide: number) => {
			line += (line ? ' ' : '') + word;
			used += (used ? space : 0) + wide;
		};
		for (const word of paragraph.split(' ')) {
			const wide = measure(word);
			const gap = line ? space : 0;
			if (used + gap + wide <= width) {
				put(word, wide);
				continue;
			}
			if (line && (wide <= width || width - used - gap < width / 2)) {
				lines.push(line);
				line = '';
				used = 0;
			}
			if (wide <= width) {
				put(word, wide);
				continue;
			}
			const first = width - (line ? used + space : 0);
			const pieces = breakWord(word, first, width, measure, syllables);
			pieces.forEach((piece, i) => {
				if (i > 0) {
					lines.push(line);
					line = '';
					used = 0;
				}
				put(piece, measure(piece));
			});
		}
		lines.push(line);
	}
	return lines;
}
