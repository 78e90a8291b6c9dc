// The emotion curve on a canvas, with Chart.js: loaded only when a curve is shown (the emotions
// step), drawn without animation (a projector needs no motion), updated in place as the room
// scores, and driven from the keyboard as well as the mouse. The attachment that mounts it on a
// <canvas> is in curve-attachment.svelte.ts; everything here is plain Chart.js. Without a look the
// chart wears the app's light page; the projector passes its theme's colours and a larger type.
import type { ActiveElement, Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { EmotionScore } from '$lib/domain/types';
import { fitName, LINE, needsTwoLines, stripHeight, type Measure } from './band-names';
import {
	CURVE_COLOURS,
	earlierColour,
	pointStyle,
	type CurveBand,
	type CurveColours,
	type CurveData,
	type CurveLook
} from './curve-config';

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
	/** A revisit's earlier curves, oldest first, each on today's points (null: not there then). */
	earlier?: EarlierLine[];
	/** Colours and type for another background; the app's own look without it. */
	look?: CurveLook;
}

export interface EarlierLine {
	/** "Feeling on 12 March 2026": the legend's and the tooltip's name for it. */
	label: string;
	data: (EmotionScore | null)[];
	/** What the tooltip says for each point. */
	tips: string[];
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
	colours: CurveColours;
	/** Type size of the names, and the height of the strip they sit in. */
	font: number;
	strip: number;
}

const BAND_STRIP = 24;
const SCALE_TICKS = [-2, -1, 0, 1, 2];
const LABEL_SAMPLE = 40;

/** The size of one kind of words: the app's own, or the look's single size. */
const sizeOf = (view: CurveView, own: number) => view.look?.fontSize ?? own;
const coloursOf = (view: CurveView) => view.look?.colours ?? CURVE_COLOURS;
const stripOf = (view: CurveView) =>
	view.look ? Math.round(view.look.fontSize * 1.5) : BAND_STRIP;

const bandFont = (size: number) => `bold ${size}px system-ui, sans-serif`;

/** Each band's width in pixels over a chart area `area` px wide: every point has the same slot. */
function bandWidths(bands: readonly CurveBand[], count: number, area: number): number[] {
	return bands.map((b) => (area * (b.to - b.from + 1)) / count - 12);
}

/** The strip each chart was laid out with, so the names are drawn in the room it has. */
const strips = new WeakMap<Chart, number>();

/** Writes on the canvas how many of the points' labels the axis could draw (Chart.js skips
 *  labels that would overlap): the projector's pages are sized so that none is skipped, and its
 *  browser test reads this to prove it. */
const labelsShownPlugin: Plugin<'line'> = {
	id: 'labelsShown',
	afterLayout(chart) {
		const shown = chart.scales.x?.ticks.length ?? 0;
		chart.canvas.dataset.labelsShown = `${shown}/${chart.data.labels?.length ?? 0}`;
	}
};

/** Phases as labelled background bands behind the points, the names fitted to their bands. */
const bandsPlugin: Plugin<'line'> = {
	id: 'phaseBands',
	// Before the layout: a strip of two lines when a name needs them (a phase of one or two
	// touchpoints has a narrow band). The band widths come from the last layout, or an estimate.
	beforeLayout(chart, _args, options) {
		const o = options as Partial<BandOptions>;
		const { bands = [], names = [], count = 0, font = 15, strip = BAND_STRIP } = o;
		if (count === 0) return;
		const area = chart.chartArea?.width > 0 ? chart.chartArea.width : chart.width * 0.85;
		const ctx = chart.ctx;
		const measure: Measure = (text, size) => {
			ctx.font = bandFont(size);
			return ctx.measureText(text).width;
		};
		const two = needsTwoLines(names, bandWidths(bands, count, area), font, measure);
		const height = stripHeight(two ? 2 : 1, font, strip);
		strips.set(chart, height);
		const padding = chart.options.layout?.padding;
		if (typeof padding === 'object' && 'top' in padding) padding.top = height + 4;
	},
	beforeDatasetsDraw(chart, _args, options) {
		const {
			bands = [],
			names = [],
			count = 0,
			colours = CURVE_COLOURS,
			font = 15
		} = options as Partial<BandOptions>;
		const { ctx, chartArea, scales } = chart;
		const x = scales.x;
		if (!x || count === 0) return;
		const strip = strips.get(chart) ?? BAND_STRIP;
		const top = chartArea.top - strip;
		const measure: Measure = (text, size) => {
			ctx.font = bandFont(size);
			return ctx.measureText(text).width;
		};
		const lines = strip >= stripHeight(2, font, 0) ? 2 : 1;
		bands.forEach((band, i) => {
			const left = band.from === 0 ? chartArea.left : x.getPixelForValue(band.from - 0.5);
			const right = band.to >= count - 1 ? chartArea.right : x.getPixelForValue(band.to + 0.5);
			ctx.save();
			ctx.fillStyle = colours.bands[i % 2]!;
			ctx.fillRect(left, top, right - left, chartArea.bottom - top);
			ctx.beginPath();
			ctx.rect(left, top, right - left, strip);
			ctx.clip();
			const fitted = fitName(names[i] ?? band.name, right - left - 12, font, measure, lines);
			ctx.fillStyle = colours.bandText;
			ctx.font = bandFont(fitted.size);
			ctx.textBaseline = 'middle';
			const step = fitted.size * LINE;
			const first = top + strip / 2 - ((fitted.lines.length - 1) * step) / 2;
			fitted.lines.forEach((line, n) => ctx.fillText(line, left + 6, first + n * step));
			ctx.restore();
		});
	}
};

