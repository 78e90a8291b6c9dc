// A workshop as a copy of its own: the same content under fresh ids, so it can sit beside the
// original on one device ("Keep both" when an imported file holds a workshop that is already
// here). Every id is replaced, and every reference between the parts is rewritten with it, so
// nothing in the copy points into the original: a touchpoint's phase and owner, its evidence's
// interview, an opportunity's touchpoints and owner, an action's opportunity and owner, a
// feedback mechanism's touchpoint, interview notes by phase, the chosen ambition, the invitees.
// A reference that pointed at nothing still points at nothing (a fresh id of its own), so the
// copy is the original's exact twin. The persisted machine holds no ids (machine/persist.ts).
// A revisit's links into its earlier workshop (`revisit.of`, `carriedFrom`) are not its own ids:
// they stay as they are, and the import rewrites them when it copies the earlier workshop too.
import { newId } from './ids';
import type { WorkshopData } from './types';

export function copyWorkshop(
	data: WorkshopData,
	name: string,
	now = new Date(),
	makeId: () => string = newId,
	/** Filled with every original id and the copy's id for it (revisit links follow a copy). */
	fresh = new Map<string, string>()
): WorkshopData {
	/** The copy's id for an id of the original: the same one every time it is asked for. */
	const to = (id: string): string => {
		if (id === '') return '';
		let next = fresh.get(id);
		if (next === undefined) {
			next = makeId();
			fresh.set(id, next);
		}
		return next;
	};
	const w = structuredClone(data.workshop);
	const workshopId = to(w.id);
	const stampNow = now.toISOString();
	const row = <R extends { id: string; workshopId: string }>(r: R): R => ({
		...structuredClone(r),
		id: to(r.id),
		workshopId
	});

	return {
		workshop: {
			...w,
			id: workshopId,
			createdAt: stampNow,
			updatedAt: stampNow,
			journey: { ...w.journey, name },
			experience: {
				...w.experience,
				ambitions: w.experience.ambitions.map((a) => ({ ...a, id: to(a.id) })),
				chosenAmbitionId: to(w.experience.chosenAmbitionId),
				measures: w.experience.measures.map((m) => ({ ...m, id: to(m.id) }))
			},
			plan: { ...w.plan, phases: w.plan.phases.map((p) => ({ ...p, id: to(p.id) })) },
			improve: {
				...w.improve,
				feedback: w.improve.feedback.map((f) => ({
					...f,
					id: to(f.id),
					touchpointId: to(f.touchpointId)
				})),
				measures: w.improve.measures.map((m) => ({ ...m, id: to(m.id) }))
			},
			preparation: { ...w.preparation, invitees: w.preparation.invitees.map(to) }
		},
		stakeholders: data.stakeholders.map(row),
		personas: data.personas.map(row),
		interviews: data.interviews.map((i) => {
			const r = row(i);
			return {
				...r,
				notes: Object.fromEntries(Object.entries(r.notes).map(([phase, n]) => [to(phase), n]))
			};
		}),
		touchpoints: data.touchpoints.map((tp) => {
			const r = row(tp);
			return {
				...r,
				phaseId: to(r.phaseId),
				ownerId: to(r.ownerId),
				evidence: r.evidence.map((e) => ({ ...e, interviewId: to(e.interviewId) }))
			};
		}),
		opportunities: data.opportunities.map((o) => {
			const r = row(o);
			return { ...r, touchpointIds: r.touchpointIds.map(to), ownerId: to(r.ownerId) };
		}),
		actions: data.actions.map((a) => {
			const r = row(a);
			return { ...r, opportunityId: to(r.opportunityId), ownerId: to(r.ownerId) };
		})
	};
}
