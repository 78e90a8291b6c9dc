// The emotion curve of the PDF report, drawn as vectors so it stays sharp when printed for the
// wall: phase bands behind, the −2 … +2 scale with small drawn faces (DejaVu has no emoji), one
// point per touchpoint joined in order, lows in red and gaps hollow with dashed links, because the
// lows and the silences are where the room should act. Where the room set a desired feeling, a
// dashed green line over the curve shows the distance still to go. A revisit's earlier curves go
// under today's in grey, dotted, the older the paler, each named by its date in the legend.
import { drawFace } from './faces';
import { COLORS, phaseFill, type Rgb, type TextStyle, type Writer } from './layout';
import { signedScore, type Block, type CurvePoint } from './model';

type CurveBlock = Extract<Block, { kind: 'curve' }>;

type MarkerKind = 'point' | 'low' | 'gap' | 'lowGap' | 'unscored' | 'desired';

/** The curve's size and type: the A4 report's landscape page, or the A3 wall map's. */
export interface CurveSize {
	/** Height of the −2 … +2 scale. */
	scoreHeight: number;
	/** Room under the bands for the touchpoints' rotated titles. */
	titleLength: number;
	/** Width left of the plot for the scale's words, numbers and faces. */
	axisWidth: number;
	/** Radius of the scale's faces, and the largest of the points'. */
	face: number;
	marker: number;
	phaseName: TextStyle;
	tick: TextStyle;
	pointLabel: TextStyle;
	legend: TextStyle;
}

export const A4_CURVE: CurveSize = {
	scoreHeight: 62,
	titleLength: 32,
	axisWidth: 40,
	face: 2.1,
	marker: 1.5,
	phaseName: { size: 8, bold: true, color: COLORS.accent },
	tick: { size: 7.5, color: COLORS.muted },
	pointLabel: { size: 6.5, color: COLORS.text },
	legend: { size: 8, color: COLORS.text }
};

/** Read from two metres: 12 pt and up, and a step of the scale far taller than 10 mm. */
export const A3_CURVE: CurveSize = {
	scoreHeight: 150,
	titleLength: 72,
	axisWidth: 64,
	face: 3.4,
	marker: 2.3,
	phaseName: { size: 14, bold: true, color: COLORS.accent },
	tick: { size: 12, color: COLORS.muted },
	pointLabel: { size: 12, color: COLORS.text },
	legend: { size: 12, color: COLORS.text }
};

/** Steps between numbered touchpoints when not every number fits: 1, 2, 5, 10, 20, 50 … */
const NICE_STEPS = [1, 2, 5];

function markerKind(p: CurvePoint): MarkerKind {
	if (p.score === null) return 'unscored';
	if (p.gap) return p.low ? 'lowGap' : 'gap';
	return p.low ? 'low' : 'point';
}

function drawMarker(w: Writer, kind: MarkerKind, x: number, y: number, r: number): void {
	const { doc } = w;
	const stroke: Rgb = kind === 'low' || kind === 'lowGap' ? COLORS.low : COLORS.accent;
	doc.setLineDashPattern([], 0);
	if (kind === 'desired') {
		// Hollow, so today's point still shows where the two feelings meet.
		doc.setDrawColor(...COLORS.desired);
		doc.setLineWidth(0.35);
		doc.circle(x, y, r * 1.15, 'S');
		return;
	}
	if (kind === 'point' || kind === 'low') {
		doc.setFillColor(...stroke);
		doc.circle(x, y, r, 'F');
		return;
	}
	doc.setFillColor(...COLORS.white);
	doc.setDrawColor(...(kind === 'unscored' ? COLORS.muted : stroke));
	doc.setLineWidth(kind === 'unscored' ? 0.25 : 0.45);
	doc.circle(x, y, kind === 'unscored' ? r * 0.7 : r, 'FD');
}

/** Where everything of one curve sits on the page. */
interface Plot {
	w: Writer;
	block: CurveBlock;
	left: number;
	slot: number;
	top: number;
	scoreTop: number;
	bandBottom: number;
	titles: boolean;
	labelHeight: number;
	size: CurveSize;
	/** x of each point, by its index in `block.points`. */
	xOf: number[];
}

const yOf = (p: Plot, score: number) => p.scoreTop + ((2 - score) / 4) * p.size.scoreHeight;

function plot(w: Writer, block: CurveBlock, size: CurveSize): Plot {
	const slots = block.phases.reduce((sum, ph) => sum + Math.max(1, ph.count), 0);
	const left = w.left + size.axisWidth;
	const slot = (w.right - left) / Math.max(1, slots);
	// Rotated titles side by side need a slot a little wider than their line.
	const titles = slot >= w.lineHeight(size.pointLabel) * 1.15;
	const labelHeight = titles ? size.titleLength : w.lineHeight(size.pointLabel) + 2;
	const bandLabel = w.lineHeight(size.phaseName) + 3.3;
	w.ensure(bandLabel + 4 + size.scoreHeight + 4 + labelHeight + legendHeight(w, size));
	const top = w.y;
	const scoreTop = top + bandLabel + 4;
	const bandBottom = scoreTop + size.scoreHeight + 4;
	return { w, block, left, slot, top, scoreTop, bandBottom, titles, labelHeight, size, xOf: [] };
}

