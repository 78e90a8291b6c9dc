// A workshop copied under fresh ids: nothing in the copy keeps an id of the original, every
// reference between its parts is rewritten to the copy's own part, and the original is untouched.
import { copyWorkshop } from '$lib/domain/copy-workshop';
import { exampleWorkshop } from '$lib/domain/example';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';

function original(): WorkshopData {
	const data = exampleWorkshop('en', new Date(2025, 4, 6, 9));
	data.workshop.preparation.invitees = [data.stakeholders[0]!.id, data.stakeholders[3]!.id];
	data.workshop.machine = { machineVersion: 1, step: 'plan', snapshot: { value: 'plan' } };
	return data;
}

/** Every id a workshop defines: the record, its rows, and the parts of the record with ids. */
function definedIds(d: WorkshopData): string[] {
	const w = d.workshop;
	return [
		w.id,
		...LIST_NAMES.flatMap((n) => d[n].map((r) => r.id)),
		...w.plan.phases.map((p) => p.id),
		...w.experience.ambitions.map((a) => a.id),
		...w.experience.measures.map((m) => m.id),
		...w.improve.feedback.map((f) => f.id),
		...w.improve.measures.map((m) => m.id)
	];
}

let n = 0;
const counter = () => `new-${++n}`;
const NOW = new Date('2025-06-01T10:00:00.000Z');

describe('copyWorkshop', () => {
	it('gives the workshop, every row and every part a fresh id, and the new name', () => {
		const data = original();
		const copy = copyWorkshop(data, 'Laptop (copy)', NOW, counter);
		const before = new Set(definedIds(data));
		const after = definedIds(copy);
		expect(after).toHaveLength(before.size);
		expect(new Set(after).size).toBe(after.length);
		for (const id of after) expect(before.has(id), id).toBe(false);
		expect(copy.workshop.journey.name).toBe('Laptop (copy)');
		expect(copy.workshop.createdAt).toBe(NOW.toISOString());
		expect(copy.workshop.updatedAt).toBe(NOW.toISOString());
		for (const name of LIST_NAMES) {
			for (const row of copy[name]) expect(row.workshopId).toBe(copy.workshop.id);
		}
	});

	it('rewrites every reference to the copy’s own part, in the same place as the original', () => {
		const data = original();
		const copy = copyWorkshop(data, 'x', NOW, counter);
		/** The copy's id of the thing at the same place as `id` in the original. */
		const at = (from: { id: string }[], to: { id: string }[], id: string) => {
			const i = from.findIndex((x) => x.id === id);
			expect(i, `reference ${id} resolves in the original`).toBeGreaterThanOrEqual(0);
			return to[i]!.id;
		};
		const phases = [data.workshop.plan.phases, copy.workshop.plan.phases] as const;
		const people = [data.stakeholders, copy.stakeholders] as const;
		const tps = [data.touchpoints, copy.touchpoints] as const;
		const ivs = [data.interviews, copy.interviews] as const;
		const opps = [data.opportunities, copy.opportunities] as const;

		data.touchpoints.forEach((tp, i) => {
			const c = copy.touchpoints[i]!;
			expect(c.phaseId).toBe(at(...phases, tp.phaseId));
			expect(c.ownerId).toBe(at(...people, tp.ownerId));
			expect(c.evidence.map((e) => e.interviewId)).toEqual(
				tp.evidence.map((e) => at(...ivs, e.interviewId))
			);
			expect(c.evidence.map((e) => e.quote)).toEqual(tp.evidence.map((e) => e.quote));
		});
		expect(data.touchpoints.some((tp) => tp.evidence.length > 0)).toBe(true);
		data.opportunities.forEach((o, i) => {
			const c = copy.opportunities[i]!;
			expect(c.touchpointIds).toEqual(o.touchpointIds.map((id) => at(...tps, id)));
			expect(c.ownerId).toBe(at(...people, o.ownerId));
		});
		data.actions.forEach((a, i) => {
			expect(copy.actions[i]!.opportunityId).toBe(at(...opps, a.opportunityId));
			expect(copy.actions[i]!.ownerId).toBe(at(...people, a.ownerId));
		});
		data.workshop.improve.feedback.forEach((f, i) => {
			expect(copy.workshop.improve.feedback[i]!.touchpointId).toBe(at(...tps, f.touchpointId));
		});
		data.interviews.forEach((iv, i) => {
			const notes = copy.interviews[i]!.notes;
			expect(Object.keys(notes)).toEqual(Object.keys(iv.notes).map((p) => at(...phases, p)));
			expect(Object.values(notes)).toEqual(Object.values(iv.notes));
		});
		expect(copy.workshop.preparation.invitees).toEqual(
			data.workshop.preparation.invitees.map((id) => at(...people, id))
		);
		const e = [data.workshop.experience.ambitions, copy.workshop.experience.ambitions] as const;
		expect(copy.workshop.experience.chosenAmbitionId).toBe(
			at(...e, data.workshop.experience.chosenAmbitionId)
		);
	});

	it('keeps everything that is not an id, and the persona that is primary', () => {
		const data = original();
		const copy = copyWorkshop(data, 'x', NOW, counter);
		expect(copy.personas.map((p) => [p.primary, p.name, p.order])).toEqual(
			data.personas.map((p) => [p.primary, p.name, p.order])
		);
		expect(copy.touchpoints.map((t) => [t.title, t.emotion, t.order])).toEqual(
			data.touchpoints.map((t) => [t.title, t.emotion, t.order])
		);
		expect(copy.workshop.agenda).toEqual(data.workshop.agenda);
		expect(copy.workshop.machine).toEqual(data.workshop.machine);
		expect(copy.workshop.machine).not.toBe(data.workshop.machine);
	});

	it('leaves empty references empty and sends dangling ones nowhere in either workshop', () => {
		const data = original();
		data.touchpoints[0]!.ownerId = '';
		data.touchpoints[1]!.ownerId = 'deleted-stakeholder';
		data.actions[0]!.ownerId = 'deleted-stakeholder';
		data.opportunities[0]!.touchpointIds = ['deleted-touchpoint'];
		const copy = copyWorkshop(data, 'x', NOW, counter);
		expect(copy.touchpoints[0]!.ownerId).toBe('');
		const dangling = copy.touchpoints[1]!.ownerId;
		expect(dangling).not.toBe('deleted-stakeholder');
		expect(copy.actions[0]!.ownerId).toBe(dangling);
		expect([...definedIds(copy), ...definedIds(data)]).not.toContain(dangling);
		expect(copy.opportunities[0]!.touchpointIds[0]).not.toBe('deleted-touchpoint');
	});

	it('does not change the original', () => {
		const data = original();
		const before = structuredClone(data);
		copyWorkshop(data, 'x', NOW);
		expect(data).toEqual(before);
	});
});
