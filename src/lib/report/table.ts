// Tables drawn by hand for the PDF report: wrapping cells, a header repeated on every page the
// table reaches, and rows split between lines when they are taller than what is left of a page,
// so a journey map with hundreds of touchpoints never loses a line at a page edge. A page break
// never strands a table's first or last rows, and a short table moves to the next page whole.
import { COLORS, type Caption, type Rgb, type TextStyle, type Writer } from './layout';

/** A cell is one text, or a list of entries each wrapped with a hanging indent. */
export type CellContent = string | readonly string[];

export interface TableSpec {
	/** `clip`: the column's text is printed whole elsewhere, so it is cut to CLIP_LINES here. */
	columns: readonly { label: string; weight: number; fill?: Rgb; clip?: boolean }[];
	rows: readonly (readonly CellContent[])[];
	style: TextStyle;
	/** The first column names the row (as in the journey map): bold, tinted, repeated on split. */
	rowHeaders?: boolean;
	/** Vertical rules between columns. */
	grid?: boolean;
}

interface Line {
	text: string;
	indent: number;
}

const PAD_X = 1.8;
const PAD_Y = 1.4;
const HANGING = 2.6;
/** A row is only split when at least this many of its lines fit on the page… */
const MIN_SPLIT_LINES = 3;
/** …and only when it is taller than this; shorter rows move to the next page whole. */
const KEEP_ROW_LINES = 8;
/** Lines a clipped cell keeps: enough for a long name, not a page of one. */
const CLIP_LINES = 4;
/** Rows that go onto a page together at a table's end, so none is left there alone. */
const LAST_ROWS = 3;
/** A table of no more rows than this is kept on one page when it fits on one. */
const SHORT_TABLE = 6;

/** A word longer than this (a link, say) may break rather than squeeze its neighbours. */
const MAX_WORD = 40;

function widestWord(w: Writer, texts: readonly string[], s: TextStyle): number {
	w.style(s);
	let widest = 0;
	for (const text of texts)
		// A no-break space holds a word together (a short date), so it does not split here.
		for (const word of text.split(/[^\S\u00a0]+/))
			widest = Math.max(widest, w.doc.getTextWidth(word));
	return widest;
}

/**
 * Widths in proportion to the weights, but never so narrow that a word breaks: short headers
 * such as "Impact" sit over columns of small numbers, and names must stay whole.
 */
function columnWidths(w: Writer, spec: TableSpec, bold: TextStyle): number[] {
	const words = spec.columns.map((c, i) => ({
		header: widestWord(w, [c.label], bold),
		cells: widestWord(
			w,
			spec.rows.flatMap((row) => row[i] ?? ''),
			i === 0 && spec.rowHeaders ? bold : spec.style
		)
	}));
	const leastFor = (most: number) =>
		words.map(
			({ header, cells }) => Math.max(header, Math.min(cells, MAX_WORD, most)) + 2 * PAD_X + 0.4
		);
	const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	// When long words (a pasted link, 2,000 letters in a row) would leave too little for the
	// other columns, they break at a narrower width instead; headers always stay whole.
	let most = MAX_WORD;
	if (sum(leastFor(most)) > w.width) {
		let lo = 0;
		let hi = MAX_WORD;
		for (let i = 0; i < 12; i++) {
			most = (lo + hi) / 2;
			if (sum(leastFor(most)) > w.width) hi = most;
			else lo = most;
		}
		most = lo;
	}
	const least = leastFor(most);
	let fixed = new Set<number>();
	for (let round = 0; round < spec.columns.length; round++) {
		const free = spec.columns.filter((_, i) => !fixed.has(i));
		const freeWeight = free.reduce((sum, c) => sum + c.weight, 0);
		const freeWidth = w.width - [...fixed].reduce((sum, i) => sum + (least[i] ?? 0), 0);
		const widths = spec.columns.map((c, i) =>
			fixed.has(i) ? (least[i] ?? 0) : (c.weight / freeWeight) * freeWidth
		);
		const narrow = widths.flatMap((width, i) => (width < (least[i] ?? 0) ? [i] : []));
		if (narrow.length === 0 || free.length === narrow.length) return widths;
		fixed = new Set([...fixed, ...narrow]);
	}
	return least;
}

/**
 * Draws the table at the cursor. A `caption` (the subheading that introduces it) is drawn first,
 * on the same page as the header and the first lines, never alone at the foot of a page.
 */