/** Phase bands, and where each point sits inside its phase. */
function drawBands(p: Plot): void {
	const { w } = p;
	let slotStart = 0;
	p.block.phases.forEach((ph, pi) => {
		const x = p.left + slotStart * p.slot;
		const bandWidth = Math.max(1, ph.count) * p.slot;
		w.fillRect(x, p.top, bandWidth, p.bandBottom - p.top, phaseFill(pi));
		const s = p.size.phaseName;
		w.style(s);
		w.text(w.fit(ph.name, bandWidth - 2, s), x + bandWidth / 2, p.top + 1, s, 'center');
		for (let k = 0; k < ph.count; k++) p.xOf[ph.first + k] = x + (k + 0.5) * p.slot;
		slotStart += Math.max(1, ph.count);
	});
}

/** The scale: light lines at each step, a firmer zero line, faces and words on the left. */
function drawScale(p: Plot): void {
	const { w } = p;
	for (const { score, label } of p.block.axis) {
		const y = yOf(p, score);
		const zero = score === 0;
		w.rule(p.left, y, w.right, y, zero ? COLORS.muted : COLORS.rule, zero ? 0.4 : 0.15);
		const { face, tick, axisWidth } = p.size;
		drawFace(w, score, p.left - face - 1.4, y, face);
		w.style(tick);
		const number = p.left - 2 * face - 2.8;
		const words = number - w.doc.getTextWidth('+2') - 2.5;
		const top = y - w.lineHeight(tick) / 2;
		w.text(signedScore(score), number, top, tick, 'right');
		w.text(w.fit(label, words - (p.left - axisWidth) - 1, tick), words, top, tick, 'right');
	}
}

/** Segments between neighbours that both have a value; `dashed` says which ones to dash. */
function drawLine(
	p: Plot,
	value: (point: CurvePoint) => number | null,
	dashed: (a: CurvePoint, b: CurvePoint) => number[] | null
): void {
	const { w } = p;
	p.block.points.forEach((point, i) => {
		const prev = p.block.points[i - 1];
		const a = prev ? value(prev) : null;
		const b = value(point);
		if (!prev || a === null || b === null) return;
		w.dash(dashed(prev, point));
		w.doc.line(p.xOf[i - 1] ?? 0, yOf(p, a), p.xOf[i] ?? 0, yOf(p, b));
	});
	w.dash(null);
}

const radius = (p: Plot) => Math.min(p.size.marker, Math.max(0.6, p.slot * 0.28));

/** The feeling today, dashed where a gap is involved. */
function drawCurrent(p: Plot): void {
	p.w.doc.setDrawColor(...COLORS.accent);
	p.w.doc.setLineWidth(0.55);
	drawLine(
		p,
		(pt) => pt.score,
		(a, b) => (a.gap || b.gap ? [1.2, 0.9] : null)
	);
	p.block.points.forEach((pt, i) =>
		drawMarker(p.w, markerKind(pt), p.xOf[i] ?? 0, yOf(p, pt.score ?? 0), radius(p))
	);
}

/** The desired feeling, drawn over today's curve so both stay visible where they meet. */
function drawDesired(p: Plot): void {
	p.w.doc.setDrawColor(...COLORS.desired);
	p.w.doc.setLineWidth(0.4);
	drawLine(
		p,
		(pt) => pt.desired,
		() => [1.6, 1.1]
	);
	p.block.points.forEach((pt, i) => {
		if (pt.desired !== null)
			drawMarker(p.w, 'desired', p.xOf[i] ?? 0, yOf(p, pt.desired), radius(p));
	});
}

/** Greys for the earlier curves, the latest visit's first (the darkest). */
const EARLIER_GREYS: readonly Rgb[] = [
	[110, 118, 130],
	[150, 157, 167],
	[185, 190, 198]
];

function earlierGrey(index: number, count: number): Rgb {
	return EARLIER_GREYS[Math.min(count - 1 - index, EARLIER_GREYS.length - 1)]!;
}

const EARLIER_DASH = [1.2, 0.9];

/** The earlier visits' feelings on today's touchpoints, under today's curve. */
function drawEarlier(p: Plot): void {
	const lines = p.block.earlier ?? [];
	lines.forEach((line, k) => {
		const grey = earlierGrey(k, lines.length);
		p.w.doc.setDrawColor(...grey);
		p.w.doc.setLineWidth(0.5);
		const at = new Map(p.block.points.map((pt, i) => [pt, i]));
		drawLine(
			p,
			(pt) => line.scores[at.get(pt) ?? -1] ?? null,
			() => EARLIER_DASH
		);
		p.w.doc.setFillColor(...grey);
		line.scores.forEach((score, i) => {
			if (score !== null) p.w.doc.circle(p.xOf[i] ?? 0, yOf(p, score), radius(p) * 0.6, 'F');
		});
	});
}

