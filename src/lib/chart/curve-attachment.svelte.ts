// The attachment that puts the emotion curve on a <canvas>: the chart is built once, when
// Chart.js has loaded, and then follows the view and the keyboard's point in place, so scoring a
// touchpoint or pressing → redraws without building a new chart. Destroyed with the canvas.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { applyView, createCurveChart, showPoint, type CurveView, type LineChart } from './curve';

export function emotionCurve(
	view: () => CurveView,
	active: () => number | null
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: LineChart | undefined = $state.raw();
		let destroyed = false;
		const state = { view: untrack(view) };
		createCurveChart(canvas, state).then(
			(created) => {
				if (destroyed) created.destroy();
				else chart = created;
			},
			// Without a canvas to draw on (an old browser, a test page) the text and table remain.
			() => undefined
		);
		$effect(() => {
			const v = view();
			if (!chart) return;
			applyView(chart, state, v);
			showPoint(chart, untrack(active));
		});
		$effect(() => {
			const index = active();
			if (chart) showPoint(chart, index);
		});
		return () => {
			destroyed = true;
			chart?.destroy();
		};
	};
}
