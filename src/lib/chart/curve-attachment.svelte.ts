// The attachment that puts the emotion curve on a <canvas>: the chart is built once, after the
// step around it has been painted, in the browser's first idle moment (Chart.js takes tens of
// milliseconds for a long map, and the room should see the step's heading and rows at once, the
// curve a frame later in the box kept for it), and then follows the view and the keyboard's point in place, so scoring a touchpoint
// or pressing → redraws without building a new chart. Destroyed with the canvas.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { afterPaint, whenIdle } from '$lib/after-paint';
import { applyView, createCurveChart, showPoint, type CurveView, type LineChart } from './curve';

/** The longest the curve waits for the browser to be idle after the step is painted. */
const IDLE_WAIT_MS = 100;

export function emotionCurve(
	view: () => CurveView,
	active: () => number | null
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: LineChart | undefined = $state.raw();
		let destroyed = false;
		/** The view the chart shows; the view (its words for every point) is read only to build
		 *  the chart, after the paint, not in the frame that shows the step. */
		let state: { view: CurveView } | undefined;
		const build = () => {
			const built = { view: untrack(view) };
			createCurveChart(canvas, built).then(
				(created) => {
					if (destroyed) return created.destroy();
					state = built;
					chart = created;
				},
				// Without a canvas to draw on (an old browser, a test page) the text and table remain.
				() => undefined
			);
		};
		let cancel = afterPaint(() => (cancel = whenIdle(build, IDLE_WAIT_MS)));
		$effect(() => {
			if (!chart || !state) return;
			const v = view();
			// Built with this view already: drawing it again would only cost time.
			if (v === state.view) return;
			applyView(chart, state, v);
			showPoint(chart, untrack(active));
		});
		$effect(() => {
			const index = active();
			if (chart) showPoint(chart, index);
		});
		return () => {
			destroyed = true;
			cancel();
			chart?.destroy();
		};
	};
}
