// The small faces of the −2 … +2 emotion scale, drawn as vectors: DejaVu has no emoji, and a
// drawn face prints sharp on the wall. The curve's axis and the journey map's emotion row share
// them, so a face means the same score wherever it appears.
import type { EmotionScore } from '$lib/domain/types';
import { COLORS, type Rgb, type Writer } from './layout';

/** A face centred on (cx, cy): a smile for positive scores, a frown (in red) for the lows. */
export function drawFace(w: Writer, score: EmotionScore, cx: number, cy: number, r: number): void {
	const { doc } = w;
	const color: Rgb = score <= -1 ? COLORS.low : COLORS.muted;
	w.dash(null);
	doc.setDrawColor(...color);
	doc.setFillColor(...COLORS.white);
	doc.setLineWidth(Math.max(0.18, r * 0.1));
	doc.circle(cx, cy, r, 'FD');
	doc.setFillColor(...color);
	doc.circle(cx - r * 0.35, cy - r * 0.25, r * 0.11, 'F');
	doc.circle(cx + r * 0.35, cy - r * 0.25, r * 0.11, 'F');
	const mouthY = cy + r * (score < 0 ? 0.5 : 0.32);
	const half = r * 0.45;
	const bend = score * r * 0.2;
	doc.lines([[half * 0.6, bend, half * 1.4, bend, half * 2, 0]], cx - half, mouthY, [1, 1], 'S');
}
