// The emotion curve of the PDF report, drawn as vectors so it stays sharp when printed for the
// wall: phase bands behind, the −2 … +2 scale with small drawn faces (DejaVu has no emoji), one
// point per touchpoint joined in order, lows in red and gaps hollow with dashed links, because the
// lows and the silences are where the room should act.
import type { EmotionScore } from '$lib/domain/types';
import { COLORS, phaseFill, type Rgb, type TextStyle, type Writer } from './layout';
import { signedScore, type Block, type CurvePoint } from './model';

type CurveBlock = Extract<Block, { kind: 'curve' }>;

type MarkerKind = 'point' | 'low' | 'gap' | 'lowGap' | 'unscored';

const AXIS_WIDTH = 40;
const BAND_LABEL = 7;
const SCORE_HEIGHT = 62;
const ROTATED_LABELS = 32;
const NUMBER_LABELS = 5;
const LEGEND = 9;
/** Below this slot width the touchpoints' titles no longer fit beside each other. */
const MIN_TITLE_SLOT = 3.4;

const phaseName: TextStyle = { size: 8, bold: true, color: COLORS.accent };
const tick: TextStyle = { size: 7.5, color: COLORS.muted };
const pointLabel: TextStyle = { size: 6.5, color: COLORS.text };
const legendText: TextStyle = { size: 8, color: COLORS.text };

function markerKind(p: CurvePoint): MarkerKind {
	if (p.score === null) return 'unscored';
	if (p.gap) return p.low ? 'lowGap' : 'gap';
	return p.low ? 'low' : 'point';
}

function drawMarker(w: Writer, kind: MarkerKind, x: number, y: number, r: number): void {
	const { doc } = w;
	const stroke: Rgb = kind === 'low' || kind === 'lowGap' ? COLORS.low : COLORS.accent;
	doc.setLineDashPattern([], 0);
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

/** A small drawn face: smile for positive scores, frown for negative ones. */
function drawFace(w: Writer, score: EmotionScore, cx: number, cy: number, r: number): void {
	const { doc } = w;
	const color: Rgb = score <= -1 ? COLORS.low : COLORS.muted;
	doc.setLineDashPattern([], 0);
	doc.setDrawColor(...color);
	doc.setFillColor(...COLORS.white);
	doc.setLineWidth(0.22);
	doc.circle(cx, cy, r, 'FD');
	doc.setFillColor(...color);
	doc.circle(cx - r * 0.35, cy - r * 0.25, r * 0.11, 'F');
	doc.circle(cx + r * 0.35, cy - r * 0.25, r * 0.11, 'F');
	const mouthY = cy + r * (score < 0 ? 0.5 : 0.32);
	const half = r * 0.45;
	const bend = score * r * 0.2;
	doc.lines([[half * 0.6, bend, half * 1.4, bend, half * 2, 0]], cx - half, mouthY, [1, 1], 'S');
}

export function drawCurve(w: Writer, block: CurveBlock): void {
	const { doc } = w;
	const slots = block.phases.reduce((sum, ph) => sum + Math.max(1, ph.count), 0);
	const plotLeft = w.left + AXIS_WIDTH;
	const plotWidth = w.right - plotLeft;
	const slot = plotWidth / Math.max(1, slots);
	const titles = slot >= MIN_TITLE_SLOT;
	const labelHeight = titles ? ROTATED_LABELS : NUMBER_LABELS;
	const height = BAND_LABEL + 4 + SCORE_HEIGHT + 4 + labelHeight + LEGEND;
	w.ensure(height);

	const top = w.y;
	const scoreTop = top + BAND_LABEL + 4;
	const bandBottom = scoreTop + SCORE_HEIGHT + 4;
	const yOf = (score: number) => scoreTop + ((2 - score) / 4) * SCORE_HEIGHT;

	// Phase bands, and where each point sits inside its phase.
	const xOf: number[] = [];
	let slotStart = 0;
	block.phases.forEach((ph, pi) => {
		const x = plotLeft + slotStart * slot;
		const bandWidth = Math.max(1, ph.count) * slot;
		w.fillRect(x, top, bandWidth, bandBottom - top, phaseFill(pi));
		w.style(phaseName);
		w.text(
			w.fit(ph.name, bandWidth - 2, phaseName),
			x + bandWidth / 2,
			top + 1,
			phaseName,
			'center'
		);
		for (let k = 0; k < ph.count; k++) xOf[ph.first + k] = x + (k + 0.5) * slot;
		slotStart += Math.max(1, ph.count);
	});

	// The scale: light lines at each step, a firmer zero line, faces and words on the left.
	for (const { score, label } of block.axis) {
		const y = yOf(score);
		w.rule(
			plotLeft,
			y,
			w.right,
			y,
			score === 0 ? COLORS.muted : COLORS.rule,
			score === 0 ? 0.4 : 0.15
		);
		drawFace(w, score, plotLeft - 3.5, y, 2.1);
		w.style(tick);
		w.text(signedScore(score), plotLeft - 7, y - 1.7, tick, 'right');
		w.text(w.fit(label, AXIS_WIDTH - 16, tick), plotLeft - 14, y - 1.7, tick, 'right');
	}

	// The curve: segments between scored neighbours, dashed where a gap is involved.
	const r = Math.min(1.5, Math.max(0.6, slot * 0.28));
	doc.setDrawColor(...COLORS.accent);
	doc.setLineWidth(0.55);
	block.points.forEach((p, i) => {
		const prev = block.points[i - 1];
		if (!prev || prev.score === null || p.score === null) return;
		doc.setLineDashPattern(prev.gap || p.gap ? [1.2, 0.9] : [], 0);
		doc.line(xOf[i - 1] ?? 0, yOf(prev.score), xOf[i] ?? 0, yOf(p.score));
	});
	block.points.forEach((p, i) => drawMarker(w, markerKind(p), xOf[i] ?? 0, yOf(p.score ?? 0), r));
	doc.setLineDashPattern([], 0);

	// Under the bands: each touchpoint's number and title, or every few numbers when crowded.
	const every = titles ? 1 : Math.ceil(5 / slot);
	const last = block.points.length - 1;
	// Every few numbers, always the last one, and none so close to it that the two overlap.
	const numbered = (i: number) => i === last || (i % every === 0 && last - i >= every * 0.7);
	w.style(pointLabel);
	block.points.forEach((p, i) => {
		const x = xOf[i] ?? 0;
		if (titles) {
			const text = w.fit(`${p.number} ${p.label}`, labelHeight - 2, pointLabel);
			doc.text(text, x + 0.8, bandBottom + 1.5 + doc.getTextWidth(text), { angle: 90 });
		} else if (numbered(i)) {
			w.text(String(p.number), x, bandBottom + 0.6, pointLabel, 'center');
		}
	});

	// The legend, with the same markers as the chart.
	const legendTop = bandBottom + labelHeight + 2;
	const kinds: [MarkerKind, string][] = [
		['point', block.legend.touchpoint],
		['low', block.legend.low],
		['gap', block.legend.gap]
	];
	if (block.points.some((p) => p.score === null)) kinds.push(['unscored', block.legend.unscored]);
	let x = plotLeft;
	for (const [kind, text] of kinds) {
		drawMarker(w, kind, x + 1.5, legendTop + 2.2, 1.4);
		w.style(legendText);
		w.text(text, x + 4.5, legendTop, legendText);
		x += 4.5 + doc.getTextWidth(text) + 8;
	}
	w.y = legendTop + LEGEND;
}
