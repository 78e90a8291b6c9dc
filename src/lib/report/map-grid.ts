// The journey map as a wall map: one column per touchpoint in timeline order, grouped under
// bands that name their phase, and a row for each thing the room said about a touchpoint. A long
// journey goes on over as many pages as it needs, each repeating the row labels, the phase band
// and the touchpoints' headings, so a page pinned on the wall reads on its own. The A4 report and
// the A3 wall map are drawn by this same code; only the MapFormat differs.
import type { EmotionScore } from '$lib/domain/types';
import { interpolate } from '$lib/i18n/translate';
import { drawFace } from './faces';
import { COLORS, MARGIN, phaseFill, type Rgb, type TextStyle, type Writer } from './layout';
import { signedScore, type Block, type MapColumn, type MapRow } from './model';
import { flowRow, MIN_SPLIT_LINES } from './table';

type MapBlock = Extract<Block, { kind: 'map' }>;

export interface MapFormat {
	/** The most touchpoints side by side on one page: fewer on A4, to keep cells readable. */
	columnsPerPage: number;
	labelWidth: number;
	text: TextStyle;
	/** The emotion row's faces: their radius and the height of one step on the −2 … +2 scale. */
	face: number;
	step: number;
}

export const A4_MAP: MapFormat = {
	columnsPerPage: 7,
	labelWidth: 27,
	text: { size: 7 },
	face: 1.6,
	step: 3.3
};

/** A3 has the height to spare: larger type and a taller emotion row, read from a step away. */
export const A3_MAP: MapFormat = {
	columnsPerPage: 12,
	labelWidth: 30,
	text: { size: 8.5 },
	face: 2.3,
	step: 5.5
};

interface Line {
	text: string;
	indent: number;
	style?: TextStyle;
}

/** The part of the map on one page: which columns, and where they sit. */
interface Grid {
	w: Writer;
	block: MapBlock;
	format: MapFormat;
	columns: readonly MapColumn[];
	/** Index of `columns[0]` in the whole map. */
	first: number;
	/** Left edge of each page column; index 0 is the row labels. */
	xs: number[];
	widths: number[];
	lh: number;
	bold: TextStyle;
}

/** What sits above the rows on every page of the map, laid out once and drawn again on each. */
interface Top {
	height: number;
	draw(): void;
}

const PAD_X = 1.6;
const PAD_Y = 1.3;
const HANGING = 2.4;
const BULLET = '• ';
/** A phase name longer than this many lines in its band ends in an ellipsis. */
const BAND_LINES = 2;
/** Lines a heading keeps on a page that continues the rows of the page before. */
const REPEATED_HEADING_LINES = 3;
/** Room on the right of the emotion row's label for its +2 / 0 / −2 ticks. */
const TICKS = 4.5;

const caption: TextStyle = { size: 7.5, color: COLORS.muted };

/**
 * The row labels' width: the format's, or more when a label has a word that would otherwise
 * break ("Beröringspunkter"); the emotion row's label keeps room for its ticks.
 */
function labelWidth(w: Writer, block: MapBlock, format: MapFormat): number {
	const bold = { ...format.text, bold: true };
	w.style(bold);
	const widest = (text: string) =>
		Math.max(0, ...text.split(/\s+/).map((word) => w.doc.getTextWidth(word)));
	const needs = [
		widest(block.labels.phase),
		widest(block.labels.touchpoints),
		...block.rows.map((row) => widest(row.label) + (row.id === 'emotions' ? TICKS : 0))
	];
	return Math.max(format.labelWidth, Math.max(...needs) + 2 * PAD_X + 0.5);
}

function grid(w: Writer, block: MapBlock, format: MapFormat, first: number, per: number): Grid {
	const columns = block.columns.slice(first, first + per);
	const label = labelWidth(w, block, format);
	const width = (w.width - label) / per;
	const widths = [label, ...columns.map(() => width)];
	const xs = widths.map((_, i) => w.left + label + (i - 1) * width);
	xs[0] = w.left;
	const bold = { ...format.text, bold: true };
	return { w, block, format, columns, first, xs, widths, lh: w.lineHeight(format.text), bold };
}

const x = (g: Grid, col: number) => g.xs[col] ?? g.w.left;
const width = (g: Grid, col: number) => g.widths[col] ?? 0;

/** A cell's entries, wrapped; several entries get bullets and a hanging indent. */
function cellLines(g: Grid, col: number, entries: readonly string[], s: TextStyle): Line[] {
	const inner = width(g, col) - 2 * PAD_X;
	const marked = entries.length > 1;
	return entries.flatMap((entry) =>
		g.w
			.wrap(marked ? BULLET + entry : entry, inner - (marked ? HANGING : 0), s)
			.map((text, i) => ({ text, indent: marked && i > 0 ? HANGING : 0 }))
	);
}

