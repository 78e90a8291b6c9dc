// The page grid, colours and type of the PDF report and the wall map, and a small writer that
// keeps a cursor on the page and breaks pages between lines, so no block ever runs over a page
// edge. Every drawing module goes through it, which keeps margins and type the same throughout;
// the page size is read per page, so A4 portrait, A4 landscape and A3 can share one document.
import type { jsPDF } from 'jspdf';
import { paletteColour } from '$lib/domain/palette';
import { FONT_FAMILY } from './fonts';
import type { Orientation } from './model';
import { wrapText, type Syllables } from './wrap';

export type Rgb = readonly [number, number, number];

export const COLORS = {
	text: [33, 37, 41],
	muted: [98, 106, 118],
	accent: [24, 78, 119],
	accentSoft: [232, 240, 247],
	rule: [206, 212, 218],
	headerFill: [237, 241, 245],
	zebra: [248, 249, 251],
	low: [196, 40, 40],
	/** Gaps, as the app's curve marks them: the customer hears nothing here. */
	gap: [108, 45, 138],
	gapSoft: [246, 241, 250],
	/** The desired curve, the app's green. */
	desired: [30, 107, 58],
	white: [255, 255, 255]
} as const satisfies Record<string, Rgb>;

/** Light, distinct backgrounds for the phases, shared by the map's columns and the curve's bands. */
export const PHASE_FILLS: readonly Rgb[] = [
	[226, 238, 250],
	[228, 243, 231],
	[252, 240, 222],
	[240, 233, 250],
	[250, 230, 236],
	[225, 243, 243],
	[245, 243, 222]
];

export function phaseFill(index: number): Rgb {
	return PHASE_FILLS[index % PHASE_FILLS.length] ?? COLORS.headerFill;
}

/** A persona's avatar colour (Persona.colour), from the same palette as the app's cards. */
export function avatarFill(index: number): Rgb {
	const hex = paletteColour(index).hex;
	const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
	return [channel(1), channel(3), channel(5)];
}

export type PageFormat = 'a4' | 'a3';

const MM_PER_PT = 25.4 / 72;
const LINE_FACTOR = 1.3;

export const MARGIN = { side: 16, top: 20, bottom: 17 } as const;

/**
 * The wall map's sheet gives its content every millimetre up to the running head and the footer
 * (their rules sit 12.6 mm from the top and 11.5 mm from the foot): a map for the wall should
 * fill the wall.
 */
const MARGINS: Record<PageFormat, { side: number; top: number; bottom: number }> = {
	a4: MARGIN,
	a3: { side: MARGIN.side, top: 16, bottom: 13.5 }
};

export const TYPE = {
	heading: { size: 17, bold: true, color: COLORS.accent },
	subheading: { size: 11.5, bold: true, color: COLORS.text },
	body: { size: 10 },
	label: { size: 9, bold: true, color: COLORS.muted },
	muted: { size: 10, color: COLORS.muted },
	table: { size: 8.5 },
	small: { size: 7.5, color: COLORS.muted }
} as const satisfies Record<string, TextStyle>;

export interface TextStyle {
	size: number;
	bold?: boolean;
	color?: Rgb;
}

/** A subheading held back so that it lands on the same page as what it introduces. */
export interface Caption {
	height: number;
	draw(): void;
}

export class Writer {
	/** Top of the next thing to draw, in mm from the page's top edge. */
	y: number;
	orientation: Orientation;

	constructor(
		readonly doc: jsPDF,
		readonly format: PageFormat = 'a4',
		orientation: Orientation = 'portrait',
		/** Syllables in the report's language, for breaking words too wide for a line. */
		readonly syllables?: Syllables
	) {
		this.orientation = orientation;
		this.y = this.top;
	}

	get pageWidth(): number {
		return this.doc.internal.pageSize.getWidth();
	}
	get pageHeight(): number {
		return this.doc.internal.pageSize.getHeight();
	}
	/** Where the content of a new page starts, below the running head. */
	get top(): number {
		return MARGINS[this.format].top;
	}
	get left(): number {
		return MARGINS[this.format].side;
	}
	get right(): number {
		return this.pageWidth - MARGINS[this.format].side;
	}
	get width(): number {
		return this.right - this.left;
	}
	get bottom(): number {
		return this.pageHeight - MARGINS[this.format].bottom;
	}
	/** Height left on this page. */
	get room(): number {
		return this.bottom - this.y;
	}
	get page(): number {
		return this.doc.getNumberOfPages();
	}