export function drawTable(w: Writer, spec: TableSpec, caption?: Caption): void {
	const bold: TextStyle = { ...spec.style, bold: true };
	const widths = columnWidths(w, spec, bold);
	const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
	const lh = w.lineHeight(spec.style);
	const styleOf = (col: number) => (spec.rowHeaders && col === 0 ? bold : spec.style);

	const layout = (cells: readonly CellContent[]): Line[][] =>
		cells.map((cell, col) => {
			const inner = (widths[col] ?? 0) - 2 * PAD_X;
			const lines =
				typeof cell === 'string'
					? w.wrap(cell, inner, styleOf(col)).map((text) => ({ text, indent: 0 }))
					: cell.flatMap((entry) =>
							w
								.wrap(entry, inner - HANGING, styleOf(col))
								.map((text, i) => ({ text, indent: i === 0 ? 0 : HANGING }))
						);
			return spec.columns[col]?.clip ? w.clamp(lines, CLIP_LINES, inner, styleOf(col)) : lines;
		});
	const height = (lines: number) => lines * lh + 2 * PAD_Y;
	const tallest = (cells: readonly Line[][]) => Math.max(1, ...cells.map((c) => c.length));

	const drawCells = (
		cells: readonly Line[][],
		fills: (col: number) => Rgb | null,
		styles = styleOf
	) => {
		const n = tallest(cells);
		const top = w.y;
		cells.forEach((lines, col) => {
			const fill = fills(col);
			if (fill) w.fillRect(xs[col] ?? 0, top, widths[col] ?? 0, height(n), fill);
			w.style(styles(col));
			lines.forEach((line, i) =>
				w.text(line.text, (xs[col] ?? 0) + PAD_X + line.indent, top + PAD_Y + i * lh, styles(col))
			);
		});
		w.y += height(n);
		w.rule(w.left, w.y, w.right, w.y);
		if (spec.grid) for (const x of xs.slice(1)) w.rule(x, top, x, w.y);
	};

	const header = layout(spec.columns.map((c) => c.label));
	const drawHeader = () => {
		drawCells(
			header,
			(col) => spec.columns[col]?.fill ?? COLORS.headerFill,
			() => bold
		);
		w.rule(w.left, w.y, w.right, w.y, COLORS.muted, 0.3);
	};
	const newPage = () => {
		w.newPage();
		drawHeader();
	};

	const rows = spec.rows.map(layout);
	const lines = rows.map(tallest);
	const whole = (r: number) => (lines[r] ?? 0) <= KEEP_ROW_LINES;
	/** Height rows `from`…`to - 1` need together, or Infinity when one of them may split. */
	const together = (from: number, to: number) =>
		lines.slice(from, to).reduce((sum, n, i) => (whole(from + i) ? sum + height(n) : Infinity), 0);
	const top = (caption?.height ?? 0) + height(tallest(header));
	const freshPage = w.bottom - w.top;
	// A short table that fits on a page is not split; a longer one starts with two rows at least.
	const lead =
		rows.length <= SHORT_TABLE && top + together(0, rows.length) <= freshPage
			? together(0, rows.length)
			: whole(0)
				? height(lines[0] ?? 1) +
					(rows.length > 1 ? height(Math.min(lines[1] ?? 1, MIN_SPLIT_LINES)) : 0)
				: height(MIN_SPLIT_LINES);
	w.ensure(top + lead);
	caption?.draw();
	drawHeader();
	const tail = Math.max(1, rows.length - LAST_ROWS);
	let drawnHere = 0;
	rows.forEach((cells, r) => {
		const fills = (col: number): Rgb | null =>
			spec.rowHeaders && col === 0 ? COLORS.headerFill : r % 2 ? COLORS.zebra : null;
		// The last rows go over a page break together: when they do not all fit here, they move on
		// as a group rather than leave one or two alone at the top of the next page.
		if (r === tail && drawnHere > 0) {
			const rest = together(r, rows.length);
			if (rest > w.room && rest <= freshPage - height(tallest(header))) newPage();
		}
		const page = w.page;
		flowRow(cells, {
			w,
			lineHeight: lh,
			padY: PAD_Y,
			keepWhole: (n) => n <= KEEP_ROW_LINES,
			draw: (part) => drawCells(part, fills),
			newPage,
			label: spec.rowHeaders ? cells[0] : undefined
		});
		drawnHere = w.page === page ? drawnHere + 1 : 1;
	});
}

/** How one row of wrapped cells goes onto the pages: see flowRow. */
export interface RowFlow<L> {
	w: Writer;
	lineHeight: number;
	padY: number;
	/** Whether a row of `lines` lines should rather move whole to a fresh page than split. */
	keepWhole(lines: number): boolean;
	draw(cells: readonly L[][]): void;
	/** A new page with the table's or the map's header drawn again. */
	newPage(): void;
	/** The first cell, repeated on the next page to name the row there. */
	label?: L[];
}

/**
 * Draws a row of wrapped cells at the cursor. When it does not fit it moves to a new page whole,
 * or, when it is too tall for that, it is split between lines and goes on on the next page, so
 * no line is ever lost at a page edge.
 */
function flowRow<L>(cells: L[][], flow: RowFlow<L>): void {
	const height = (lines: number) => lines * flow.lineHeight + 2 * flow.padY;
	let rest = cells;
	let fresh = false;
	for (;;) {
		const n = Math.max(1, ...rest.map((c) => c.length));
		if (height(n) <= flow.w.room) {
			flow.draw(rest);
			return;
		}
		const fit = Math.floor((flow.w.room - 2 * flow.padY) / flow.lineHeight);
		if (!fresh && (fit < MIN_SPLIT_LINES || flow.keepWhole(n))) {
			flow.newPage();
			fresh = true;
			continue;
		}
		// Leave at least a few lines for the next page too, never one lonely line.
		const k = Math.max(1, Math.min(fit, n - MIN_SPLIT_LINES));
		flow.draw(rest.map((lines) => lines.slice(0, k)));
		rest = rest.map((lines) => lines.slice(k));
		if (flow.label && !rest[0]?.length) rest[0] = flow.label;
		flow.newPage();
		fresh = true;
	}
}
