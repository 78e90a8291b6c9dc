// Revisiting a journey: what the next visit carries over (under new ids, linked back), and how a
// chain of visits compares: earlier curves on today's touchpoints, moved, new and removed
// touchpoints, the earlier actions and the measures then and now.
import { exampleWorkshop } from '$lib/domain/example';
import { compareVisits, makeRevisit, movedMark, visitDate } from '$lib/domain/revisit';
import type { WorkshopData } from '$lib/domain/types';

const NOW = new Date('2026-03-01T10:00:00.000Z');
let n = 0;
const ids = () => `id-${++n}`;

function first(): WorkshopData {
	const data = exampleWorkshop('en', new Date(2025, 10, 6, 9));
	data.workshop.improve.reviewDate = '2026-02-10';
	return data;
}

const scored = (d: WorkshopData) => d.touchpoints.filter((tp) => tp.emotion !== null);
const byTitle = (d: WorkshopData, title: string) => d.touchpoints.find((tp) => tp.title === title)!;

describe('makeRevisit', () => {
	it('carries scope, stakeholders, personas, phases and touchpoints under new ids, linked back', () => {
		const earlier = first();
		const next = makeRevisit(earlier, { keepScores: true, ids, now: NOW });
		const w = next.workshop;
		expect(w.id).not.toBe(earlier.workshop.id);
		expect(w.journey).toEqual(earlier.workshop.journey);
		expect(w.revisit).toEqual({
			of: earlier.workshop.id,
			ofDate: earlier.workshop.date,
			ofName: earlier.workshop.journey.name
		});
		expect(w.date).toBe('2026-02-10');
		expect(w.plan.phases.map((p) => p.name)).toEqual(
			earlier.workshop.plan.phases.map((p) => p.name)
		);
		expect(next.stakeholders.map((s) => s.name)).toEqual(earlier.stakeholders.map((s) => s.name));
		expect(next.personas.map((p) => p.name)).toEqual(earlier.personas.map((p) => p.name));
		const oldIds = new Set([
			...earlier.touchpoints.map((tp) => tp.id),
			...earlier.stakeholders.map((s) => s.id),
			...earlier.workshop.plan.phases.map((p) => p.id)
		]);
		for (const tp of next.touchpoints) {
			expect(oldIds.has(tp.id)).toBe(false);
			expect(tp.workshopId).toBe(w.id);
			// The phase and the owner are the new workshop's own.
			expect(w.plan.phases.some((p) => p.id === tp.phaseId)).toBe(true);
			if (tp.ownerId) expect(next.stakeholders.some((s) => s.id === tp.ownerId)).toBe(true);
			expect(tp.evidence).toEqual([]);
		}
		expect(next.touchpoints.map((tp) => tp.carriedFrom)).toEqual(
			earlier.touchpoints.map((tp) => tp.id)
		);
		expect(next.touchpoints.map((tp) => tp.emotion)).toEqual(
			earlier.touchpoints.map((tp) => tp.emotion)
		);
		// The room's own work of that day stays with it.
		expect(next.interviews).toEqual([]);
		expect(next.opportunities).toEqual([]);
		expect(next.actions).toEqual([]);
		expect(w.machine).toBeNull();
		expect(w.improve.reviewDate).toBe('');
		expect(w.improve.measures.map((m) => m.carriedFrom)).toEqual(
			earlier.workshop.improve.measures.map((m) => m.id)
		);
		expect(w.improve.measures.every((m) => m.current === '')).toBe(true);
	});

	it('starts unscored when asked, and on today when no review date was set', () => {
		const earlier = first();
		earlier.workshop.improve.reviewDate = '';
		const next = makeRevisit(earlier, { keepScores: false, ids, now: NOW });
		expect(scored(earlier).length).toBeGreaterThan(0);
		expect(scored(next)).toEqual([]);
		expect(next.touchpoints.every((tp) => tp.emotionReason === '')).toBe(true);
		expect(next.workshop.date).toBe('2026-03-01');
	});

	it('leaves the earlier workshop as it was', () => {
		const earlier = first();
		const before = structuredClone(earlier);
		makeRevisit(earlier, { keepScores: true, ids, now: NOW });
		expect(earlier).toEqual(before);
	});
});