	newPage(orientation: Orientation = this.orientation): void {
		this.doc.addPage(this.format, orientation);
		this.orientation = orientation;
		this.y = this.top;
	}

	/** Starts a new page unless `height` still fits; says whether it did. */
	ensure(height: number): boolean {
		if (this.y + height <= this.bottom) return false;
		this.newPage();
		return true;
	}

	style(s: TextStyle): void {
		this.doc.setFont(FONT_FAMILY, s.bold ? 'bold' : 'normal');
		this.doc.setFontSize(s.size);
		this.doc.setTextColor(...(s.color ?? COLORS.text));
	}

	lineHeight(s: TextStyle): number {
		return s.size * MM_PER_PT * LINE_FACTOR;
	}

	/** `text` in lines no wider than `width`: see wrap.ts for how long words break. */
	wrap(text: string, width: number, s: TextStyle): string[] {
		this.style(s);
		return wrapText(text, width, (t) => this.doc.getTextWidth(t), this.syllables);
	}

	/** One line of text in the current style, its line box starting at `top`. */
	text(text: string, x: number, top: number, s: TextStyle, align?: 'left' | 'right' | 'center') {
		this.doc.text(text, x, top + this.lineHeight(s) * 0.74, align ? { align } : {});
	}

	/** Lines at the cursor, each moved to a new page when it would cross the bottom margin. */
	lines(lines: readonly string[], x: number, s: TextStyle): void {
		const lh = this.lineHeight(s);
		this.style(s);
		for (const line of lines) {
			if (this.ensure(lh)) this.style(s);
			this.text(line, x, this.y, s);
			this.y += lh;
		}
	}

	/** Wrapped text across the full width at the cursor. */
	paragraph(text: string, s: TextStyle, indent = 0): void {
		this.lines(this.wrap(text, this.width - indent, s), this.left + indent, s);
	}

	/** `text` cut to `width` with an ellipsis, for headers and narrow chart labels only. */
	fit(text: string, width: number, s: TextStyle): string {
		this.style(s);
		if (this.doc.getTextWidth(text) <= width) return text;
		const chars = [...text];
		let lo = 0;
		let hi = chars.length;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (this.doc.getTextWidth(chars.slice(0, mid).join('') + '…') <= width) lo = mid;
			else hi = mid - 1;
		}
		return lo === 0 ? '' : chars.slice(0, lo).join('') + '…';
	}

	/**
	 * At most `max` of `lines` (wrapped to `width`), the last one ending in "…" when text was left
	 * out: a cell that repeats what the report prints whole elsewhere stays a sensible height.
	 */
	clamp<L extends { text: string; indent?: number }>(
		lines: readonly L[],
		max: number,
		width: number,
		s: TextStyle
	): L[] {
		if (lines.length <= max) return [...lines];
		const kept = lines.slice(0, Math.max(0, max - 1));
		const last = lines[kept.length];
		if (!last) return kept;
		// The next line's start makes the text wider than the cell, so fit() always adds the "…".
		const full = `${last.text} ${lines[kept.length + 1]?.text ?? ''}`;
		const fitted = this.fit(full, width - (last.indent ?? 0), s);
		// Cut after a whole word ("word61…", not "word61 wo…") unless that loses half the line.
		const cut = fitted.slice(0, -1);
		const space = cut.lastIndexOf(' ');
		const midWord = /\S/.test(full.charAt(cut.length)) && /\S$/.test(cut);
		const text = midWord && space > cut.length / 2 ? `${cut.slice(0, space).trimEnd()}…` : fitted;
		return [...kept, { ...last, text }];
	}

	/** `text` wrapped to `width` in at most `max` lines, the last ending in "…" if cut. */
	wrapAtMost(text: string, width: number, s: TextStyle, max: number): string[] {
		const lines = this.wrap(text, width, s).map((line) => ({ text: line }));
		return this.clamp(lines, max, width, s).map((line) => line.text);
	}

	/** A dashed stroke for what follows, or solid again with `null`. */
	dash(pattern: number[] | null): void {
		this.doc.setLineDashPattern(pattern ?? [], 0);
	}

	fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
		this.doc.setFillColor(...color);
		this.doc.rect(x, y, w, h, 'F');
	}

	rule(x1: number, y1: number, x2: number, y2: number, color: Rgb = COLORS.rule, width = 0.2) {
		this.doc.setDrawColor(...color);
		this.doc.setLineWidth(width);
		this.doc.line(x1, y1, x2, y2);
	}
}
