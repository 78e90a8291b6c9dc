// The journey map as a wall map: one column per touchpoint in timeline order, grouped under
// bands that name their phase, and a row for each thing the room said about a touchpoint. A long
// journey goes on over as many pages as it needs; each page holds its touchpoints whole, starts
// with "Touchpoints 9–15 of 15 · During, After", and repeats the row labels, so a page pinned on
// the wall reads on its own. A cell never runs off its page: when a page's cells would not fit,
// the tallest are cut with "…" (their whole text is in the report's tables). The A4 report and the
// A3 wall map are drawn by this same code; only the MapFormat differs: the wall map's type grows
// as large as the pages allow and its rows stretch to fill the sheet.
import type { EmotionScore } from '$lib/domain/types';
import { interpolate } from '$lib/i18n/translate';
import { drawFace } from './faces';
import { COLORS, phaseFill, type Rgb, type TextStyle, type Writer } from './layout';
import { signedScore, type Block, type MapColumn, type MapRow } from './model';

type MapBlock = Extract<Block, { kind: 'map' }>;

export interface MapFormat {
	/** The most touchpoints side by side on one page: fewer on A4, to keep cells readable. */
	columnsPerPage: number;
	/** The row labels' least width. */
	labelWidth: number;
	/** The cells' type; where `fill` is set, the smallest size the map may use. */
	text: TextStyle;
	/** The largest type a `fill` map grows to while every page still fits. */
	largest: number;
	/** Over each page: which touchpoints and phases it holds. */
	caption: TextStyle;
	/** The emotion row's faces (radius, at the `text` size) and the least height of one step. */
	face: number;
	step: number;
	/** The most lines a touchpoint's heading, and any other cell, keeps. */
	headingLines: number;
	cellLines: number;
	/** Rows stretch so the map fills its pages down to the footer. */
	fill: boolean;
}

export const A4_MAP: MapFormat = {
	columnsPerPage: 7,
	labelWidth: 27,
	text: { size: 7 },
	largest: 7,
	caption: { size: 7.5, color: COLORS.muted },
	face: 1.6,
	step: 3.3,
	headingLines: 5,
	cellLines: 12,
	fill: false
};

/**
 * A3 is read from two metres: eight touchpoints to a page, type of 12 pt and up, and a step of
 * the emotion scale at least 10 mm tall, so a difference of one shows across the room.
 */
export const A3_MAP: MapFormat = {
	columnsPerPage: 8,
	labelWidth: 34,
	text: { size: 12 },
	largest: 16,
	caption: { size: 13, bold: true, color: COLORS.accent },
	face: 3,
	step: 10,
	headingLines: 5,
	cellLines: 12,
	fill: true
};

interface Line {
	text: string;
	indent: number;
	style?: TextStyle;
}

/** The part of the map on one page: which columns, where they sit, and the type they use. */
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
	text: TextStyle;
	bold: TextStyle;
	lh: number;
	/** The faces' radius at this size. */
	face: number;
}

const PAD_X = 1.6;
const PAD_Y = 1.3;
const HANGING = 2.4;
const BULLET = '• ';
/** A phase name longer than this many lines in its band ends in an ellipsis. */
const BAND_LINES = 2;
/** The caption's lines at most: a page's phases can have long names. */
const CAPTION_LINES = 2;
/** Extra height a stretched row gets, by kind: the emotion row more, so its steps grow. */
const EMOTION_SHARE = 2;

/**
 * The row labels' width: the format's, or more when a label has a word that would otherwise
 * break ("Beröringspunkter"); the emotion row's label keeps room for its +2 / 0 / −2 ticks.
 */
function labelWidth(w: Writer, block: MapBlock, format: MapFormat, bold: TextStyle): number {
	const ticks = ticksWidth(w, bold);
	w.style(bold);
	const widest = (text: string) =>
		Math.max(0, ...text.split(/\s+/).map((word) => w.doc.getTextWidth(word)));
	const needs = [
		widest(block.labels.phase),
		widest(block.labels.touchpoints),
		...block.rows.map((row) => widest(row.label) + (row.id === 'emotions' ? ticks : 0))
	];
	return Math.max(format.labelWidth, Math.max(...needs) + 2 * PAD_X + 0.5);
}

function ticksWidth(w: Writer, s: TextStyle): number {
	w.style({ ...s, bold: false });
	return w.doc.getTextWidth('−2') + 1.5;
}

