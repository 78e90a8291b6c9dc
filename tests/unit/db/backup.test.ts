// Reading a workshop file: what the app wrote comes back field for field, files from older
// versions open complete, and everything a hostile or broken file can hold is refused with the
// reason and the place.
import { BACKUP_FORMAT, backupBlob, MAX_FILE_BYTES, parseWorkshopFile } from '$lib/db/backup';
import { MAX_LONG_TEXT, MAX_TEXT } from '$lib/db/backup-schema';
import { defaultAgenda } from '$lib/domain/timeboxes';
import { exampleWorkshop } from '$lib/domain/example';
import { emptyPreparation } from '$lib/domain/factories';
import type { WorkshopData } from '$lib/domain/types';

/** The example, with what it leaves empty filled in: invitees, agenda, notes, machine. */
function fullWorkshop(locale: 'en' | 'da' | 'sv' = 'en'): WorkshopData {
	const data = exampleWorkshop(locale, new Date(2025, 4, 6, 9));
	const w = data.workshop;
	w.preparation.invitees = [data.stakeholders[0]!.id, data.stakeholders[2]!.id];
	w.preparation.place = 'Room 4 – Æblehaven';
	w.preparation.checklist.projector = true;
	w.agenda.start = '13:00';
	w.facilitation = { spentMs: { journey: 600_000 }, notes: { persona: 'Ask Sune first' } };
	w.machine = {
		machineVersion: 1,
		step: 'persona',
		snapshot: { value: 'persona', context: { hasJourneyName: true } }
	};
	return data;
}

const fileText = (workshops: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: BACKUP_FORMAT, version: 1, workshops, ...extra });

const parse = (text: string) => parseWorkshopFile(text, new TextEncoder().encode(text).length);

type Plain = Record<string, unknown>;

/** The example as plain JSON that a test may break however it likes, with `set` and `drop`. */
const raw = (data = fullWorkshop()) => JSON.parse(JSON.stringify(data)) as Plain;

/** The value at a dotted path such as "touchpoints.2.title". */
const at = (obj: unknown, path: string) =>
	path.split('.').reduce<unknown>((o, key) => (o as Plain)[key], obj) as Plain;

function parentOf(obj: unknown, path: string): [Plain, string] {
	const i = path.lastIndexOf('.');
	return i < 0 ? [obj as Plain, path] : [at(obj, path.slice(0, i)), path.slice(i + 1)];
}

function set(obj: unknown, path: string, value: unknown): void {
	const [parent, key] = parentOf(obj, path);
	parent[key] = value;
}

function drop(obj: unknown, ...paths: string[]): void {
	for (const path of paths) {
		const [parent, key] = parentOf(obj, path);
		delete parent[key];
	}
}

const rows = (obj: unknown, list: string) => at(obj, list) as unknown as Plain[];

