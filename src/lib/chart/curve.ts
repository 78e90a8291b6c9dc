// The emotion curve on a canvas: a Svelte attachment that loads Chart.js only when a curve is
// shown, draws without animation (a projector needs no motion), and is destroyed with the node.
import type { Chart, Plugin } from 'chart.js';
import { CURVE_COLOURS, type CurveData } from './curve-config';

const bandsPlugin: Plugin<'line'> = {
	id: 'phaseBands',
	beforeDatasetsDraw(chart, _args, options) {
		const { ctx, chartArea, scales } = chart;
		const bands = (options as { bands?: CurveData['bands'] }).bands ?? [];
		const x = scales.x!;
		bands.forEach((band, i) => {
			const left = band.from === 0 ? chartArea.left : x.getPixelForValue(band.from - 0.5);
			const right = band.to === x.max ? chartArea.right : x.getPixelForValue(band.to + 0.5);
			ctx.save();
			ctx.fillStyle = CURVE_COLOURS.bands[i % 2]!;
			ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
			ctx.fillStyle = '#333';
			ctx.font = 'bold 16px system-ui, sans-serif';
			ctx.fillText(band.name, left + 8, chartArea.top + 20);
			ctx.restore();
		});
	}
};

export function emotionCurve(data: CurveData) {
	return (canvas: HTMLCanvasElement) => {
		let chart: Chart<'line'> | undefined;
		let cancelled = false;
		void import('chart.js/auto').then(({ default: ChartJs }) => {
			if (cancelled) return;
			const { points } = data;
			chart = new ChartJs(canvas, {
				type: 'line',
				data: {
					labels: points.map((p, i) => shorten(`${i + 1}. ${p.label}`)),
					datasets: [
						{
							data: points.map((p) => p.score),
							borderColor: CURVE_COLOURS.line,
							borderWidth: 3,
							spanGaps: true,
							cubicInterpolationMode: 'monotone',
							pointRadius: points.map((p) => (p.low || p.gap ? 8 : 5)),
							pointStyle: points.map((p) => (p.gap ? 'rectRot' : 'circle')),
							pointBackgroundColor: points.map((p) =>
								p.gap ? CURVE_COLOURS.gap : p.low ? CURVE_COLOURS.low : CURVE_COLOURS.point
							)
						}
					]
				},
				options: {
					animation: false,
					maintainAspectRatio: false,
					scales: {
						y: { min: -2, max: 2, ticks: { stepSize: 1, font: { size: 16 } } },
						x: { ticks: { display: points.length <= 20, font: { size: 13 } } }
					},
					plugins: {
						legend: { display: false },
						// @ts-expect-error — our own plugin's options
						phaseBands: { bands: data.bands }
					}
				},
				plugins: [bandsPlugin]
			});
		});
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	};
}

function shorten(label: string, max = 28) {
	return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
