// What the emotion curve shows, as plain data: one point per touchpoint in timeline order (the
// same order and numbers as the rows of step 8 and the report), lows and gaps marked, the desired
// feeling beside the current one, phases as bands, and the facts its text alternative needs.
// Pure, so it is tested without a canvas.
import { isLow } from '$lib/domain/emotion';
import { timeline } from '$lib/domain/timeline';
import type { EmotionScore, Phase, Touchpoint } from '$lib/domain/types';

export interface CurvePoint {
	id: string;
	/** 1-based place on the timeline, as the rows and the table number it. */
	number: number;
	label: string;
	score: EmotionScore | null;
	/** The feeling the teams aim for here (the desired curve), or null. */
	desired: EmotionScore | null;
	gap: boolean;
	low: boolean;
	/** Index into the phases; `phases.length` for touchpoints whose phase is gone. */
	phaseIndex: number;
	/** The phase's name, or '' when the phase is gone. */
	phaseName: string;
}

export interface CurveBand {
	name: string;
	/** First and last point index (inclusive) of the phase. Empty phases get no band. */
	from: number;
	to: number;
	phaseIndex: number;
}

export interface CurveSummary {
	count: number;
	scored: number;
	lows: number;
	gaps: number;
	/** The lowest low (the first one on the timeline when several tie), or null without lows. */
	lowest: CurvePoint | null;
	/** Touchpoints with a desired feeling. */
	withDesired: number;
	/** Scored touchpoints that sit below their desired feeling. */
	belowDesired: number;
}

export interface CurveData {
	points: CurvePoint[];
	bands: CurveBand[];
	summary: CurveSummary;
}

/** The touchpoints with a title, in timeline order: phase by phase, then as the room placed them. */
export function curveData(phases: readonly Phase[], touchpoints: readonly Touchpoint[]): CurveData {
	const phaseIndex = new Map(phases.map((p, i) => [p.id, i]));
	const points: CurvePoint[] = timeline(phases, touchpoints)
		.filter((tp) => tp.title.trim())
		.map((tp, i) => {
			const index = phaseIndex.get(tp.phaseId) ?? phases.length;
			return {
				id: tp.id,
				number: i + 1,
				label: tp.title,
				score: tp.emotion,
				desired: tp.desiredEmotion,
				gap: tp.kind === 'gap',
				low: isLow(tp.emotion),
				phaseIndex: index,
				phaseName: phases[index]?.name ?? ''
			};
		});
	return { points, bands: curveBands(points), summary: curveSummary(points) };
}

/** Points `from` to `to` (exclusive) of the curve, keeping their numbers: a page of a long one. */
export function curveSlice(data: CurveData, from: number, to: number): CurveData {
	if (from <= 0 && to >= data.points.length) return data;
	const points = data.points.slice(from, to);
	return { points, bands: curveBands(points), summary: curveSummary(points) };
}

function curveBands(points: readonly CurvePoint[]): CurveBand[] {
	const bands: CurveBand[] = [];
	points.forEach((p, i) => {
		const last = bands.at(-1);
		if (last && last.phaseIndex === p.phaseIndex) last.to = i;
		else bands.push({ name: p.phaseName, from: i, to: i, phaseIndex: p.phaseIndex });
	});
	return bands;
}

function curveSummary(points: readonly CurvePoint[]): CurveSummary {
	const lows = points.filter((p) => p.low);
	return {
		count: points.length,
		scored: points.filter((p) => p.score !== null).length,
		lows: lows.length,
		gaps: points.filter((p) => p.gap).length,
		lowest: lows.reduce<CurvePoint | null>(
			(min, p) => (min === null || p.score! < min.score! ? p : min),
			null
		),
		withDesired: points.filter((p) => p.desired !== null).length,
		belowDesired: points.filter(
			(p) => p.score !== null && p.desired !== null && p.score < p.desired
		).length
	};
}

/** How each point is drawn: gaps as diamonds, lows in red, the rest as dots. */
export function pointStyle(
	p: CurvePoint,
	colours: CurveColours = CURVE_COLOURS
): {
	shape: 'rectRot' | 'circle';
	colour: string;
	radius: number;
} {
	return {
		shape: p.gap ? 'rectRot' : 'circle',
		colour: p.low ? colours.low : p.gap ? colours.gap : colours.point,
		radius: p.low || p.gap ? 8 : 6
	};
}

/** Keyboard travel along the points: ←/→ one step, Home/End to the ends; null when not a move. */
export function movePoint(active: number | null, key: string, count: number): number | null {
	if (count === 0) return null;
	const last = count - 1;
	switch (key) {
		case 'ArrowRight':
			return active === null ? 0 : Math.min(last, active + 1);
		case 'ArrowLeft':
			return active === null ? last : Math.max(0, active - 1);
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}

/** Every colour the chart draws with. */
export interface CurveColours {
	line: string;
	desired: string;
	low: string;
	gap: string;
	point: string;
	/** The phases' bands, alternating: translucent, so the grid shows through. */
	bands: readonly [string, string];
	bandText: string;
	/** The words on the axes; without it, Chart.js's own grey (the app's light page). */
	text?: string;
	/** The neutral (0) line, and the other lines of the scale. */
	zero: string;
	grid: string;
	/** Inside the desired line's points. */
	fill: string;
	/** A revisit's earlier curves, the latest visit's first; grey without it. */
	earlier?: readonly string[];
}

/** The app's own look: dark marks on its light page (step 8). */
export const CURVE_COLOURS: CurveColours = {
	line: '#1f3a5f',
	desired: '#1e6b3a',
	low: '#c0392b',
	gap: '#6c2d8a',
	point: '#1f3a5f',
	bands: ['rgba(31,58,95,0.07)', 'rgba(255,209,102,0.2)'],
	bandText: '#16202c',
	zero: '#8a8f98',
	grid: '#e3e0d8',
	fill: '#ffffff'
};

/**
 * The curve on another background (the projector, dark or light): its colours, one type size
 * for every word it draws, and, where the titles are written beside the chart, only the
 * touchpoints' numbers under the axis so the words can stay large.
 */
export interface CurveLook {
	colours: CurveColours;
	/** In pixels. */
	fontSize: number;
	numbered: boolean;
}

/** The earlier visits' colours, the latest first: the newer a curve, the darker it is drawn. */
export const EARLIER_COLOURS = ['#6b7584', '#9aa3af', '#bfc5cd'] as const;

/** The earlier colour of visit `index` of `count` (oldest first). */
export function earlierColour(index: number, count: number, colours?: CurveColours): string {
	const palette = colours?.earlier ?? EARLIER_COLOURS;
	return palette[Math.min(count - 1 - index, palette.length - 1)]!;
}
