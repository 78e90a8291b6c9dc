// Importing workshop files into the database: a round trip loses nothing, "replace" leaves no
// stale rows, "copy" leaves the original alone and points only inside itself, and every refused
// file or failed write leaves the database exactly as it was.
import { BACKUP_FORMAT, backupBlob, parseWorkshopFile } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { importWorkshops, workshopsOnDevice, type ImportMode } from '$lib/db/import';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { newRow } from '$lib/domain/factories';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	db = openDb(`import-test-${Date.now()}-${n++}`);
});

afterEach(async () => {
	db.close();
	await db.delete();
});

function fullWorkshop(): WorkshopData {
	const data = exampleWorkshop('da', new Date(2025, 4, 6, 9));
	const w = data.workshop;
	w.preparation.invitees = [data.stakeholders[0]!.id, data.stakeholders[2]!.id];
	w.facilitation = { spentMs: { journey: 600_000 }, notes: { persona: 'Spørg Sune først' } };
	w.machine = { machineVersion: 1, step: 'persona', snapshot: { value: 'persona' } };
	return data;
}

/** The workshop as a file and back, the way the facilitator's laptop receives it. */
async function viaFile(...workshops: WorkshopData[]): Promise<WorkshopData[]> {
	const blob = backupBlob(workshops);
	const result = parseWorkshopFile(await blob.text(), blob.size);
	if (!result.ok) throw new Error(result.detail ?? result.error);
	return result.workshops;
}

/** Every row of every table, so "nothing changed" can be checked whole. */
async function everything(): Promise<Record<string, unknown[]>> {
	const tables = ['workshops', ...LIST_NAMES] as const;
	return Object.fromEntries(
		await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const))
	);
}

async function counts(): Promise<Record<string, number>> {
	const all = await everything();
	return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.length]));
}

/** One workshop from a file, as the start page imports it. */
const importOne = (db: JourneyDb, data: WorkshopData, mode: ImportMode, copyName?: string) =>
	importWorkshops(db, [{ data, mode, copyName }]);