const tallest = (cells: readonly Line[][]) => Math.max(1, ...cells.map((c) => c.length));
const rowHeight = (g: Grid, lines: number) => lines * g.lh + 2 * PAD_Y;

/** Page-column fill behind a row: gaps keep their tint all the way down. */
function cellFill(g: Grid, col: number, zebra: boolean): Rgb | null {
	if (col === 0) return COLORS.headerFill;
	if (g.columns[col - 1]?.gap) return COLORS.gapSoft;
	return zebra ? COLORS.zebra : null;
}

/** Rules round a row: a line below, thin lines between touchpoints, firmer ones between phases. */
function drawRules(g: Grid, top: number, height: number): void {
	const { w } = g;
	w.rule(w.left, top + height, x(g, g.columns.length) + width(g, g.columns.length), top + height);
	for (let col = 1; col <= g.columns.length; col++) {
		const phaseChange =
			col > 1 && g.columns[col - 1]?.phaseIndex !== g.columns[col - 2]?.phaseIndex;
		const firm = col === 1 || phaseChange;
		w.rule(
			x(g, col),
			top,
			x(g, col),
			top + height,
			firm ? COLORS.muted : COLORS.rule,
			firm ? 0.35 : 0.2
		);
	}
}

function paintLines(
	g: Grid,
	cells: readonly Line[][],
	top: number,
	styleOf: (col: number) => TextStyle
) {
	cells.forEach((lines, col) =>
		lines.forEach((line, i) => {
			const s = line.style ?? styleOf(col);
			g.w.style(s);
			g.w.text(line.text, x(g, col) + PAD_X + line.indent, top + PAD_Y + i * g.lh, s);
		})
	);
}

/** One row of wrapped text, its cells' backgrounds first, then text, then the rules. */
function paintRow(
	g: Grid,
	cells: readonly Line[][],
	fill: (col: number) => Rgb | null,
	styleOf = (col: number) => (col === 0 ? g.bold : g.format.text)
) {
	const top = g.w.y;
	const height = rowHeight(g, tallest(cells));
	cells.forEach((_, col) => {
		const color = fill(col);
		if (color) g.w.fillRect(x(g, col), top, width(g, col), height, color);
	});
	paintLines(g, cells, top, styleOf);
	drawRules(g, top, height);
	g.w.y = top + height;
	return top;
}

/**
 * A phase's name for its band in at most BAND_LINES lines: a long name is shortened with an
 * ellipsis, but "(continued)" is always kept, since it tells the reader where the phase began.
 */
function bandText(w: Writer, name: string, template: string, room: number, s: TextStyle) {
	const lines = (phase: string) => w.wrap(interpolate(template, { phase }), room, s);
	const full = lines(name);
	if (full.length <= BAND_LINES) return full;
	const chars = [...name];
	const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + '…';
	let lo = 0;
	let hi = chars.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (lines(cut(mid)).length <= BAND_LINES) lo = mid;
		else hi = mid - 1;
	}
	return lines(cut(lo)).slice(0, BAND_LINES);
}

/** The phase band: one stretch per phase on this page, "(continued)" when it began earlier. */
function bandLayout(g: Grid): { height: number; draw(): void } {
	const { w, block } = g;
	const s: TextStyle = { size: g.format.text.size + 1, bold: true, color: COLORS.accent };
	const runs: { from: number; to: number; lines: string[]; phaseIndex: number }[] = [];
	g.columns.forEach((col, i) => {
		const last = runs[runs.length - 1];
		if (last && last.phaseIndex === col.phaseIndex) last.to = i + 1;
		else runs.push({ from: i + 1, to: i + 1, lines: [], phaseIndex: col.phaseIndex });
	});
	for (const run of runs) {
		const before = block.columns[g.first + run.from - 2];
		const continued = before?.phaseIndex === run.phaseIndex;
		const room = x(g, run.to) + width(g, run.to) - x(g, run.from) - 2 * PAD_X;
		const name = block.phases[run.phaseIndex]?.name ?? '';
		run.lines = bandText(w, name, continued ? block.labels.continued : '{phase}', room, s);
	}
	const lh = w.lineHeight(s);
	const height = Math.max(1, ...runs.map((r) => r.lines.length)) * lh + 2 * PAD_Y;
	const label = w.fit(block.labels.phase, width(g, 0) - 2 * PAD_X, g.bold);
	return {
		height,
		draw: () => {
			const top = w.y;
			w.style({ ...g.bold, color: COLORS.muted });
			w.text(label, w.left + PAD_X, top + PAD_Y, g.bold);
			for (const run of runs) {
				const left = x(g, run.from);
				const right = x(g, run.to) + width(g, run.to);
				w.fillRect(left + 0.3, top, right - left - 0.6, height, phaseFill(run.phaseIndex));
				w.style(s);
				run.lines.forEach((line, i) => w.text(line, left + PAD_X, top + PAD_Y + i * lh, s));
			}
			w.y = top + height;
		}
	};
}