describe('compareVisits', () => {
	function threeVisits() {
		const one = first();
		const two = makeRevisit(one, { keepScores: true, ids, now: NOW });
		two.workshop.updatedAt = '2026-02-10T12:00:00.000Z';
		const three = makeRevisit(two, { keepScores: true, ids, now: new Date('2026-06-01') });
		return { one, two, three };
	}

	it('says nothing moved on a first visit', () => {
		const c = compareVisits([first()]);
		expect(c).toMatchObject({ visits: [], previous: null, moved: [], missing: null });
	});

	it('maps every earlier curve onto today’s touchpoints through the chain', () => {
		const { one, two, three } = threeVisits();
		const form = 'Request form in the IT portal';
		byTitle(one, form).emotion = -2;
		byTitle(two, form).emotion = 0;
		byTitle(three, form).emotion = 2;
		const c = compareVisits([one, two, three]);
		expect(c.visits.map((v) => v.date)).toEqual([visitDate(one.workshop), '2026-02-10']);
		const id = byTitle(three, form).id;
		expect(c.visits.map((v) => v.scores[id])).toEqual([-2, 0]);
		expect(c.moved.find((m) => m.id === id)).toMatchObject({ before: 0, now: 2, change: 2 });
	});

	it('names moved touchpoints up and down, new and removed ones', () => {
		const { two, three } = threeVisits();
		const [a, b, c] = three.touchpoints.filter((tp) => tp.emotion !== null);
		a!.emotion = a!.emotion === 2 ? 1 : 2;
		b!.emotion = b!.emotion === -2 ? -1 : -2;
		const gone = three.touchpoints.splice(three.touchpoints.indexOf(c!), 1)[0]!;
		three.touchpoints.push({
			...structuredClone(a!),
			id: 'fresh',
			title: 'Chat bot',
			carriedFrom: undefined
		});
		const result = compareVisits([two, three]);
		expect(result.moved.map((m) => m.title).sort()).toEqual([a!.title, b!.title].sort());
		expect(result.moved.find((m) => m.id === b!.id)!.change).toBeLessThan(0);
		expect(result.added).toEqual([{ id: 'fresh', title: 'Chat bot' }]);
		expect(result.removed).toEqual([{ id: gone.carriedFrom, title: gone.title }]);
	});

	it('lists the earlier actions with done or not, and the measures then and now', () => {
		const { one, two } = threeVisits();
		one.actions[0]!.status = 'done';
		two.workshop.improve.measures[0]!.current = '3 a week';
		const c = compareVisits([one, two]);
		expect(c.actions).toHaveLength(one.actions.length);
		expect(c.actions[0]).toMatchObject({ title: one.actions[0]!.title, done: true });
		expect(c.actions.slice(1).every((a) => !a.done)).toBe(true);
		expect(c.measures[0]).toEqual({
			id: two.workshop.improve.measures[0]!.id,
			name: one.workshop.improve.measures[0]!.name,
			earlier: one.workshop.improve.measures[0]!.current,
			now: '3 a week',
			target: one.workshop.improve.measures[0]!.target
		});
	});

	it('says when the earlier workshop is missing, and everything else is empty', () => {
		const { two } = threeVisits();
		const c = compareVisits([two]);
		expect(c.missing).toEqual(two.workshop.revisit);
		expect(c.visits).toEqual([]);
		expect(c.removed).toEqual([]);
	});

	it('marks a move with an arrow and the difference', () => {
		expect(movedMark(2)).toBe('↑ +2');
		expect(movedMark(-1)).toBe('↓ −1');
	});
});