function grid(
	w: Writer,
	block: MapBlock,
	format: MapFormat,
	size: number,
	first: number,
	per: number
): Grid {
	const text = { ...format.text, size };
	const bold = { ...text, bold: true };
	const columns = block.columns.slice(first, first + per);
	const label = labelWidth(w, block, format, bold);
	// A wall map's last, shorter page widens its columns to fill the sheet; the report's pages
	// keep one width, so a short last page reads like the others.
	const width = (w.width - label) / (format.fill ? columns.length : per);
	const widths = [label, ...columns.map(() => width)];
	const xs = widths.map((_, i) => w.left + label + (i - 1) * width);
	xs[0] = w.left;
	const face = (format.face * size) / format.text.size;
	return { w, block, format, columns, first, xs, widths, text, bold, lh: w.lineHeight(text), face };
}

const x = (g: Grid, col: number) => g.xs[col] ?? g.w.left;
const width = (g: Grid, col: number) => g.widths[col] ?? 0;
const mapRight = (g: Grid) => x(g, g.columns.length) + width(g, g.columns.length);

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

/** At most `max` lines in each cell, the last ending in "…" where text was left out. */
function clampCells(
	g: Grid,
	cells: readonly Line[][],
	max: number,
	styleOf: (col: number) => TextStyle
) {
	return cells.map((lines, col) => g.w.clamp(lines, max, width(g, col) - 2 * PAD_X, styleOf(col)));
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
	w.rule(w.left, top + height, mapRight(g), top + height);
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

/** One row of wrapped text, `height` tall: its cells' backgrounds, then text, then the rules. */
function paintRow(
	g: Grid,
	cells: readonly Line[][],
	height: number,
	fill: (col: number) => Rgb | null,
	styleOf: (col: number) => TextStyle
) {
	const top = g.w.y;
	cells.forEach((lines, col) => {
		const color = fill(col);
		if (color) g.w.fillRect(x(g, col), top, width(g, col), height, color);
		lines.forEach((line, i) => {
			const s = line.style ?? styleOf(col);
			g.w.style(s);
			g.w.text(line.text, x(g, col) + PAD_X + line.indent, top + PAD_Y + i * g.lh, s);
		});
	});
	drawRules(g, top, height);
	g.w.y = top + height;
	return top;
}

/** Something above or in the map with a height known before it is drawn. */
interface Piece {
	height: number;
	draw(height: number): void;
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

/** The phases of the page's touchpoints, in order, each once. */
function pagePhases(g: Grid): string[] {
	const names = g.columns.map((col) => g.block.phases[col.phaseIndex]?.name ?? '');
	return [...new Set(names)];
}

/** "Touchpoints 9–15 of 15 · During, After": the part of the journey this page holds. */
function captionPiece(g: Grid): Piece {
	const { w, block } = g;
	const range = interpolate(block.labels.range, {
		from: g.columns[0]?.number ?? 0,
		to: g.columns[g.columns.length - 1]?.number ?? 0,
		total: block.columns.length
	});
	const s = g.format.caption;
	const text = `${range} · ${pagePhases(g).join(', ')}`;
	const lines = w.wrapAtMost(text, w.width, s, CAPTION_LINES);
	const lh = w.lineHeight(s);
	return {
		height: lines.length * lh + 1,
		draw: () => {
			w.style(s);
			lines.forEach((line, i) => w.text(line, w.left, w.y + i * lh, s));
			w.y += lines.length * lh + 1;
		}
	};
}

/** The phase band: one stretch per phase on this page, "(continued)" when it began earlier. */
function bandPiece(g: Grid): Piece {
	const { w, block } = g;
	const s: TextStyle = { size: g.text.size + 1, bold: true, color: COLORS.accent };
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
			w.fillRect(w.left, top, width(g, 0), height, COLORS.headerFill);
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

/** A row of wrapped cells that may be cut to fewer lines when the page runs short. */
interface TextRow {
	cells: Line[][];
	styleOf(col: number): TextStyle;
	draw(cells: readonly Line[][], height: number): void;
}

/** The touchpoints' headings: number and title, a gap tagged and outlined in dashes. */
function headingRow(g: Grid): TextRow {
	const tag: TextStyle = { ...g.bold, color: COLORS.gap };
	const styleOf = () => g.bold;
	const titles = [
		cellLines(g, 0, [g.block.labels.touchpoints], g.bold),
		...g.columns.map((col, i) => cellLines(g, i + 1, [col.heading], g.bold))
	];
	const cells = clampCells(g, titles, g.format.headingLines, styleOf).map((lines, col) =>
		g.columns[col - 1]?.gap
			? [{ text: g.block.labels.gap, indent: 0, style: tag }, ...lines]
			: lines
	);
	return {
		cells,
		styleOf,
		draw: (cut, height) => {
			const fill = (col: number) =>
				col === 0 ? COLORS.headerFill : g.columns[col - 1]?.gap ? COLORS.gapSoft : COLORS.white;
			const top = paintRow(g, cut, height, fill, styleOf);
			g.w.rule(g.w.left, top + height, mapRight(g), top + height, COLORS.muted, 0.35);
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

function textRow(g: Grid, row: MapRow, zebra: boolean): TextRow {
	const styleOf = (col: number) => (col === 0 ? g.bold : g.text);
	const cells = [
		cellLines(g, 0, [row.label], g.bold),
		...g.columns.map((_, i) => cellLines(g, i + 1, row.cells[g.first + i] ?? [], g.text))
	];
	return {
		cells: clampCells(g, cells, g.format.cellLines, styleOf),
		styleOf,
		draw: (cut, height) => paintRow(g, cut, height, (col) => cellFill(g, col, zebra), styleOf)
	};
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
	const tick: TextStyle = { ...g.text, color: COLORS.muted };
	for (let col = 0; col <= g.columns.length; col++) {
		const color = cellFill(g, col, zebra);
		if (color) w.fillRect(x(g, col), scale.top, width(g, col), scale.height, color);
	}
	const room = width(g, 0) - 2 * PAD_X - ticksWidth(w, g.text);
	w.style(g.bold);
	cellLines(g, 0, [row.label], g.bold).forEach((line, i) =>
		w.text(w.fit(line.text, room, g.bold), w.left + PAD_X, scale.top + PAD_Y + i * g.lh, g.bold)
	);
	w.style(tick);
	for (const score of [2, 0, -2] as const) {
		const top = scale.yOf(score) - w.lineHeight(tick) / 2;
		w.text(signedScore(score), w.left + width(g, 0) - PAD_X, top, tick, 'right');
	}
	w.dash([0.4, 0.8]);
	w.rule(x(g, 1), scale.yOf(0), mapRight(g), scale.yOf(0), COLORS.muted, 0.2);
	w.dash(null);
}

/**
 * A face at the height of each score, with the signed score beside it for those who print in
 * black and white, joined by a thin line, dashed where a gap is involved, as on the curve.
 */
function drawScaleCurve(g: Grid, row: MapRow, zebra: boolean, scale: Scale): void {
	const { w, face } = g;
	const points = g.columns.map((col, i) =>
		col.score === null
			? null
			: { x: x(g, i + 1) + width(g, i + 1) / 2 - face, y: scale.yOf(col.score), col, i }
	);
	w.doc.setDrawColor(...COLORS.accent);
	w.doc.setLineWidth(g.format.fill ? 0.5 : 0.3);
	points.forEach((p, i) => {
		const prev = points[i - 1];
		if (!p || !prev) return;
		w.dash(p.col.gap || prev.col.gap ? [1, 0.7] : null);
		w.doc.line(prev.x, prev.y, p.x, p.y);
	});
	w.dash(null);
	for (const p of points) {
		if (!p || p.col.score === null) continue;
		drawFace(w, p.col.score, p.x, p.y, face);
		const text = row.cells[g.first + p.i]?.[0] ?? '';
		const left = p.x + face + 0.5;
		const top = p.y - g.lh / 2;
		w.style({ ...g.bold, color: p.col.score <= -1 ? COLORS.low : COLORS.text });
		// The score sits on a patch of its cell's colour, so the line never runs through it.
		const patch = cellFill(g, p.i + 1, zebra) ?? COLORS.white;
		w.fillRect(left, top + 0.2, w.doc.getTextWidth(text) + 0.8, g.lh - 0.4, patch);
		w.text(text, left + 0.4, top, g.bold);
	}
}

/** The feelings as a small curve aligned with the columns: the map's emotion row. */
function emotionPiece(g: Grid, row: MapRow, zebra: boolean): Piece {
	return {
		height: 4 * g.format.step + 2 * g.face + 2 * PAD_Y,
		draw: (height) => {
			const top = g.w.y;
			const step = (height - 2 * g.face - 2 * PAD_Y) / 4;
			const scale: Scale = {
				top,
				height,
				yOf: (score) => top + PAD_Y + g.face + (2 - score) * step
			};
			drawScaleFrame(g, row, zebra, scale);
			drawScaleCurve(g, row, zebra, scale);
			drawRules(g, top, height);
			g.w.y = top + height;
		}
	};
}

/** One page of the map, laid out: what goes above the rows, and the rows in order. */
interface PageLayout {
	above: Piece[];
	rows: (TextRow | Piece)[];
}

function layoutPage(g: Grid): PageLayout {
	return {
		above: [captionPiece(g), bandPiece(g)],
		rows: [
			headingRow(g),
			...g.block.rows.map((row, r) =>
				row.id === 'emotions' ? emotionPiece(g, row, r % 2 === 1) : textRow(g, row, r % 2 === 1)
			)
		]
	};
}

const isText = (row: TextRow | Piece): row is TextRow => 'cells' in row;

/** The page's height when no text row keeps more than `cap` lines. */
function pageHeight(g: Grid, page: PageLayout, cap = Infinity): number {
	const fixed = page.above.reduce((sum, p) => sum + p.height, 0);
	return page.rows.reduce(
		(sum, row) =>
			sum + (isText(row) ? rowHeight(g, Math.min(cap, tallest(row.cells))) : row.height),
		fixed
	);
}

/**
 * The most lines a text row may keep for the page to fit in `room`: all of them when it fits,
 * otherwise the tallest rows are cut to one height, as much as the room allows.
 */
function lineCap(g: Grid, page: PageLayout, room: number): number {
	const most = Math.max(1, ...page.rows.map((row) => (isText(row) ? tallest(row.cells) : 1)));
	if (pageHeight(g, page) <= room) return most;
	let lo = 1;
	let hi = most;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (pageHeight(g, page, mid) <= room) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Draws a laid-out page at the cursor in `room`, stretching its rows to fill it if asked. */
function drawPage(g: Grid, page: PageLayout, room: number): void {
	const cap = lineCap(g, page, room);
	const spare = g.format.fill ? Math.max(0, room - pageHeight(g, page, cap)) : 0;
	const shares = page.rows.reduce((sum, row) => sum + (isText(row) ? 1 : EMOTION_SHARE), 0) - 1;
	const extra = (row: TextRow | Piece, i: number) =>
		i === 0 || shares <= 0 ? 0 : (spare * (isText(row) ? 1 : EMOTION_SHARE)) / shares;
	for (const piece of page.above) piece.draw(piece.height);
	page.rows.forEach((row, i) => {
		if (!isText(row)) return row.draw(row.height + extra(row, i));
		const cells = clampCells(g, row.cells, cap, row.styleOf);
		row.draw(cells, rowHeight(g, tallest(cells)) + extra(row, i));
	});
}

/** Which touchpoints go on each page: shared out evenly (15 make 8 + 7, not 12 + 3). */
function pageStarts(total: number, most: number): { per: number; starts: number[] } {
	const per = Math.ceil(total / Math.ceil(total / most));
	const starts: number[] = [];
	for (let first = 0; first < total; first += per) starts.push(first);
	return { per, starts };
}

/**
 * The type size for the whole map: on a `fill` format the largest (down to the format's own) at
 * which every page fits without cutting a cell; otherwise the format's. One size for every page,
 * so pages pinned side by side match.
 */
function typeSize(w: Writer, block: MapBlock, format: MapFormat, firstRoom: number): number {
	const { per, starts } = pageStarts(block.columns.length, format.columnsPerPage);
	const fits = (size: number) =>
		starts.every((first, i) => {
			const g = grid(w, block, format, size, first, per);
			return pageHeight(g, layoutPage(g)) <= (i === 0 ? firstRoom : w.bottom - w.top);
		});
	for (let size = format.largest; size > format.text.size; size -= 1) if (fits(size)) return size;
	return format.text.size;
}

/**
 * Draws the map from the cursor, each page's touchpoints on one page: where the rest of this page
 * is too short for the first part, it starts on the next. Every page uses the same column width.
 */
export function drawJourneyMap(w: Writer, block: MapBlock, format: MapFormat): void {
	const total = block.columns.length;
	if (total === 0) return;
	const { per, starts } = pageStarts(total, format.columnsPerPage);
	const size = format.fill ? typeSize(w, block, format, w.room) : format.text.size;
	starts.forEach((first, i) => {
		if (i > 0) w.newPage();
		const g = grid(w, block, format, size, first, per);
		const page = layoutPage(g);
		// The wall map's first page holds its title strip and the map, never the strip alone.
		if (!format.fill && pageHeight(g, page) > w.room && w.y > w.top + 0.5) w.newPage();
		drawPage(g, page, w.room);
	});
}
