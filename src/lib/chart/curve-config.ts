// What the emotion curve shows, as plain data: one point per touchpoint in timeline order,
// lows and gaps marked, phases as bands. Pure, so it is tested without a canvas.
import { isLow } from '$lib/domain/emotion';
import type { Phase, Touchpoint } from '$lib/domain/types';

export interface CurvePoint {
	label: string;
	score: number | null;
	gap: boolean;
	low: boolean;
	phaseIndex: number;
}

export interface CurveBand {
	name: string;
	from: number;
	to: number;
}

export interface CurveData {
	points: CurvePoint[];
	bands: CurveBand[];
}

/** Touchpoints ordered phase by phase, then as the room placed them. */
export function curveData(phases: readonly Phase[], touchpoints: readonly Touchpoint[]): CurveData {
	const phaseIndex = new Map(phases.map((p, i) => [p.id, i]));
	const ordered = touchpoints
		.filter((tp) => tp.title.trim())
		.map((tp) => ({ tp, phase: phaseIndex.get(tp.phaseId) ?? phases.length }))
		.sort((a, b) => a.phase - b.phase || a.tp.order - b.tp.order);
	const points = ordered.map(({ tp, phase }) => ({
		label: tp.title,
		score: tp.emotion,
		gap: tp.kind === 'gap',
		low: isLow(tp.emotion),
		phaseIndex: phase
	}));
	const bands: CurveBand[] = [];
	points.forEach((p, i) => {
		const last = bands.at(-1);
		if (last && p.phaseIndex === points[i - 1]?.phaseIndex) last.to = i;
		else bands.push({ name: phases[p.phaseIndex]?.name ?? '', from: i, to: i });
	});
	return { points, bands };
}

export const CURVE_COLOURS = {
	line: '#1f3a5f',
	low: '#c0392b',
	gap: '#8e44ad',
	point: '#1f3a5f',
	bands: ['rgba(31,58,95,0.07)', 'rgba(255,209,102,0.18)']
};
