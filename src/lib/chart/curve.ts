// The emotion curve on a canvas, with Chart.js: loaded only when a curve is shown (the emotions
// step), drawn without animation (a projector needs no motion), updated in place as the room
// scores, and driven from the keyboard as well as the mouse. The attachment that mounts it on a
// <canvas> is in curve-attachment.svelte.ts; everything here is plain Chart.js.
import type { ActiveElement, Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { EmotionScore } from '$lib/domain/types';
import { CURVE_COLOURS, pointStyle, type CurveBand, type CurveData } from './curve-config';

/** Everything the chart draws, already in words: the component translates, the chart draws. */
export interface CurveView {
	data: CurveData;
	showDesired: boolean;
	/** The five words of the scale, for the y axis. */
	axis: Record<EmotionScore, string>;
	/** Short labels under the x axis, one per point. */
	labels: string[];
	/** Each band's name (the phase, or "No phase"). */
	bandNames: string[];
	/** What the tooltip says for each point. */
	tooltips: { title: string; current: string; desired: string }[];
	lines: { current: string; desired: string };
}

type LineChart = Chart<'line', (number | null)[], string>;
type ChartClass = new (
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<'line', (number | null)[], string>
) => LineChart;

interface BandOptions {
	bands: CurveBand[];
	names: string[];
	count: number;
}

const BAND_STRIP = 24;
const SCALE_TICKS = [-2, -1, 0, 1, 2];

/** Phases as labelled background bands behind the points. */
const bandsPlugin: Plugin<'line'> = {
	id: 'phaseBands',
	beforeDatasetsDraw(chart, _args, options) {
		const { bands = [], names = [], count = 0 } = options as Partial<BandOptions>;
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		if (!x || count === 0) return;
		const top = chartArea.top - BAND_STRIP;
		bands.forEach((band, i) => {
			const left = band.from === 0 ? chartArea.left : x.getPixelForValue(band.from - 0.5);
			const right = band.to >= count - 1 ? chartArea.right : x.getPixelForValue(band.to + 0.5);
			ctx.save();
			ctx.fillStyle = CURVE_COLOURS.bands[i % 2]!;
			ctx.fillRect(left, top, right - left, chartArea.bottom - top);
			ctx.beginPath();
			ctx.rect(left, top, right - left, BAND_STRIP);
			ctx.clip();
			ctx.fillStyle = CURVE_COLOURS.bandText;
			ctx.font = 'bold 15px system-ui, sans-serif';
			ctx.textBaseline = 'middle';
			ctx.fillText(names[i] ?? band.name, left + 6, top + BAND_STRIP / 2);
			ctx.restore();
		});
	}
};

function datasets(view: CurveView): ChartDataset<'line', (number | null)[]>[] {
	const { points } = view.data;
	const styles = points.map(pointStyle);
	const current: ChartDataset<'line', (number | null)[]> = {
		label: view.lines.current,
		data: points.map((p) => p.score),
		borderColor: CURVE_COLOURS.line,
		borderWidth: 3,
		spanGaps: true,
		cubicInterpolationMode: 'monotone',
		pointStyle: styles.map((s) => s.shape),
		pointRadius: styles.map((s) => s.radius),
		pointHoverRadius: styles.map((s) => s.radius + 3),
		pointBackgroundColor: styles.map((s) => s.colour),
		pointBorderColor: styles.map((s) => s.colour),
		order: 1
	};
	if (!view.showDesired) return [current];
	const desired: ChartDataset<'line', (number | null)[]> = {
		label: view.lines.desired,
		data: points.map((p) => p.desired),
		borderColor: CURVE_COLOURS.desired,
		borderDash: [8, 6],
		borderWidth: 2.5,
		spanGaps: true,
		pointStyle: 'circle',
		pointRadius: 4,
		pointHoverRadius: 7,
		pointBackgroundColor: '#ffffff',
		pointBorderColor: CURVE_COLOURS.desired,
		pointBorderWidth: 2,
		// Drawn over the current line.
		order: 0
	};
	return [current, desired];
}

function bandOptions(view: CurveView): BandOptions {
	return { bands: view.data.bands, names: view.bandNames, count: view.data.points.length };
}

/** The chart's configuration; the tooltips and the axis read `state.view`, the latest view. */
export function curveConfig(state: {
	view: CurveView;
}): ChartConfiguration<'line', (number | null)[], string> {
	const tip = (index: number) => state.view.tooltips[index];
	return {
		type: 'line',
		data: { labels: state.view.labels, datasets: datasets(state.view) },
		options: {
			animation: false,
			transitions: { active: { animation: { duration: 0 } } },
			maintainAspectRatio: false,
			layout: { padding: { top: BAND_STRIP + 4, right: 12 } },
			interaction: { mode: 'index', intersect: false },
			scales: {
				y: {
					// Room beyond ±2 so the points at the ends of the scale are drawn whole.
					min: -2.4,
					max: 2.4,
					afterBuildTicks: (axis) => {
						axis.ticks = SCALE_TICKS.map((value) => ({ value }));
					},
					ticks: {
						font: { size: 14 },
						callback: (value) => state.view.axis[Number(value) as EmotionScore] ?? ''
					},
					grid: { color: (c) => (c.tick.value === 0 ? '#8a8f98' : '#e3e0d8') }
				},
				x: {
					// Half a step of room at each end, so the first and last points are whole.
					offset: true,
					ticks: { font: { size: 13 }, maxRotation: 40, autoSkip: true },
					grid: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					titleFont: { size: 16 },
					bodyFont: { size: 15 },
					padding: 10,
					// The feeling now first, then the desired one (drawing order puts it on top).
					itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
					callbacks: {
						title: (items) => tip(items[0]?.dataIndex ?? 0)?.title ?? '',
						label: (item) =>
							(item.datasetIndex === 0
								? tip(item.dataIndex)?.current
								: tip(item.dataIndex)?.desired) ?? ''
					}
				},
				// @ts-expect-error — our own plugin's options
				phaseBands: bandOptions(state.view)
			}
		},
		plugins: [bandsPlugin]
	};
}

/** Loads Chart.js (once; the browser caches the module) and draws the curve on `canvas`. */
export async function createCurveChart(canvas: HTMLCanvasElement, state: { view: CurveView }) {
	const { default: ChartJs } = await import('chart.js/auto');
	try {
		return new (ChartJs as unknown as ChartClass)(canvas, curveConfig(state));
	} catch (error) {
		// Half built (no ResizeObserver, no 2D context): leave the canvas clean for the next try.
		ChartJs.getChart(canvas)?.destroy();
		throw error;
	}
}

/** Redraws the chart for a new view, in place: no flicker, no new chart. */
export function applyView(chart: LineChart, state: { view: CurveView }, view: CurveView) {
	state.view = view;
	chart.data.labels = view.labels;
	chart.data.datasets = datasets(view);
	const plugins = chart.options.plugins as Record<string, unknown> | undefined;
	if (plugins) plugins.phaseBands = bandOptions(view);
	chart.update('none');
}

/** Shows point `index` as hovered, with its tooltip, on every line that has a value there. */
export function showPoint(chart: LineChart, index: number | null) {
	const active: ActiveElement[] = [];
	if (index !== null) {
		chart.data.datasets.forEach((ds, datasetIndex) => {
			const element = chart.getDatasetMeta(datasetIndex).data[index];
			if (ds.data[index] != null && element) active.push({ datasetIndex, index, element });
		});
	}
	const anchor = active[0]?.element;
	chart.setActiveElements(active);
	chart.tooltip?.setActiveElements(active, { x: anchor?.x ?? 0, y: anchor?.y ?? 0 });
	chart.update('none');
}

export type { LineChart };