function datasets(view: CurveView): ChartDataset<'line', (number | null)[]>[] {
	const { points } = view.data;
	const colours = coloursOf(view);
	const styles = points.map((p) => pointStyle(p, colours));
	const current: ChartDataset<'line', (number | null)[]> = {
		label: view.lines.current,
		data: points.map((p) => p.score),
		borderColor: colours.line,
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
	const earlier = earlierDatasets(view, colours);
	if (!view.showDesired) return [current, ...earlier];
	const desired: ChartDataset<'line', (number | null)[]> = {
		label: view.lines.desired,
		data: points.map((p) => p.desired),
		borderColor: colours.desired,
		borderDash: [8, 6],
		borderWidth: 2.5,
		spanGaps: true,
		pointStyle: 'circle',
		pointRadius: 4,
		pointHoverRadius: 7,
		pointBackgroundColor: colours.fill,
		pointBorderColor: colours.desired,
		pointBorderWidth: 2,
		// Drawn over the current line.
		order: 0
	};
	return [current, desired, ...earlier];
}

/** A revisit's earlier curves: thin, dashed and grey, under today's. */
function earlierDatasets(
	view: CurveView,
	colours: CurveColours
): ChartDataset<'line', (number | null)[]>[] {
	const lines = view.earlier ?? [];
	return lines.map((line, i) => {
		const colour = earlierColour(i, lines.length, colours);
		return {
			label: line.label,
			data: line.data,
			borderColor: colour,
			borderDash: [3, 4],
			borderWidth: 2.5,
			spanGaps: true,
			cubicInterpolationMode: 'monotone',
			pointStyle: 'circle',
			pointRadius: 4,
			pointHoverRadius: 7,
			pointBackgroundColor: colour,
			pointBorderColor: colour,
			order: 2 + i
		};
	});
}

function bandOptions(view: CurveView): BandOptions {
	return {
		bands: view.data.bands,
		names: view.bandNames,
		count: view.data.points.length,
		colours: coloursOf(view),
		font: sizeOf(view, 15),
		strip: stripOf(view)
	};
}

/** Under the axis: the view's labels, or only the numbers when the titles are written beside. */
function labelsOf(view: CurveView): string[] {
	return view.look?.numbered ? view.data.points.map((p) => `${p.number}`) : view.labels;
}

/** The chart's configuration; the tooltips and the axis read `state.view`, the latest view. */
export function curveConfig(state: {
	view: CurveView;
}): ChartConfiguration<'line', (number | null)[], string> {
	const tip = (index: number) => state.view.tooltips[index];
	const view = state.view;
	const colours = coloursOf(view);
	// Chart.js keeps its own grey for the words unless a look brings a colour.
	const color = colours.text === undefined ? {} : { color: colours.text };
	return {
		type: 'line',
		data: { labels: labelsOf(view), datasets: datasets(view) },
		options: {
			animation: false,
			transitions: { active: { animation: { duration: 0 } } },
			maintainAspectRatio: false,
			layout: { padding: { top: stripOf(view) + 4, right: 12 } },
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
						...color,
						font: { size: sizeOf(view, 14) },
						callback: (value) => state.view.axis[Number(value) as EmotionScore] ?? ''
					},
					grid: { color: (c) => (c.tick.value === 0 ? colours.zero : colours.grid) }
				},
				x: {
					// Half a step of room at each end, so the first and last points are whole.
					offset: true,
					ticks: {
						...color,
						font: { size: sizeOf(view, 13) },
						maxRotation: 40,
						autoSkip: true,
						// How many labels fit is judged from a sample, not by measuring all of a
						// long map's hundreds: they are numbers then, all about as wide.
						sampleSize: LABEL_SAMPLE
					},
					grid: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					titleFont: { size: sizeOf(view, 16) },
					bodyFont: { size: sizeOf(view, 15) },
					padding: 10,
					// The feeling now first, then the desired one (drawing order puts it on top).
					itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
					callbacks: {
						title: (items) => tip(items[0]?.dataIndex ?? 0)?.title ?? '',
						label: (item) => {
							const { showDesired, earlier } = state.view;
							if (item.datasetIndex === 0) return tip(item.dataIndex)?.current ?? '';
							if (showDesired && item.datasetIndex === 1) return tip(item.dataIndex)?.desired ?? '';
							const line = earlier?.[item.datasetIndex - (showDesired ? 2 : 1)];
							return line?.tips[item.dataIndex] ?? '';
						}
					}
				},
				// @ts-expect-error — our own plugin's options
				phaseBands: bandOptions(view)
			}
		},
		plugins: [bandsPlugin, labelsShownPlugin]
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
	const newLook = view.look !== state.view.look;
	state.view = view;
	chart.data.labels = labelsOf(view);
	chart.data.datasets = datasets(view);
	// A new look (the projector's theme switched) re-dresses the axes as well.
	if (newLook) chart.options = curveConfig(state).options!;
	const plugins = chart.options.plugins as Record<string, unknown> | undefined;
	if (plugins) plugins.phaseBands = bandOptions(view);
	chart.update('none');
}

/** Shows point `index` as hovered, with its tooltip, on every line that has a value there. */
export function showPoint(chart: LineChart, index: number | null) {
	// Nothing shown and nothing to show: no redraw, which costs milliseconds on a long map.
	if (index === null && chart.getActiveElements().length === 0) return;
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
