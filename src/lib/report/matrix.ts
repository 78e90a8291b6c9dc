// The impact/effort grid of the ranked opportunities: each opportunity a numbered dot (its rank
// in the table below) in the cell of its impact and effort, on the four quadrants the ranking
// uses. It shows at a glance where the quick wins are, which a table of numbers does not.
import { quadrant, type Quadrant } from '$lib/domain/opportunities';
import { COLORS, type Rgb, type TextStyle, type Writer } from './layout';
import type { Block, MatrixPoint } from './model';

type MatrixBlock = Extract<Block, { kind: 'matrix' }>;

const SIDE = 82;
const HEIGHT = 62;
const AXIS = 10;
const STEPS = 5;
const GAP = 0.5;
/** Below this radius a dot has no room for its number; the table still gives it. */
const MIN_NUMBERED = 1.6;

const QUADRANT_STYLE: Record<Quadrant, { fill: Rgb; dot: Rgb }> = {
	quickWin: { fill: [230, 244, 234], dot: COLORS.desired },
	bigBet: { fill: [232, 240, 247], dot: COLORS.accent },
	fillIn: { fill: [242, 243, 245], dot: COLORS.muted },
	moneyPit: { fill: [251, 234, 234], dot: COLORS.low }
};

/** Top left, top right, bottom left, bottom right, as the model names them. */
const CORNERS: readonly Quadrant[] = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'];

const axisText: TextStyle = { size: 7.5, color: COLORS.muted };
const axisName: TextStyle = { size: 8, bold: true, color: COLORS.text };
const quadrantName: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };

const clampStep = (n: number) => Math.min(STEPS, Math.max(1, Math.round(n) || 1));

interface Frame {
	left: number;
	top: number;
	cellW: number;
	cellH: number;
}

/** Left edge of effort `e` and top edge of impact `i` (5 at the top). */
const cellX = (f: Frame, e: number) => f.left + (e - 1) * f.cellW;
const cellY = (f: Frame, i: number) => f.top + (STEPS - i) * f.cellH;

/** The quadrants as the domain draws its lines: high impact is 4–5, low effort is 1–3. */
function drawQuadrants(w: Writer, f: Frame, names: readonly string[]): void {
	// On both 1–5 scales the domain counts 1–3 as low and 4–5 as high.
	const spans = { low: [1, 3], high: [4, 5] } as const;
	CORNERS.forEach((q, k) => {
		const impact = k < 2 ? spans.high : spans.low;
		const effort = k % 2 === 0 ? spans.low : spans.high;
		const x = cellX(f, effort[0]);
		const y = cellY(f, impact[1]);
		const width = (effort[1] - effort[0] + 1) * f.cellW;
		const height = (impact[1] - impact[0] + 1) * f.cellH;
		w.fillRect(x + GAP, y + GAP, width - 2 * GAP, height - 2 * GAP, QUADRANT_STYLE[q].fill);
		w.style(quadrantName);
		w.text(w.fit(names[k] ?? '', width - 3, quadrantName), x + 1.5, y + 1.2, quadrantName);
	});
}

function drawAxes(w: Writer, f: Frame, block: MatrixBlock): void {
	w.style(axisText);
	for (let n = 1; n <= STEPS; n++) {
		w.text(String(n), cellX(f, n) + f.cellW / 2, f.top + STEPS * f.cellH + 1, axisText, 'center');
		w.text(String(n), f.left - 2, cellY(f, n) + f.cellH / 2 - 1.6, axisText, 'right');
	}
	w.style(axisName);
	w.text(
		`${block.effort} →`,
		f.left + (STEPS * f.cellW) / 2,
		f.top + HEIGHT + 5,
		axisName,
		'center'
	);
	const impact = `${block.impact} →`;
	const y = f.top + HEIGHT / 2 + w.doc.getTextWidth(impact) / 2;
	// Turned upright, the letters stand to the left of the baseline: keep them inside the margin.
	w.doc.text(impact, f.left - AXIS + 3.5, y, { angle: 90 });
}

/** The dots of one cell, in rank order, packed in rows small enough to fit the cell. */
function drawCell(w: Writer, f: Frame, points: readonly MatrixPoint[]): void {
	const first = points[0];
	if (!first) return;
	const cols = Math.ceil(Math.sqrt((points.length * f.cellW) / f.cellH));
	const rows = Math.ceil(points.length / cols);
	const r = Math.min(2.7, f.cellW / cols / 2 - 0.35, f.cellH / rows / 2 - 0.35);
	const x0 = cellX(f, clampStep(first.effort)) + f.cellW / 2 - ((cols - 1) * (2 * r + 0.7)) / 2;
	const y0 = cellY(f, clampStep(first.impact)) + f.cellH / 2 - ((rows - 1) * (2 * r + 0.7)) / 2;
	const number: TextStyle = { size: Math.min(7.5, r * 2.9), bold: true, color: COLORS.white };
	points.forEach((p, k) => {
		const cx = x0 + (k % cols) * (2 * r + 0.7);
		const cy = y0 + Math.floor(k / cols) * (2 * r + 0.7);
		w.doc.setFillColor(...QUADRANT_STYLE[quadrant(p)].dot);
		w.doc.circle(cx, cy, r, 'F');
		if (r < MIN_NUMBERED) return;
		w.style(number);
		w.text(String(p.rank), cx, cy - w.lineHeight(number) / 2, number, 'center');
	});
}

export function drawMatrix(w: Writer, block: MatrixBlock): void {
	w.ensure(HEIGHT + AXIS + 4);
	const f: Frame = { left: w.left + AXIS, top: w.y, cellW: SIDE / STEPS, cellH: HEIGHT / STEPS };
	drawQuadrants(w, f, block.quadrants);
	const cells = new Map<string, MatrixPoint[]>();
	for (const p of block.points) {
		const key = `${clampStep(p.effort)}/${clampStep(p.impact)}`;
		cells.set(key, [...(cells.get(key) ?? []), p]);
	}
	for (const points of cells.values()) drawCell(w, f, points);
	drawAxes(w, f, block);
	const noteLeft = f.left + SIDE + 8;
	w.style(axisText);
	const note = w.wrap(block.note, w.right - noteLeft, axisText);
	note.forEach((line, i) => w.text(line, noteLeft, f.top + i * w.lineHeight(axisText), axisText));
	w.y = f.top + HEIGHT + AXIS;
}
