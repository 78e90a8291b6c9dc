// The phases' names over the emotion curve, fitted to the width of their bands. A phase with one
// or two touchpoints has a narrow band, and a name drawn at one size and clipped to it lost its
// end without a sign ("Before the move" became "Before the mov"). Here a name is measured: whole
// on one line if it fits, else a little smaller, else on two lines, and only a name that cannot
// fit even so is shortened — with "…", so the eye sees that it is. Pure: the measuring comes in,
// so it is tested without a canvas.

/** Width in pixels of `text` drawn in bold at `size` px. */
export type Measure = (text: string, size: number) => number;

export interface FittedName {
	lines: string[];
	/** Type size in pixels. */
	size: number;
}

/** How far a name may shrink before it wraps: 80 % of the chart's own size. */
export const SMALLEST = 0.8;
/** Line height of the names, as a share of their size. */
export const LINE = 1.2;
const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with "…" after it (at least one letter). */
function shorten(text: string, width: number, size: number, measure: Measure): string {
	let end = text.length;
	while (end > 1 && measure(text.slice(0, end).trimEnd() + ELLIPSIS, size) > width) end--;
	return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** `text` broken at spaces into a first line that fits `width` and the rest. */
function breakLine(text: string, width: number, size: number, measure: Measure) {
	const words = text.split(/\s+/);
	let first = words[0]!;
	let i = 1;
	while (i < words.length && measure(`${first} ${words[i]}`, size) <= width)
		first += ` ${words[i++]}`;
	return { first, rest: words.slice(i).join(' ') };
}

/**
 * `name` in a band `width` px wide, starting from `size` px. `lines` is how many lines the strip
 * above the chart has room for (1 or 2).
 */
export function fitName(
	name: string,
	width: number,
	size: number,
	measure: Measure,
	lines = 2
): FittedName {
	const text = name.trim().replace(/\s+/g, ' ');
	const smallest = Math.round(size * SMALLEST);
	for (let s = size; s >= smallest; s--)
		if (measure(text, s) <= width) return { lines: [text], size: s };
	if (lines >= 2 && text.includes(' ')) {
		const { first, rest } = breakLine(text, width, smallest, measure);
		if (measure(first, smallest) <= width) {
			const second =
				measure(rest, smallest) <= width ? rest : shorten(rest, width, smallest, measure);
			return { lines: rest ? [first, second] : [first], size: smallest };
		}
	}
	return { lines: [shorten(text, width, smallest, measure)], size: smallest };
}

/** Whether some name needs its second line: then the strip over the chart is two lines high. */
export function needsTwoLines(
	names: readonly string[],
	widths: readonly number[],
	size: number,
	measure: Measure
): boolean {
	return names.some((name, i) => fitName(name, widths[i] ?? 0, size, measure).lines.length > 1);
}

/** Height in pixels of the strip for `lines` lines of names at `size` px (the one-line strip is
 *  never lower than `base`). */
export function stripHeight(lines: number, size: number, base: number): number {
	if (lines < 2) return base;
	return Math.max(base, Math.ceil(2 * Math.round(size * SMALLEST) * LINE + 6));
}