/** The smallest of 1, 2, 5, 10, 20, 50 … at least `least`. */
function niceStep(least: number): number {
	for (let scale = 1; ; scale *= 10)
		for (const step of NICE_STEPS) if (step * scale >= least) return step * scale;
}

/**
 * Under the bands: each touchpoint's number and title when they fit side by side, otherwise
 * round numbers (1, 10, 20 …) far enough apart not to touch, and always the last one.
 */
function drawLabels(p: Plot): void {
	const { w, block } = p;
	const pointLabel = p.size.pointLabel;
	w.style(pointLabel);
	const widest = w.doc.getTextWidth(String(block.points.length)) + 1.2;
	const every = niceStep(Math.ceil(widest / p.slot));
	const last = block.points[block.points.length - 1]?.number ?? 0;
	// 1 opens the row only when it keeps clear of the first round number.
	const one = every === 1 || (every - 1) * p.slot >= widest;
	const numbered = (n: number) =>
		n === last || ((n % every === 0 || (n === 1 && one)) && (last - n) * p.slot >= widest);
	block.points.forEach((pt, i) => {
		const x = p.xOf[i] ?? 0;
		if (p.titles) {
			const text = w.fit(`${pt.number} ${pt.label}`, p.labelHeight - 2, pointLabel);
			w.doc.text(text, x + 0.8, p.bandBottom + 1.5 + w.doc.getTextWidth(text), { angle: 90 });
		} else if (numbered(pt.number)) {
			// The last number would stick out past the plot's right edge when centred on its point.
			const half = w.doc.getTextWidth(String(pt.number)) / 2;
			const at = Math.min(x, w.right - half);
			w.text(String(pt.number), at, p.bandBottom + 0.6, pointLabel, 'center');
		}
	});
}

/** The legend, with the same markers as the chart; the desired line only when there is one. */
function legendHeight(w: Writer, size: CurveSize): number {
	return w.lineHeight(size.legend) + 5.3;
}

function drawLegend(p: Plot, desired: boolean): void {
	const { w, block } = p;
	const legendText = p.size.legend;
	const middle = w.lineHeight(legendText) * 0.6;
	const top = p.bandBottom + p.labelHeight + 2;
	const kinds: [MarkerKind, string][] = [
		['point', block.legend.touchpoint],
		['low', block.legend.low],
		['gap', block.legend.gap]
	];
	if (block.points.some((pt) => pt.score === null)) kinds.push(['unscored', block.legend.unscored]);
	if (desired) kinds.push(['desired', block.legend.desired]);
	let x = p.left;
	for (const [kind, text] of kinds) {
		// The desired line's sample is a short dashed stroke through its marker.
		const sample = (kind === 'desired' ? 4.6 : 2) * p.size.marker;
		if (kind === 'desired') {
			w.dash([1.6, 1.1]);
			w.rule(x, top + middle, x + sample, top + middle, COLORS.desired, 0.4);
			w.dash(null);
		}
		drawMarker(w, kind, x + sample / 2, top + middle, p.size.marker * 0.93);
		w.style(legendText);
		w.text(text, x + sample + 1.5, top, legendText);
		x += sample + 1.5 + w.doc.getTextWidth(text) + 8;
	}
	// Today's marks first, then each earlier curve as a dotted grey stroke with its date, on a
	// line of their own when they do not fit beside them.
	const earlier = block.earlier ?? [];
	let y = top;
	earlier.forEach((line, k) => {
		const sample = 4.6 * p.size.marker;
		w.style(legendText);
		const width = sample + 1.5 + w.doc.getTextWidth(line.label);
		if (x + width > w.right) {
			x = p.left;
			y += legendHeight(w, p.size) - 2;
		}
		w.dash(EARLIER_DASH);
		w.rule(x, y + middle, x + sample, y + middle, earlierGrey(k, earlier.length), 0.4);
		w.dash(null);
		w.style(legendText);
		w.text(line.label, x + sample + 1.5, y, legendText);
		x += width + 8;
	});
	w.y = y + legendHeight(w, p.size);
}

export function drawCurve(w: Writer, block: CurveBlock, size: CurveSize = A4_CURVE): void {
	const p = plot(w, block, size);
	const desired = block.points.some((pt) => pt.desired !== null);
	drawBands(p);
	drawScale(p);
	drawEarlier(p);
	drawCurrent(p);
	if (desired) drawDesired(p);
	drawLabels(p);
	drawLegend(p, desired);
}