describe('importing one workshop', () => {
	it('round trip: export → parse → import as new equals the original field for field', async () => {
		const data = fullWorkshop();
		const [fromFile] = await viaFile(data);
		const result = await importOne(db, fromFile!, 'new');
		expect(result).toEqual({
			ok: true,
			imported: [
				{
					id: data.workshop.id,
					name: data.workshop.journey.name,
					updatedAt: data.workshop.updatedAt,
					locale: 'da'
				}
			]
		});
		expect(await loadWorkshop(db, data.workshop.id)).toEqual(data);
	});

	it('"new" refuses a workshop that is already here and changes nothing', async () => {
		const data = fullWorkshop();
		await saveWorkshop(db, data);
		const [fromFile] = await viaFile({ ...data, workshop: { ...data.workshop, facilitator: 'X' } });
		const before = await everything();
		expect(await importOne(db, fromFile!, 'new')).toMatchObject({
			ok: false,
			error: 'exists'
		});
		expect(await everything()).toEqual(before);
	});

	it('"replace" puts the file’s version in place and leaves no stale rows', async () => {
		const here = fullWorkshop();
		const other = exampleWorkshop('en');
		await saveWorkshop(db, here);
		await saveWorkshop(db, other);
		// The team lead's newer version: two touchpoints and an action fewer, a new stakeholder.
		const newer = structuredClone(here);
		newer.workshop.facilitator = 'Mette';
		newer.touchpoints = newer.touchpoints.slice(2).map((tp, order) => ({ ...tp, order }));
		newer.actions = newer.actions.slice(1).map((a, order) => ({ ...a, order }));
		newer.stakeholders.push({
			...newRow.stakeholders({ workshopId: here.workshop.id, order: 6 }),
			name: 'Reception'
		});
		const [fromFile] = await viaFile(newer);

		expect(await importOne(db, fromFile!, 'replace')).toMatchObject({ ok: true });
		expect(await loadWorkshop(db, here.workshop.id)).toEqual(newer);
		for (const name of LIST_NAMES) {
			const rows = await db[name].where('workshopId').equals(here.workshop.id).count();
			expect(rows, name).toBe(newer[name].length);
		}
		expect(await db.touchpoints.get(here.touchpoints[0]!.id)).toBeUndefined();
		expect(await loadWorkshop(db, other.workshop.id)).toEqual(other);
		expect(await db.workshops.count()).toBe(2);
	});

	it('"copy" leaves the original untouched and the copy points only inside itself', async () => {
		const here = fullWorkshop();
		await saveWorkshop(db, here);
		const [fromFile] = await viaFile(here);
		const result = await importOne(db, fromFile!, 'copy', 'Bærbar (kopi)');
		if (!result.ok) throw new Error(result.error);
		const copyId = result.imported[0]!.id;
		expect(copyId).not.toBe(here.workshop.id);
		expect(result.imported[0]!.name).toBe('Bærbar (kopi)');

		expect(await loadWorkshop(db, here.workshop.id)).toEqual(here);
		const copy = (await loadWorkshop(db, copyId))!;
		expect(copy.workshop.journey.name).toBe('Bærbar (kopi)');

		const originalIds = new Set([
			here.workshop.id,
			...LIST_NAMES.flatMap((name) => here[name].map((r) => r.id)),
			...here.workshop.plan.phases.map((p) => p.id)
		]);
		for (const name of LIST_NAMES) {
			expect(copy[name], name).toHaveLength(here[name].length);
			for (const row of copy[name]) {
				expect(row.workshopId).toBe(copyId);
				expect(originalIds.has(row.id)).toBe(false);
			}
		}
		const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
		const phases = ids(copy.workshop.plan.phases);
		const people = ids(copy.stakeholders);
		const tps = ids(copy.touchpoints);
		const ivs = ids(copy.interviews);
		const opps = ids(copy.opportunities);
		const inside = (set: Set<string>, id: string, what: string) =>
			expect(set.has(id), `${what} ${id} points inside the copy`).toBe(true);

		for (const tp of copy.touchpoints) {
			inside(phases, tp.phaseId, 'touchpoint phase');
			inside(people, tp.ownerId, 'touchpoint owner');
			for (const e of tp.evidence) inside(ivs, e.interviewId, 'evidence interview');
		}
		expect(copy.touchpoints.flatMap((tp) => tp.evidence)).not.toHaveLength(0);
		for (const o of copy.opportunities) {
			for (const id of o.touchpointIds) inside(tps, id, 'opportunity touchpoint');
			inside(people, o.ownerId, 'opportunity owner');
		}
		for (const a of copy.actions) {
			inside(opps, a.opportunityId, 'action opportunity');
			inside(people, a.ownerId, 'action owner');
		}
		for (const f of copy.workshop.improve.feedback) inside(tps, f.touchpointId, 'feedback');
		for (const iv of copy.interviews) {
			expect(Object.keys(iv.notes)).toHaveLength(3);
			for (const phase of Object.keys(iv.notes)) inside(phases, phase, 'interview note phase');
		}
		for (const id of copy.workshop.preparation.invitees) inside(people, id, 'invitee');
		expect(copy.workshop.preparation.invitees).toHaveLength(2);
		const ambitions = ids(copy.workshop.experience.ambitions);
		inside(ambitions, copy.workshop.experience.chosenAmbitionId, 'chosen ambition');
		expect(copy.personas.filter((p) => p.primary)).toHaveLength(1);
		expect(copy.workshop.machine).toEqual(here.workshop.machine);
	});

	it('"replace" of a workshop that is not here yet simply adds it', async () => {
		const [fromFile] = await viaFile(fullWorkshop());
		expect(await importOne(db, fromFile!, 'replace')).toMatchObject({ ok: true });
		expect(await loadWorkshop(db, fromFile!.workshop.id)).toEqual(fromFile);
	});
});