describe('parseWorkshopFile', () => {
	it('reads back what backupBlob wrote, field for field', async () => {
		const a = fullWorkshop('da');
		const b = fullWorkshop('sv');
		const text = await backupBlob([a, b]).text();
		const result = parseWorkshopFile(text, backupBlob([a, b]).size);
		expect(result).toEqual({ ok: true, workshops: [a, b] });
	});

	it('reads a file an editor saved with a byte-order mark', () => {
		const data = fullWorkshop();
		expect(parse('\uFEFF' + fileText([data]))).toEqual({ ok: true, workshops: [data] });
	});

	it('refuses a file over 5 MiB without reading it', () => {
		const ok = fileText([fullWorkshop()]);
		expect(parseWorkshopFile(ok, MAX_FILE_BYTES + 1)).toMatchObject({
			ok: false,
			error: 'too-big'
		});
		expect(parseWorkshopFile(ok, MAX_FILE_BYTES).ok).toBe(true);
	});

	it.each([
		['not JSON', 'journey,name\nLaptop,1', 'not-json'],
		['a JSON file cut short', fileText([fullWorkshop()]).slice(0, -40), 'not-json'],
		['an empty file', '', 'not-json'],
		[
			'another format',
			JSON.stringify({ format: 'trello', version: 1, workshops: [] }),
			'wrong-format'
		],
		['no format at all', JSON.stringify([fullWorkshop()]), 'wrong-format'],
		[
			'a version that is not a number',
			fileText([fullWorkshop()], { version: '1' }),
			'wrong-format'
		],
		['a newer version', fileText([fullWorkshop()], { version: 2 }), 'newer-version'],
		['an empty list of workshops', fileText([]), 'no-workshops'],
		['no list of workshops', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'no-workshops']
	])('refuses %s', (_what, text, error) => {
		expect(parse(text)).toMatchObject({ ok: false, error });
	});

	it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth', (key) => {
		const deep = fileText([fullWorkshop()]).replace(
			'"evidence":[]',
			`"evidence":[{"interviewId":"x","quote":"q","${key}":{"polluted":true}}]`
		);
		expect(parse(deep)).toEqual({ ok: false, error: 'unsafe-key', detail: key });
		const top = `{"${key}":{"polluted":true},` + fileText([fullWorkshop()]).slice(1);
		expect(parse(top)).toEqual({ ok: false, error: 'unsafe-key', detail: key });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('says which workshop, list, row and field is wrong', () => {
		const bad = raw();
		set(bad, 'touchpoints.2.title', 42);
		const result = parse(fileText([raw(), bad]));
		expect(result).toEqual({
			ok: false,
			error: 'invalid',
			detail: 'workshop 2, touchpoints row 3, title: expected text',
			problem: { workshop: 2, list: 'touchpoints', row: 3, field: 'title' }
		});
	});

	it('refuses a row that belongs to another workshop', () => {
		const bad = raw();
		set(bad, 'actions.1.workshopId', 'somebody-else');
		expect(parse(fileText([bad]))).toMatchObject({
			ok: false,
			error: 'invalid',
			problem: { workshop: 1, list: 'actions', row: 2, field: 'workshopId' }
		});
	});

	it.each([
		['a record without an id', (w: Plain) => drop(w, 'workshop.id'), null, 'id'],
		[
			'a journey without a name',
			(w: Plain) => drop(w, 'workshop.journey.name'),
			null,
			'journey.name'
		],
		['a journey that is text', (w: Plain) => set(w, 'workshop.journey', 'Laptop'), null, 'journey'],
		[
			'a phase without a name',
			(w: Plain) => set(w, 'workshop.plan.phases.1', { id: 'p' }),
			null,
			'plan.phases.1.name'
		],
		[
			'phases that are not a list',
			(w: Plain) => set(w, 'workshop.plan.phases', {}),
			null,
			'plan.phases'
		],
		[
			'an unreadable edit date',
			(w: Plain) => set(w, 'workshop.updatedAt', 'yesterday'),
			null,
			'updatedAt'
		],
		['an unknown language', (w: Plain) => set(w, 'workshop.locale', 'fi'), null, 'locale'],
		[
			'an invitee that is not an id',
			(w: Plain) => set(w, 'workshop.preparation.invitees', [7]),
			null,
			'preparation.invitees.0'
		],
		[
			'a list that is not a list',
			(w: Plain) => set(w, 'personas', { 0: at(w, 'personas.0') }),
			'personas',
			''
		],
		['a row without an id', (w: Plain) => drop(w, 'stakeholders.0.id'), 'stakeholders', 'id'],
		[
			'a row without an order',
			(w: Plain) => set(w, 'interviews.1.order', '1'),
			'interviews',
			'order'
		],
		['a row that is text', (w: Plain) => set(w, 'opportunities.0', 'idea'), 'opportunities', ''],
		[
			'importance out of range',
			(w: Plain) => set(w, 'touchpoints.0.importanceCustomer', 9),
			'touchpoints',
			'importanceCustomer'
		],
		[
			'an unknown feeling',
			(w: Plain) => set(w, 'touchpoints.0.emotion', 3),
			'touchpoints',
			'emotion'
		],
		['an NPS answer as text', (w: Plain) => set(w, 'interviews.0.nps', '9'), 'interviews', 'nps'],
		[
			'a note that is not text',
			(w: Plain) => set(w, 'interviews.0.notes', { a: 1 }),
			'interviews',
			'notes.a'
		],
		[
			'evidence without a quote',
			(w: Plain) => set(w, 'touchpoints.4.evidence', [{ interviewId: 'i' }]),
			'touchpoints',
			'evidence.0.quote'
		],
		[
			'an unknown action status',
			(w: Plain) => set(w, 'actions.0.status', 'blocked'),
			'actions',
			'status'
		],
		[
			'two rows with one id',
			(w: Plain) => set(w, 'stakeholders.1.id', at(w, 'stakeholders.0.id')),
			'stakeholders',
			'id'
		]
	])('refuses %s', (_what, breakIt, list, field) => {
		const bad = raw();
		breakIt(bad);
		const result = parse(fileText([bad]));
		expect(result).toMatchObject({
			ok: false,
			error: 'invalid',
			problem: { workshop: 1, list, field }
		});
	});

	it('says what a missing field should have been', () => {
		const bad = raw();
		drop(bad, 'touchpoints.1.title');
		expect(parse(fileText([bad]))).toMatchObject({
			ok: false,
			detail: 'workshop 1, touchpoints row 2, title: expected text'
		});
		const noPhases = raw();
		drop(noPhases, 'workshop.plan.phases');
		expect(parse(fileText([noPhases]))).toMatchObject({
			detail: 'workshop 1, plan.phases: expected a list'
		});
	});

	it(`caps every text at ${MAX_TEXT} characters, and says which and how long`, () => {
		const atCap = raw();
		set(atCap, 'touchpoints.0.title', 'x'.repeat(MAX_TEXT));
		expect(parse(fileText([atCap])).ok).toBe(true);

		for (const [path, list, row, field] of [
			['touchpoints.0.title', 'touchpoints', 1, 'title'],
			['workshop.journey.name', null, null, 'journey.name'],
			['stakeholders.1.id', 'stakeholders', 2, 'id']
		] as const) {
			const over = raw();
			set(over, path, 'x'.repeat(MAX_TEXT + 1));
			expect(parse(fileText([over])), path).toEqual({
				ok: false,
				error: 'invalid',
				detail: expect.stringContaining(`expected text of at most ${MAX_TEXT} characters`),
				problem: { workshop: 1, list, row, field, maxLength: MAX_TEXT }
			});
		}
	});

	it(`lets pasted notes run to ${MAX_LONG_TEXT} characters, so the app's own backups open`, () => {
		const long = raw();
		const notes = at(long, 'interviews.0.notes');
		const phase = Object.keys(notes)[0]!;
		notes[phase] = 'ø'.repeat(MAX_LONG_TEXT);
		set(long, 'interviews.0.quotes', 'å'.repeat(MAX_LONG_TEXT));
		expect(parse(fileText([long])).ok).toBe(true);
		notes[phase] = 'ø'.repeat(MAX_LONG_TEXT + 1);
		expect(parse(fileText([long]))).toMatchObject({
			problem: { list: 'interviews', row: 1, field: `notes.${phase}`, maxLength: MAX_LONG_TEXT }
		});
	});

	it.each([
		['an empty id', 'touchpoints.0.id', '', 'touchpoints', 'id'],
		['a list where an object belongs', 'workshop.preparation', [], null, 'preparation'],
		['a list where a row belongs', 'actions.0', [], 'actions', ''],
		[
			'a checklist that is a list',
			'workshop.preparation.checklist',
			[true],
			null,
			'preparation.checklist'
		]
	])('refuses %s', (_what, path, value, list, field) => {
		const bad = raw();
		set(bad, path, value);
		expect(parse(fileText([bad]))).toMatchObject({ ok: false, problem: { list, field } });
	});

	it('refuses a number too big for JSON (read as Infinity)', () => {
		const text = fileText([raw()]).replace(/"order":0/, '"order":1e999');
		expect(parse(text)).toMatchObject({ ok: false, problem: { field: 'order' } });
	});

	it('refuses two workshops with one id, or sharing a row', () => {
		const a = raw();
		expect(parse(fileText([a, raw(fullWorkshop())]))).toMatchObject({ ok: true });
		expect(parse(fileText([a, a]))).toMatchObject({
			ok: false,
			problem: { workshop: 2, list: null, field: 'id' }
		});
		const b = raw();
		set(b, 'touchpoints.0.id', at(a, 'touchpoints.0.id'));
		expect(parse(fileText([a, b]))).toMatchObject({
			ok: false,
			problem: { workshop: 2, list: 'touchpoints', row: 1, field: 'id' }
		});
	});

	it('drops keys it does not know, everywhere, and keeps the rest', () => {
		const data = fullWorkshop();
		const extra = raw(data);
		set(extra, 'comment', 'top');
		set(extra, 'workshop.secret', 'record');
		set(extra, 'workshop.journey.colour', 'red');
		set(extra, 'workshop.plan.phases.0.icon', '🚀');
		set(extra, 'workshop.preparation.catering', 'coffee');
		set(extra, 'workshop.agenda.minutes.lunch', 45);
		set(extra, 'workshop.facilitation.notes.lunch', 'sandwiches');
		set(extra, 'workshop.preparation.checklist.coffee', true);
		set(extra, 'touchpoints.0.html', '<img src=x onerror=alert(1)>');
		set(extra, 'touchpoints.4.evidence.0.page', 3);
		set(extra, 'actions.0.jira', 'ABC-1');
		const result = parse(fileText([extra], { exportedBy: 'someone' }));
		expect(result).toEqual({ ok: true, workshops: [data] });
	});

	it('fills the neutral empty value for a missing field that is not essential', () => {
		const lean = raw();
		drop(
			lean,
			'workshop.facilitator',
			'workshop.experience.npsTarget',
			'touchpoints.0.emotionReason',
			'touchpoints.0.importanceBusiness',
			'stakeholders.0.attends',
			'actions'
		);
		const result = parse(fileText([lean]));
		if (!result.ok) throw new Error(result.detail);
		const [w] = result.workshops;
		expect(w!.workshop.facilitator).toBe('');
		expect(w!.workshop.experience.npsTarget).toBeNull();
		expect(w!.touchpoints[0]!.emotionReason).toBe('');
		expect(w!.touchpoints[0]!.importanceBusiness).toBe(3);
		expect(w!.stakeholders[0]!.attends).toBe(true);
		expect(w!.actions).toEqual([]);
	});

	it('opens a file from schema version 2 (no agenda, preparation or facilitation) complete', () => {
		const data = exampleWorkshop('da', new Date(2025, 2, 10, 12));
		const old = raw(data);
		drop(old, 'workshop.agenda', 'workshop.preparation', 'workshop.facilitation');
		const result = parse(fileText([old]));
		expect(result).toEqual({
			ok: true,
			workshops: [
				{
					...data,
					workshop: {
						...data.workshop,
						agenda: defaultAgenda(),
						preparation: emptyPreparation(),
						facilitation: { spentMs: {}, notes: {} }
					}
				}
			]
		});
	});

	it('opens a file from schema version 1 complete, as the database upgrade would', () => {
		const data = exampleWorkshop('da', new Date(2025, 2, 10, 12));
		const old = raw(data);
		drop(
			old,
			'workshop.agenda',
			'workshop.preparation',
			'workshop.facilitation',
			'workshop.journey.lifecycle'
		);
		set(old, 'workshop.experience', {
			vision: data.workshop.experience.vision,
			ambition: 'Klar til brug fra første dag',
			statements: data.workshop.experience.statements,
			successMeasure: 'NPS på mindst 40'
		});
		set(old, 'workshop.improve.feedback', 'Et NPS-spørgsmål efter udlevering');
		set(old, 'workshop.improve.measures', 'NPS efter udlevering; rykkeropkald');
		for (const p of rows(old, 'personas')) drop(p, 'quote', 'colour', 'channelOther');
		for (const tp of rows(old, 'touchpoints')) drop(tp, 'desiredEmotion', 'evidence');
		for (const o of rows(old, 'opportunities')) drop(o, 'painPoint');

		const result = parse(fileText([old]));
		if (!result.ok) throw new Error(result.detail);
		const got = result.workshops[0]!;
		expect(got.workshop.journey.lifecycle).toEqual([]);
		expect(got.workshop.experience.ambitions.map((a) => a.text)).toEqual([
			'Klar til brug fra første dag'
		]);
		expect(got.workshop.experience.chosenAmbitionId).toBe(got.workshop.experience.ambitions[0]!.id);
		expect(got.workshop.experience.measures).toEqual([
			{ id: expect.any(String), name: 'NPS på mindst 40', target: '' }
		]);
		expect(got.workshop.experience).not.toHaveProperty('ambition');
		expect(got.workshop.improve.feedback).toEqual([
			{ id: expect.any(String), what: 'Et NPS-spørgsmål efter udlevering', touchpointId: '' }
		]);
		expect(got.workshop.improve.measures.map((m) => m.name)).toEqual([
			'NPS efter udlevering',
			'rykkeropkald'
		]);
		expect(got.workshop.agenda).toEqual(defaultAgenda());
		expect(got.workshop.preparation).toEqual(emptyPreparation());
		expect(got.workshop.facilitation).toEqual({ spentMs: {}, notes: {} });
		expect(got.personas).toEqual(
			data.personas.map((p) => ({ ...p, quote: '', channelOther: '', colour: p.order % 8 }))
		);
		expect(got.touchpoints).toEqual(
			data.touchpoints.map((tp) => ({ ...tp, desiredEmotion: null, evidence: [] }))
		);
		expect(got.opportunities).toEqual(data.opportunities.map((o) => ({ ...o, painPoint: '' })));
		expect(got.stakeholders).toEqual(data.stakeholders);
		expect(got.interviews).toEqual(data.interviews);
		expect(got.actions).toEqual(data.actions);
	});

	it('opens a file from schema version 3: notes move from a phase name to its id, named', () => {
		const data = exampleWorkshop('en', new Date(2025, 2, 10, 12));
		const [before, during] = data.workshop.plan.phases;
		const old = raw(data);
		for (const iv of rows(old, 'interviews')) drop(iv, 'notePhases');
		for (const o of rows(old, 'opportunities')) drop(o, 'fromSuggestion');
		set(old, 'interviews.0.notes', { [before!.id]: 'By id', [during!.name]: 'By name', x: 'Gone' });

		const result = parse(fileText([old]));
		if (!result.ok) throw new Error(result.detail);
		const got = result.workshops[0]!;
		expect(got.interviews[0]!.notes).toEqual({
			[before!.id]: 'By id',
			[during!.id]: 'By name',
			x: 'Gone'
		});
		expect(got.interviews[0]!.notePhases).toEqual({
			[before!.id]: before!.name,
			[during!.id]: during!.name
		});
		expect(got.interviews.slice(1)).toEqual(data.interviews.slice(1));
		expect(got.opportunities).toEqual(data.opportunities);
	});

	it('keeps hostile-looking text as text', () => {
		const data = fullWorkshop();
		data.workshop.journey.name = '<script>alert(1)</script> ‮evil‬ ​';
		data.touchpoints[0]!.title = '<img src=x onerror=alert(1)>';
		const result = parse(fileText([data]));
		expect(result).toEqual({ ok: true, workshops: [data] });
	});

	it('never throws: 500 randomly broken files are each read or refused with a reason', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
		const odd = [null, 0, -1, 2.5, 1e308, '', 'x', true, [], {}, [1, 'a'], { id: 1 }];
		const codes = new Set(['invalid', 'unsafe-key', 'no-workshops']);
		/** Every path to an object or array inside `value`, and to its leaves. */
		const paths = (value: unknown, prefix: string[] = []): string[][] =>
			typeof value === 'object' && value !== null
				? Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])])
				: [];
		const base = { format: BACKUP_FORMAT, version: 1, workshops: [raw()] };
		const all = paths(base.workshops);
		let read = 0;
		for (let i = 0; i < 500; i++) {
			const file = JSON.parse(JSON.stringify(base)) as Plain;
			for (let m = 0; m < 1 + Math.floor(random() * 3); m++) {
				const path = ['workshops', ...pick(all)].join('.');
				try {
					if (random() < 0.25) drop(file, path);
					else set(file, path, pick(odd));
				} catch {
					// the path is gone after an earlier change to its parent
				}
			}
			const result = parse(JSON.stringify(file));
			if (result.ok) read++;
			else expect(codes.has(result.error), result.error).toBe(true);
		}
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThan(500);
	});
});