/** At most `max` lines, the last one ending in an ellipsis when text was left out. */
function capLines(g: Grid, col: number, lines: Line[], max: number): Line[] {
	if (lines.length <= max) return lines;
	const rest = lines
		.slice(max - 1)
		.map((l) => l.text)
		.join(' ');
	const last = g.w.fit(rest, width(g, col) - 2 * PAD_X, g.bold);
	return [...lines.slice(0, max - 1), { text: last, indent: 0 }];
}

/**
 * The touchpoints' headings: number and title, a gap tagged and outlined in dashes. Where a page
 * only continues the rows of the page before, the headings are cut to `max` lines: the full
 * titles are one page back, and a 400-character title must not push the rows off every page.
 */
function headingLayout(g: Grid, max: number): { height: number; draw(): void } {
	const tag: TextStyle = { size: g.format.text.size - 0.5, bold: true, color: COLORS.gap };
	const cells: Line[][] = [
		cellLines(g, 0, [g.block.labels.touchpoints], g.bold),
		...g.columns.map((col, i) => [
			...(col.gap ? [{ text: g.block.labels.gap, indent: 0, style: tag }] : []),
			...capLines(g, i + 1, cellLines(g, i + 1, [col.heading], g.bold), max)
		])
	];
	const height = rowHeight(g, tallest(cells));
	return {
		height,
		draw: () => {
			const top = paintRow(
				g,
				cells,
				(col) =>
					col === 0 ? COLORS.headerFill : g.columns[col - 1]?.gap ? COLORS.gapSoft : COLORS.white,
				() => g.bold
			);
			g.w.rule(
				g.w.left,
				top + height,
				x(g, g.columns.length) + width(g, g.columns.length),
				top + height,
				COLORS.muted,
				0.35
			);
			g.columns.forEach((col, i) => {
				if (!col.gap) return;
				g.w.doc.setDrawColor(...COLORS.gap);
				g.w.doc.setLineWidth(0.35);
				g.w.dash([1, 0.8]);
				g.w.doc.rect(x(g, i + 1) + 0.5, top + 0.5, width(g, i + 1) - 1, height - 1, 'S');
				g.w.dash(null);
			});
		}
	};
}

function topLayout(g: Grid, headingLines: number): Top {
	const { w, block } = g;
	const range = interpolate(block.labels.range, {
		from: g.columns[0]?.number ?? 0,
		to: g.columns[g.columns.length - 1]?.number ?? 0,
		total: block.columns.length
	});
	const band = bandLayout(g);
	const headings = headingLayout(g, headingLines);
	const captionHeight = w.lineHeight(caption) + 1;
	return {
		height: captionHeight + band.height + headings.height,
		draw: () => {
			w.style(caption);
			w.text(range, w.left, w.y, caption);
			w.y += captionHeight;
			band.draw();
			headings.draw();
		}
	};
}

function newGridPage(g: Grid, top: Top): void {
	g.w.newPage();
	top.draw();
}

/** Height a row can have on a page of its own, below the repeated top. */
const pageRoom = (g: Grid, again: Top) => g.w.bottom - MARGIN.top - again.height;

function drawTextRow(g: Grid, row: MapRow, zebra: boolean, again: Top): void {
	const label = cellLines(g, 0, [row.label], g.bold);
	const cells = [
		label,
		...g.columns.map((_, i) => cellLines(g, i + 1, row.cells[g.first + i] ?? [], g.format.text))
	];
	flowRow(cells, {
		w: g.w,
		lineHeight: g.lh,
		padY: PAD_Y,
		// A row that fits on a page of its own moves there whole: a cell read across a page
		// break is hard to follow on the wall.
		keepWhole: (n) => rowHeight(g, n) <= pageRoom(g, again),
		draw: (part) => paintRow(g, part, (col) => cellFill(g, col, zebra)),
		newPage: () => newGridPage(g, again),
		label
	});
}

/** Where the emotion row sits, and the height of each score inside it. */
interface Scale {
	top: number;
	height: number;
	yOf(score: EmotionScore): number;
}

