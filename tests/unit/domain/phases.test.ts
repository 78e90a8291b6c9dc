import {
	defaultTargetId,
	mergeNotes,
	noteGroups,
	phaseProblems,
	phaseUsage,
	planPhaseRemoval,
	touchpointCounts
} from '$lib/domain/phases';
import type { Phase } from '$lib/domain/types';
import { blankWorkshop, interview, touchpoint } from './helpers';

const phases: Phase[] = [
	{ id: 'b', name: 'Before' },
	{ id: 'd', name: 'During' },
	{ id: 'a', name: 'After' }
];

function holders() {
	const d = blankWorkshop();
	return {
		touchpoints: [
			touchpoint(0, { id: 't1', phaseId: 'd' }),
			touchpoint(1, { id: 't2', phaseId: 'd' }),
			touchpoint(2, { id: 't3', phaseId: 'a' })
		],
		interviews: [
			interview(d, 0, { id: 'i1', notes: { b: 'Asked a colleague', d: 'Waited a week' } }),
			interview(d, 1, { id: 'i2', notes: { d: '   ' } }),
			interview(d, 2, { id: 'i3', notes: { a: 'Happy' } })
		]
	};
}

describe('phaseUsage', () => {
	it('counts touchpoints in the phase and interviews with a non-blank note under it', () => {
		const data = holders();
		expect(phaseUsage(data, 'd')).toEqual({ touchpoints: 2, notes: 1 });
		expect(phaseUsage(data, 'b')).toEqual({ touchpoints: 0, notes: 1 });
		expect(phaseUsage(data, 'x')).toEqual({ touchpoints: 0, notes: 0 });
	});

	it('counts touchpoints per phase', () => {
		const counts = touchpointCounts(holders().touchpoints);
		expect(counts.get('d')).toBe(2);
		expect(counts.get('a')).toBe(1);
		expect(counts.get('b')).toBeUndefined();
	});
});

describe('phaseProblems', () => {
	it('flags blank names and names used twice, ignoring case, edges and spacing', () => {
		const problems = phaseProblems([
			{ id: '1', name: 'Need' },
			{ id: '2', name: '  ' },
			{ id: '3', name: 'first  use' },
			{ id: '4', name: ' First Use ' },
			{ id: '5', name: '' },
			{ id: '6', name: 'Delivery' }
		]);
		expect([...problems]).toEqual([
			['2', 'empty'],
			['3', 'duplicate'],
			['4', 'duplicate'],
			['5', 'empty']
		]);
	});

	it('finds nothing in distinct names', () => {
		expect(phaseProblems(phases).size).toBe(0);
	});
});

describe('mergeNotes', () => {
	it('appends after a blank line and never overwrites', () => {
		expect(mergeNotes('Slow answer', 'No status')).toBe('Slow answer\n\nNo status');
		expect(mergeNotes('Slow answer\n', '\nNo status')).toBe('Slow answer\n\nNo status');
	});

	it('keeps one side as typed when the other is blank', () => {
		expect(mergeNotes('', 'No status ')).toBe('No status ');
		expect(mergeNotes(' Slow', '  ')).toBe(' Slow');
	});
});

describe('defaultTargetId', () => {
	it('is the phase before, or the one after for the first', () => {
		expect(defaultTargetId(phases, 1)).toBe('b');
		expect(defaultTargetId(phases, 2)).toBe('d');
		expect(defaultTargetId(phases, 0)).toBe('d');
		expect(defaultTargetId(phases.slice(0, 1), 0)).toBeUndefined();
	});
});

describe('planPhaseRemoval', () => {
	it('moves the touchpoints to the target; notes are not part of it (they stay with their phase)', () => {
		const data = holders();
		const removal = planPhaseRemoval(phases, data, 'd', 'b')!;
		expect(removal).toEqual({
			phase: { id: 'd', name: 'During' },
			index: 1,
			targetId: 'b',
			touchpointIds: ['t1', 't2']
		});
	});

	it('does not touch the data it reads', () => {
		const data = holders();
		planPhaseRemoval(phases, data, 'd', 'b');
		expect(data.interviews[0]!.notes).toEqual({ b: 'Asked a colleague', d: 'Waited a week' });
		expect(data.touchpoints[0]!.phaseId).toBe('d');
	});

	it('refuses an unknown phase or target, the phase itself, and the last phase', () => {
		const data = holders();
		expect(planPhaseRemoval(phases, data, 'x', 'b')).toBeUndefined();
		expect(planPhaseRemoval(phases, data, 'd', 'x')).toBeUndefined();
		expect(planPhaseRemoval(phases, data, 'd', 'd')).toBeUndefined();
		expect(planPhaseRemoval(phases.slice(0, 1), data, 'b', 'b')).toBeUndefined();
	});
});

describe('noteGroups', () => {
	const iv = (notes: Record<string, string>, notePhases: Record<string, string> = {}) => ({
		notes,
		notePhases
	});

	it('follows the phase id through a rename, and says what the phase was called then', () => {
		const renamed = [{ id: 'b', name: 'Need' }, ...phases.slice(1)];
		const groups = noteGroups(renamed, iv({ b: 'Asked a colleague' }, { b: 'Before' }));
		expect(groups).toEqual([
			{ phaseId: 'b', phase: renamed[0], writtenAs: 'Before', text: 'Asked a colleague' }
		]);
	});

	it('orders notes as the plan orders its phases, whatever order they were written in', () => {
		const groups = noteGroups(phases, iv({ a: 'Happy', b: 'Asked', d: 'Waited' }));
		expect(groups.map((g) => [g.phase?.name, g.writtenAs, g.text])).toEqual([
			['Before', '', 'Asked'],
			['During', '', 'Waited'],
			['After', '', 'Happy']
		]);
	});

	it('keeps the notes of a removed phase, last, with the name it had', () => {
		const left = [phases[0]!, phases[2]!];
		const groups = noteGroups(
			left,
			iv({ d: 'Waited a week', gone: 'No name known', b: ' ' }, { d: 'During' })
		);
		expect(groups.map((g) => [g.phase?.name ?? null, g.writtenAs, g.text])).toEqual([
			[null, 'During', 'Waited a week'],
			[null, '', 'No name known']
		]);
	});

	it('with everyPhase: a box for every phase, and a removed phase even when emptied', () => {
		const groups = noteGroups(phases.slice(0, 2), iv({ a: '' }, { a: 'After' }), true);
		expect(groups.map((g) => [g.phaseId, g.text])).toEqual([
			['b', ''],
			['d', ''],
			['a', '']
		]);
	});
});
