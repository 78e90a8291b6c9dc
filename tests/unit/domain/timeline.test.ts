import { newRow } from '$lib/domain/factories';
import { timeline, timelineColumns } from '$lib/domain/timeline';

const phases = [
	{ id: 'b', name: 'Before' },
	{ id: 'd', name: 'During' }
];
const tp = (title: string, phaseId: string, order: number) => ({
	...newRow.touchpoints({ workshopId: 'w', order }),
	title,
	phaseId
});

describe('the timeline', () => {
	const rows = [tp('C', 'd', 0), tp('A', 'b', 3), tp('Lost', 'gone', 1), tp('B', 'b', 2)];

	it('goes phase by phase in the plan’s order, then by the room’s order within a phase', () => {
		expect(timeline(phases, rows).map((t) => t.title)).toEqual(['B', 'A', 'C', 'Lost']);
	});

	it('keeps touchpoints of a removed phase in a last column of their own', () => {
		const columns = timelineColumns(phases, rows);
		expect(columns.map((c) => [c.phase?.name ?? null, c.touchpoints.map((t) => t.title)])).toEqual([
			['Before', ['B', 'A']],
			['During', ['C']],
			[null, ['Lost']]
		]);
	});

	it('follows the phases when they are reordered', () => {
		expect(timeline([...phases].reverse(), rows).map((t) => t.title)).toEqual([
			'C',
			'B',
			'A',
			'Lost'
		]);
	});

	it('has an empty column for a phase with no touchpoints yet', () => {
		expect(timelineColumns(phases, []).map((c) => c.touchpoints)).toEqual([[], []]);
	});
});