/** The row's cells, its label with +2 / 0 / −2 ticks beside it, and a dotted zero line. */
function drawScaleFrame(g: Grid, row: MapRow, zebra: boolean, scale: Scale): void {
	const { w } = g;
	const tick: TextStyle = { size: g.format.text.size - 1, color: COLORS.muted };
	for (let col = 0; col <= g.columns.length; col++) {
		const color = cellFill(g, col, zebra);
		if (color) w.fillRect(x(g, col), scale.top, width(g, col), scale.height, color);
	}
	const label = cellLines(g, 0, [row.label], g.bold).map((line) => ({
		...line,
		text: w.fit(line.text, width(g, 0) - 2 * PAD_X - TICKS, g.bold)
	}));
	paintLines(g, [label], scale.top, () => g.bold);
	w.style(tick);
	for (const score of [2, 0, -2] as const) {
		const top = scale.yOf(score) - w.lineHeight(tick) / 2;
		w.text(signedScore(score), w.left + width(g, 0) - PAD_X, top, tick, 'right');
	}
	w.dash([0.4, 0.8]);
	const right = x(g, g.columns.length) + width(g, g.columns.length);
	w.rule(x(g, 1), scale.yOf(0), right, scale.yOf(0), COLORS.muted, 0.2);
	w.dash(null);
}

/**
 * A face at the height of each score, with the signed score beside it for those who print in
 * black and white, joined by a thin line, dashed where a gap is involved, as on the curve.
 */
function drawScaleCurve(g: Grid, row: MapRow, zebra: boolean, scale: Scale): void {
	const { w, format } = g;
	const points = g.columns.map((col, i) =>
		col.score === null
			? null
			: { x: x(g, i + 1) + width(g, i + 1) / 2 - format.face, y: scale.yOf(col.score), col, i }
	);
	w.doc.setDrawColor(...COLORS.accent);
	w.doc.setLineWidth(0.3);
	points.forEach((p, i) => {
		const prev = points[i - 1];
		if (!p || !prev) return;
		w.dash(p.col.gap || prev.col.gap ? [1, 0.7] : null);
		w.doc.line(prev.x, prev.y, p.x, p.y);
	});
	w.dash(null);
	const s: TextStyle = { ...format.text, bold: true };
	for (const p of points) {
		if (!p || p.col.score === null) continue;
		drawFace(w, p.col.score, p.x, p.y, format.face);
		const text = row.cells[g.first + p.i]?.[0] ?? '';
		const left = p.x + format.face + 0.5;
		const top = p.y - g.lh / 2;
		w.style({ ...s, color: p.col.score <= -1 ? COLORS.low : COLORS.text });
		// The score sits on a patch of its cell's colour, so the line never runs through it.
		const patch = cellFill(g, p.i + 1, zebra) ?? COLORS.white;
		w.fillRect(left, top + 0.2, w.doc.getTextWidth(text) + 0.8, g.lh - 0.4, patch);
		w.text(text, left + 0.4, top, s);
	}
}

/** The feelings as a small curve aligned with the columns: the map's emotion row. */
function drawEmotionRow(g: Grid, row: MapRow, zebra: boolean, again: Top): void {
	const { w, format } = g;
	const height = 4 * format.step + 2 * format.face + 2 * PAD_Y;
	if (height > w.room) newGridPage(g, again);
	const top = w.y;
	const scale: Scale = {
		top,
		height,
		yOf: (score) => top + PAD_Y + format.face + (2 - score) * format.step
	};
	drawScaleFrame(g, row, zebra, scale);
	drawScaleCurve(g, row, zebra, scale);
	drawRules(g, top, height);
	w.y = top + height;
}

function drawPage(w: Writer, block: MapBlock, format: MapFormat, first: number, per: number) {
	const g = grid(w, block, format, first, per);
	const top = topLayout(g, Infinity);
	const again = topLayout(g, REPEATED_HEADING_LINES);
	const firstRow = block.rows[0];
	const firstLines = firstRow
		? Math.min(
				MIN_SPLIT_LINES,
				tallest(
					g.columns.map((_, i) => cellLines(g, i + 1, firstRow.cells[first + i] ?? [], format.text))
				)
			)
		: 0;
	w.ensure(top.height + rowHeight(g, firstLines));
	top.draw();
	block.rows.forEach((row, r) =>
		row.id === 'emotions'
			? drawEmotionRow(g, row, r % 2 === 1, again)
			: drawTextRow(g, row, r % 2 === 1, again)
	);
}

/**
 * Draws the map from the cursor. Columns are shared out evenly over the pages (15 touchpoints
 * make three pages of five rather than 7 + 7 + 1), and every page uses the same column width, so
 * pages pinned side by side line up.
 */
export function drawJourneyMap(w: Writer, block: MapBlock, format: MapFormat): void {
	const total = block.columns.length;
	if (total === 0) return;
	const per = Math.ceil(total / Math.ceil(total / format.columnsPerPage));
	for (let first = 0; first < total; first += per) {
		if (first > 0) w.newPage();
		drawPage(w, block, format, first, per);
	}
}
