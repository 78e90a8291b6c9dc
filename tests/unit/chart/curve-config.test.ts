import { curveData, movePoint, pointStyle, CURVE_COLOURS } from '$lib/chart/curve-config';
import { newRow } from '$lib/domain/factories';
import type { Touchpoint } from '$lib/domain/types';

const phases = [
	{ id: 'b', name: 'Before' },
	{ id: 'd', name: 'During' },
	{ id: 'a', name: 'After' }
];

function tp(
	title: string,
	phaseId: string,
	order: number,
	p: Partial<Touchpoint> = {}
): Touchpoint {
	return { ...newRow.touchpoints({ workshopId: 'w', order }), title, phaseId, ...p };
}

// Stored in the room's order of entry, not in timeline order.
const touchpoints = [
	tp('Delivery', 'd', 4, { emotion: 1, desiredEmotion: 2 }),
	tp('Request form', 'b', 1, { emotion: 1 }),
	tp('Waiting with no status', 'd', 3, { kind: 'gap', emotion: -2, desiredEmotion: 0 }),
	tp('Advert', 'b', 0, { emotion: 0 }),
	tp('Confirmation e-mail', 'd', 2, { emotion: -1, desiredEmotion: 1 }),
	tp('   ', 'd', 5, { emotion: -2 }),
	tp('Lost phase', 'gone', 6, { emotion: null }),
	tp('Follow-up call', 'a', 7, { emotion: -2 })
];

describe('curveData', () => {
	const data = curveData(phases, touchpoints);

	it('has one point per titled touchpoint, in timeline order, numbered from 1', () => {
		expect(data.points.map((p) => [p.number, p.label])).toEqual([
			[1, 'Advert'],
			[2, 'Request form'],
			[3, 'Confirmation e-mail'],
			[4, 'Waiting with no status'],
			[5, 'Delivery'],
			[6, 'Follow-up call'],
			[7, 'Lost phase']
		]);
		expect(data.points.map((p) => p.id)).toEqual(
			[3, 1, 4, 2, 0, 7, 6].map((i) => touchpoints[i]!.id)
		);
	});

	it('follows the phases when the plan reorders them', () => {
		const swapped = curveData([phases[2]!, phases[0]!, phases[1]!], touchpoints);
		expect(swapped.points.map((p) => p.label).slice(0, 3)).toEqual([
			'Follow-up call',
			'Advert',
			'Request form'
		]);
	});

	it('gives each phase with points a band, and the lost touchpoints a band with no name', () => {
		expect(data.bands).toEqual([
			{ name: 'Before', from: 0, to: 1, phaseIndex: 0 },
			{ name: 'During', from: 2, to: 4, phaseIndex: 1 },
			{ name: 'After', from: 5, to: 5, phaseIndex: 2 },
			{ name: '', from: 6, to: 6, phaseIndex: 3 }
		]);
		expect(data.points.map((p) => p.phaseName)).toEqual([
			'Before',
			'Before',
			'During',
			'During',
			'During',
			'After',
			''
		]);
	});

	it('skips empty phases', () => {
		const some = curveData(phases, [tp('A', 'b', 0), tp('B', 'a', 1)]);
		expect(some.bands.map((b) => [b.name, b.from, b.to])).toEqual([
			['Before', 0, 0],
			['After', 1, 1]
		]);
	});

	it('marks lows (−1 and −2) and gaps', () => {
		expect(data.points.filter((p) => p.low).map((p) => p.label)).toEqual([
			'Confirmation e-mail',
			'Waiting with no status',
			'Follow-up call'
		]);
		expect(data.points.filter((p) => p.gap).map((p) => p.label)).toEqual([
			'Waiting with no status'
		]);
	});

	it('carries the current and the desired line, null where nothing is set', () => {
		expect({
			current: data.points.map((p) => p.score),
			desired: data.points.map((p) => p.desired)
		}).toEqual({
			current: [0, 1, -1, -2, 1, -2, null],
			desired: [null, null, 1, 0, 2, null, null]
		});
	});

	it('sums up what the text alternative says', () => {
		expect(data.summary).toMatchObject({
			count: 7,
			scored: 6,
			lows: 3,
			gaps: 1,
			withDesired: 3,
			belowDesired: 3
		});
		// Two points share −2: the first on the timeline is the lowest.
		expect(data.summary.lowest?.label).toBe('Waiting with no status');
	});

	it('has no lowest point without lows, and nothing to sum up without touchpoints', () => {
		expect(curveData(phases, [tp('A', 'b', 0, { emotion: 0 })]).summary.lowest).toBeNull();
		expect(curveData(phases, []).summary).toEqual({
			count: 0,
			scored: 0,
			lows: 0,
			gaps: 0,
			lowest: null,
			withDesired: 0,
			belowDesired: 0
		});
	});
});

describe('pointStyle', () => {
	const [advert, , confirmation, waiting] = curveData(phases, touchpoints).points;

	it('draws gaps as diamonds, lows in red, the rest as dots', () => {
		expect(pointStyle(advert!)).toMatchObject({ shape: 'circle', colour: CURVE_COLOURS.point });
		expect(pointStyle(confirmation!)).toMatchObject({ shape: 'circle', colour: CURVE_COLOURS.low });
		expect(pointStyle(waiting!)).toMatchObject({ shape: 'rectRot', colour: CURVE_COLOURS.low });
		const quietGap = curveData(phases, [tp('No news', 'b', 0, { kind: 'gap', emotion: 0 })]);
		expect(pointStyle(quietGap.points[0]!)).toMatchObject({
			shape: 'rectRot',
			colour: CURVE_COLOURS.gap
		});
		expect(pointStyle(waiting!).radius).toBeGreaterThan(pointStyle(advert!).radius);
	});
});

describe('movePoint', () => {
	it('walks the points with ← → and jumps with Home / End, never past the ends', () => {
		expect(movePoint(null, 'ArrowRight', 5)).toBe(0);
		expect(movePoint(null, 'ArrowLeft', 5)).toBe(4);
		expect(movePoint(2, 'ArrowRight', 5)).toBe(3);
		expect(movePoint(2, 'ArrowLeft', 5)).toBe(1);
		expect(movePoint(4, 'ArrowRight', 5)).toBe(4);
		expect(movePoint(0, 'ArrowLeft', 5)).toBe(0);
		expect(movePoint(2, 'Home', 5)).toBe(0);
		expect(movePoint(2, 'End', 5)).toBe(4);
		expect(movePoint(2, 'a', 5)).toBeNull();
		expect(movePoint(null, 'ArrowRight', 0)).toBeNull();
	});
});
