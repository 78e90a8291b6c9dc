// A database written by version 1 of the app, opened by today's code: every record is still there,
// field for field, in today's shape.
import Dexie from 'dexie';
import { DB_VERSION, openDb } from '$lib/db/db';
import { loadWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { defaultAgenda } from '$lib/domain/timeboxes';
import { LIST_NAMES, type WorkshopRecord } from '$lib/domain/types';

const V1_STORES = {
	workshops: 'id, updatedAt',
	stakeholders: 'id, workshopId, [workshopId+order]',
	personas: 'id, workshopId, [workshopId+order]',
	interviews: 'id, workshopId, [workshopId+order]',
	touchpoints: 'id, workshopId, [workshopId+order]',
	opportunities: 'id, workshopId, [workshopId+order]',
	actions: 'id, workshopId, [workshopId+order]'
};

/** A workshop record as version 2 stored it: no agenda, preparation or facilitation yet. */
function v2Record(record: WorkshopRecord) {
	const { agenda: _a, preparation: _p, facilitation: _f, ...v2 } = record;
	return v2;
}

/** The example as version 1 stored it: one-line ambition and success measure, plainer personas. */
function v1Example() {
	const data = exampleWorkshop('da', new Date(2025, 2, 10, 12));
	const { lifecycle: _lifecycle, ...journey } = data.workshop.journey;
	const e = data.workshop.experience;
	const workshop = {
		...v2Record(data.workshop),
		journey,
		experience: {
			vision: e.vision,
			ambition: e.ambitions[0]!.text,
			statements: e.statements,
			successMeasure: 'NPS på mindst 40 efter udlevering'
		},
		improve: {
			...data.workshop.improve,
			feedback: 'Et NPS-spørgsmål efter udlevering',
			measures: 'NPS efter udlevering; arbejdsdage til udlevering\nrykkeropkald'
		}
	};
	const personas = data.personas.map(
		({ quote: _q, colour: _c, channelOther: _o, ...persona }) => persona
	);
	const touchpoints = data.touchpoints.map(
		({ desiredEmotion: _d, evidence: _e, ...touchpoint }) => touchpoint
	);
	const opportunities = data.opportunities.map(({ painPoint: _p, fromSuggestion: _s, ...o }) => o);
	const interviews = data.interviews.map(({ notePhases: _n, ...iv }) => iv);
	return { data, workshop, personas, touchpoints, opportunities, interviews };
}

describe('schema upgrades', () => {
	let name: string;
	beforeEach(() => {
		name = `migration-test-${Date.now()}-${Math.random()}`;
	});
	afterEach(async () => {
		await Dexie.delete(name);
	});

	it('opens a version-1 database and finds every record, upgraded', async () => {
		const { data, workshop, personas, touchpoints, opportunities, interviews } = v1Example();
		const v1Lists: Record<string, unknown[]> = { personas, touchpoints, opportunities, interviews };
		const old = new Dexie(name);
		old.version(1).stores(V1_STORES);
		await old.table('workshops').put(workshop);
		for (const list of LIST_NAMES) {
			await old.table(list).bulkPut(v1Lists[list] ?? data[list]);
		}
		old.close();

		const db = openDb(name);
		const loaded = (await loadWorkshop(db, workshop.id))!;
		expect(db.verno).toBe(DB_VERSION);

		const w = loaded.workshop;
		expect(w.journey).toEqual({ ...workshop.journey, lifecycle: [] });
		expect(w.experience.vision).toBe(workshop.experience.vision);
		expect(w.experience.statements).toEqual(workshop.experience.statements);
		expect(w.experience.ambitions.map((a) => a.text)).toEqual([workshop.experience.ambition]);
		expect(w.experience.chosenAmbitionId).toBe(w.experience.ambitions[0]!.id);
		expect(w.experience.measures).toEqual([
			{ id: expect.any(String), name: 'NPS på mindst 40 efter udlevering', target: '' }
		]);
		expect(w.experience.npsTarget).toBeNull();
		expect(w.experience).not.toHaveProperty('ambition');
		expect(w.experience).not.toHaveProperty('successMeasure');
		expect(w.improve.feedback).toEqual([
			{ id: expect.any(String), what: 'Et NPS-spørgsmål efter udlevering', touchpointId: '' }
		]);
		expect(w.improve.measures.map((m) => [m.name, m.current, m.target])).toEqual([
			['NPS efter udlevering', '', ''],
			['arbejdsdage til udlevering', '', ''],
			['rykkeropkald', '', '']
		]);
		expect({ ...w.improve, feedback: null, measures: null }).toEqual({
			...data.workshop.improve,
			feedback: null,
			measures: null
		});
		expect({ ...w, journey: null, experience: null, improve: null }).toEqual({
			...data.workshop,
			journey: null,
			experience: null,
			improve: null
		});

		expect(loaded.personas).toEqual(
			data.personas.map((p) => ({ ...p, quote: '', channelOther: '', colour: p.order % 8 }))
		);
		expect(loaded.touchpoints).toEqual(
			data.touchpoints.map((tp) => ({ ...tp, desiredEmotion: null, evidence: [] }))
		);
		expect(loaded.opportunities).toEqual(
			data.opportunities.map((o) => ({ ...o, painPoint: '', fromSuggestion: '' }))
		);
		// Each note named after the phase it is under (the example's notes are under every phase).
		expect(loaded.interviews).toEqual(data.interviews);
		const unchanged = ['stakeholders', 'actions'] as const;
		for (const list of unchanged) {
			expect(loaded[list], list).toEqual(data[list]);
		}
		db.close();
	});

	it('leaves a record already in version-2 shape as it is', async () => {
		const db = openDb(name);
		const { data } = v1Example();
		await db.workshops.put(data.workshop);
		db.close();
		const again = openDb(name);
		expect(await again.workshops.get(data.workshop.id)).toEqual(data.workshop);
		again.close();
	});

	it('opens a version-2 database: every field kept, a default agenda and empty preparation added', async () => {
		const { data } = v1Example();
		const old = new Dexie(name);
		old.version(2).stores(V1_STORES);
		await old.table('workshops').put(v2Record(data.workshop));
		await old.table('touchpoints').bulkPut(data.touchpoints);
		old.close();

		const db = openDb(name);
		const loaded = (await loadWorkshop(db, data.workshop.id))!;
		expect(loaded.workshop).toEqual({
			...data.workshop,
			agenda: defaultAgenda(),
			preparation: {
				place: '',
				invitees: [],
				checklist: {
					room: false,
					projector: false,
					stickyNotes: false,
					guidePrinted: false,
					interviewsDone: false,
					invitationsSent: false
				}
			},
			facilitation: { spentMs: {}, notes: {} }
		});
		expect(loaded.touchpoints).toEqual(data.touchpoints);
		db.close();
	});

	it('opens a version-3 database: notes under their phase ids and named, opportunities kept', async () => {
		const { data } = v1Example();
		const [before, during, after] = data.workshop.plan.phases;
		const old = new Dexie(name);
		old.version(3).stores(V1_STORES);
		await old.table('workshops').put(data.workshop);
		// As version 3 stored them: no names; one interview as an old import could leave it, with
		// notes under a phase's name and position beside the ids, and one under a removed phase.
		const v3Interviews = data.interviews.map(({ notePhases: _n, ...iv }) => iv);
		v3Interviews[0] = {
			...v3Interviews[0]!,
			notes: { [before!.id]: 'By id', Under: 'By name', '3': 'By position', gone: 'Removed' }
		};
		await old.table('interviews').bulkPut(v3Interviews);
		await old
			.table('opportunities')
			.bulkPut(data.opportunities.map(({ fromSuggestion: _s, ...o }) => o));
		for (const list of ['stakeholders', 'personas', 'touchpoints', 'actions'] as const)
			await old.table(list).bulkPut(data[list]);
		old.close();

		const db = openDb(name);
		const loaded = (await loadWorkshop(db, data.workshop.id))!;
		expect(db.verno).toBe(DB_VERSION);
		expect(loaded.workshop).toEqual(data.workshop);
		for (const list of ['stakeholders', 'personas', 'touchpoints', 'actions'] as const)
			expect(loaded[list], list).toEqual(data[list]);
		expect(loaded.opportunities).toEqual(data.opportunities);
		expect(loaded.interviews.slice(1)).toEqual(data.interviews.slice(1));
		expect(loaded.interviews[0]!.notes).toEqual({
			[before!.id]: 'By id',
			[during!.id]: 'By name',
			[after!.id]: 'By position',
			gone: 'Removed'
		});
		expect(loaded.interviews[0]!.notePhases).toEqual({
			[before!.id]: before!.name,
			[during!.id]: during!.name,
			[after!.id]: after!.name
		});
		db.close();
	});
});
