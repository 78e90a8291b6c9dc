// The emotion curve in the projector's theme: the chart draws on a canvas, where CSS variables do
// not reach, so the theme's colours are handed to it by value. The curve takes the same colours as
// the legend beside it (accent line, danger lows, gap diamonds) and the view's type size.
import type { CurveLook } from '$lib/chart/curve-config';
import { THEMES, type ProjectorTheme } from './themes';

/** The projector's body size in pixels (the frame sets it): no word on the chart is smaller. */
const PROJECTOR_FONT_SIZE = 28;

export function curveLook(theme: ProjectorTheme): CurveLook {
	const c = THEMES[theme];
	return {
		fontSize: PROJECTOR_FONT_SIZE,
		numbered: true,
		colours: {
			line: c.accent,
			desired: c.ok,
			low: c.danger,
			gap: c.gap,
			point: c.accent,
			// Translucent (#rrggbbaa), so the lines of the scale show through the phases.
			bands: [`${c.text}12`, `${c.amber}2e`],
			bandText: c.text,
			text: c.text,
			zero: c.border,
			grid: `${c.border}66`,
			fill: c.surface,
			// A revisit's earlier curves: the theme's muted colour, fainter the older they are.
			earlier: [c.muted, `${c.muted}99`, `${c.muted}66`]
		}
	};
}