describe('importWorkshops (a file with several workshops)', () => {
	it('writes all of them in one go', async () => {
		const [a, b] = await viaFile(fullWorkshop(), exampleWorkshop('sv'));
		const result = await importWorkshops(db, [
			{ data: a!, mode: 'new' },
			{ data: b!, mode: 'new' }
		]);
		expect(result).toMatchObject({ ok: true });
		expect(await loadWorkshop(db, a!.workshop.id)).toEqual(a);
		expect(await loadWorkshop(db, b!.workshop.id)).toEqual(b);
	});

	it('writes none of them when one fails, even after another was replaced', async () => {
		const here = fullWorkshop();
		const stranger = exampleWorkshop('en');
		await saveWorkshop(db, here);
		await saveWorkshop(db, stranger);
		const before = await everything();
		const [replacement, clashing] = await viaFile(
			{ ...structuredClone(here), touchpoints: [] },
			exampleWorkshop('sv')
		);
		// A row of the second workshop carries the id of a row that belongs to `stranger`.
		clashing!.touchpoints[3]!.id = stranger.touchpoints[0]!.id;
		const result = await importWorkshops(db, [
			{ data: replacement!, mode: 'replace' },
			{ data: clashing!, mode: 'new' }
		]);
		expect(result).toMatchObject({ ok: false, error: 'clash' });
		expect(await everything()).toEqual(before);
	});

	it('workshopsOnDevice names the ones that are already here', async () => {
		const here = fullWorkshop();
		await saveWorkshop(db, here);
		const found = await workshopsOnDevice(db, ['nope', here.workshop.id]);
		expect(found).toEqual([
			{
				id: here.workshop.id,
				name: here.workshop.journey.name,
				updatedAt: here.workshop.updatedAt,
				locale: 'da'
			}
		]);
	});
});

describe('a refused file writes nothing', () => {
	/** What the start page does with a file: parse it, and import it only when it is good. */
	async function open(text: string, size = text.length) {
		const parsed = parseWorkshopFile(text, size);
		if (!parsed.ok) return parsed;
		return importWorkshops(
			db,
			parsed.workshops.map((data) => ({ data, mode: 'new' as const }))
		);
	}

	const file = (workshops: unknown[], version = 1, format = BACKUP_FORMAT) =>
		JSON.stringify({ format, version, workshops });
	type Plain = Record<string, Record<string, unknown>[]>;
	const plain = () => JSON.parse(JSON.stringify(fullWorkshop())) as Plain;

	const badRow = plain();
	badRow.touchpoints![1]!.importanceCustomer = 'very';
	const mismatch = plain();
	mismatch.opportunities![0]!.workshopId = 'another';
	const cases: [string, string, number | undefined, string][] = [
		['too big', file([plain()]), 6 * 1024 * 1024, 'too-big'],
		['not JSON', '{"format":"journey-workshop",', undefined, 'not-json'],
		['wrong format', file([plain()], 1, 'other-app'), undefined, 'wrong-format'],
		['newer version', file([plain()], 9), undefined, 'newer-version'],
		[
			'proto key',
			file([plain()]).replace('"plan":{', '"plan":{"__proto__":{"isAdmin":true},'),
			undefined,
			'unsafe-key'
		],
		['bad row', file([plain(), badRow]), undefined, 'invalid'],
		['workshopId mismatch', file([plain(), mismatch]), undefined, 'invalid']
	];

	it.each(cases)(
		'%s: returns its error, and the database is as it was',
		async (_w, text, size, error) => {
			await saveWorkshop(db, fullWorkshop());
			const before = await counts();
			const all = await everything();
			expect(await open(text, size)).toMatchObject({ ok: false, error });
			expect(await counts()).toEqual(before);
			expect(await everything()).toEqual(all);
		}
	);

	it('the same file, unbroken, does write (so the cases above prove something)', async () => {
		const before = await counts();
		expect(await open(file([plain(), plain()]))).toMatchObject({ ok: true });
		const after = await counts();
		expect(after.workshops).toBe(before.workshops! + 2);
		expect(after.touchpoints).toBeGreaterThan(before.touchpoints!);
	});
});
