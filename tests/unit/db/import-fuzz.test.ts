// Fuzzing the way in: 1,200 workshop files, each a good backup broken in one to three ways (keys
// deleted, types changed, prototype keys, huge texts, ids that clash or belong elsewhere, JSON cut
// short, rows duplicated, workshops' ids swapped…), seeded so every run breaks them the same way.
// Each file is either read and imported cleanly, after which the database holds exactly what was
// read, or refused with a reason, after which the database is exactly as it was.
import { BACKUP_FORMAT, parseWorkshopFile, type FileError } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { importWorkshops, workshopsOnDevice, type ImportMode } from '$lib/db/import';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';

const CASES = 1200;
const TABLES = ['workshops', ...LIST_NAMES] as const;
type Dump = Record<(typeof TABLES)[number], { id: string; workshopId?: string }[]>;
type Plain = Record<string, unknown>;

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = prng(20250506);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

/** The workshop on this device, the one the team lead sent a newer version of. */
function here(): WorkshopData {
	const data = exampleWorkshop('da', new Date(2025, 4, 6, 9));
	data.workshop.preparation.invitees = [data.stakeholders[0]!.id];
	data.workshop.facilitation = { spentMs: { journey: 60_000 }, notes: { persona: 'Spørg Sune' } };
	data.workshop.machine = { machineVersion: 1, step: 'persona', snapshot: { value: 'persona' } };
	return data;
}

const HERE = here();
/** A second workshop on this device, whose ids a broken file may borrow. */
const OTHER = exampleWorkshop('en', new Date(2025, 3, 1, 9));
/** What the file holds: the newer version of HERE, and a workshop new to this device. */
const NEWER = structuredClone(HERE);
NEWER.workshop.facilitator = 'Mette';
NEWER.workshop.updatedAt = '2025-05-20T08:00:00.000Z';
const FRESH = exampleWorkshop('sv', new Date(2025, 5, 1, 9));
const BASE = JSON.parse(
	JSON.stringify({ format: BACKUP_FORMAT, version: 1, workshops: [NEWER, FRESH] })
) as Plain;

/** Every path inside `value` to an object, an array or a leaf. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, v]) => {
		const key = Array.isArray(value) ? Number(k) : k;
		return [[...prefix, key], ...paths(v, [...prefix, key])];
	});
}

const ALL_PATHS = paths(BASE);
const STRING_PATHS = ALL_PATHS.filter((p) => typeof get(BASE, p) === 'string');
const OBJECT_PATHS = [[], ...ALL_PATHS].filter((p) => {
	const v = get(BASE, p);
	return typeof v === 'object' && v !== null && !Array.isArray(v);
});

function get(obj: unknown, path: (string | number)[]): unknown {
	let at = obj;
	for (const key of path) {
		if (typeof at !== 'object' || at === null) return undefined;
		at = (at as Plain)[key];
	}
	return at;
}

/** Sets (or, with `remove`, deletes) the value at `path`; false when the path is gone. */
function put(obj: unknown, path: (string | number)[], value: unknown, remove = false): boolean {
	const parent = get(obj, path.slice(0, -1));
	if (typeof parent !== 'object' || parent === null) return false;
	const key = path.at(-1)!;
	if (remove) delete (parent as Plain)[key];
	else (parent as Plain)[key] = value;
	return true;
}

const ODD = [null, 0, -1, 2.5, 1e300, '', 'x', true, false, [], {}, [1, 'a'], { id: 1 }, '7'];
const UNSAFE = ['__proto__', 'constructor', 'prototype'];
const rowsOf = (file: Plain, w: number, list: string) =>
	get(file, ['workshops', w, list]) as Plain[] | undefined;

/** One way to break a file (on the parsed JSON); a few others work on the text below. */
const MUTATIONS: ((file: Plain) => void)[] = [
	// delete a key
	(f) => void put(f, pick(ALL_PATHS), undefined, true),
	// change a type
	(f) => void put(f, pick(ALL_PATHS), structuredClone(pick(ODD))),
	// a prototype key inside some object, as an own property JSON.stringify writes out
	(f) => {
		const target = get(f, pick(OBJECT_PATHS));
		if (typeof target !== 'object' || target === null) return;
		Object.defineProperty(target, pick(UNSAFE), {
			value: { polluted: true },
			enumerable: true,
			configurable: true,
			writable: true
		});
	},
	// a huge text: over the cap, exactly at it, or far over
	(f) => void put(f, pick(STRING_PATHS), 'x'.repeat(pick([10_000, 10_001, 100_001, 300_000]))),
	// a row that names another workshop
	(f) => {
		const rows = rowsOf(f, pick([0, 1]), pick(LIST_NAMES));
		if (rows?.length) pick(rows).workshopId = pick([OTHER.workshop.id, FRESH.workshop.id, '']);
	},
	// a row with the id of a row elsewhere: the same list, the other workshop, or OTHER's on the device
	(f) => {
		const list = pick(LIST_NAMES);
		const rows = rowsOf(f, pick([0, 1]), list);
		const donors = [
			rowsOf(f, 0, list) ?? [],
			rowsOf(f, 1, list) ?? [],
			OTHER[list] as unknown as Plain[]
		];
		const donor = pick(donors);
		if (rows?.length && donor.length) pick(rows).id = pick(donor).id;
	},
	// a row twice, as it is or under a new id
	(f) => {
		const rows = rowsOf(f, pick([0, 1]), pick(LIST_NAMES));
		if (!rows?.length) return;
		const copy = structuredClone(pick(rows));
		if (chance(0.5)) copy.id = `dup-${Math.floor(random() * 1e9)}`;
		rows.push(copy);
	},
	// the two workshops' ids swapped, or one workshop given OTHER's id or the other's id
	(f) => {
		const a = get(f, ['workshops', 0, 'workshop']) as Plain | undefined;
		const b = get(f, ['workshops', 1, 'workshop']) as Plain | undefined;
		if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return;
		const choice = pick(['swap', 'other', 'same'] as const);
		if (choice === 'swap') [a.id, b.id] = [b.id, a.id];
		else if (choice === 'other') b.id = OTHER.workshop.id;
		else b.id = a.id;
	},
	// a key the app does not know, anywhere
	(f) => {
		const target = get(f, pick(OBJECT_PATHS));
		if (typeof target === 'object' && target !== null) (target as Plain).extra = pick(ODD);
	},
	// a whole list left out, or a workshop left out
	(f) => {
		if (chance(0.5)) put(f, ['workshops', pick([0, 1]), pick(LIST_NAMES)], undefined, true);
		else if (Array.isArray(f.workshops)) f.workshops.splice(pick([0, 1]), 1);
	},
	// the envelope: format, version, workshops
	(f) => {
		const key = pick(['format', 'version', 'workshops'] as const);
		f[key] = pick([...ODD, BACKUP_FORMAT, 1, 2]);
	},
	// a field from an older version: text where a list is now
	(f) =>
		void put(
			f,
			['workshops', pick([0, 1]), 'workshop', 'improve', pick(['feedback', 'measures'])],
			pick(['NPS efter levering; opkald', ''])
		)
];

/** Breaks the text itself: cut short, a number JSON turns into Infinity, a stray byte. */
function breakText(text: string): string {
	switch (pick(['cut', 'infinity', 'garbage', 'bom'] as const)) {
		case 'cut':
			return text.slice(0, Math.floor(random() * text.length));
		case 'infinity':
			return text.replace(/"order":\d+/, '"order":1e999');
		case 'garbage': {
			const at = Math.floor(random() * text.length);
			return text.slice(0, at) + pick(['}', ']', ',', '"', '\u0000', '{']) + text.slice(at);
		}
		case 'bom':
			return '\uFEFF' + text;
	}
}

let db: JourneyDb;

async function dump(): Promise<Dump> {
	const entries = await Promise.all(
		TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)
	);
	return Object.fromEntries(entries) as Dump;
}

async function reset() {
	await db.transaction('rw', db.tables, async () => {
		for (const t of db.tables) await t.clear();
	});
	await saveWorkshop(db, HERE);
	await saveWorkshop(db, OTHER);
}

/** The lists as the database gives them back: by order, then id (the file's place is not kept). */
function inListOrder(data: WorkshopData): WorkshopData {
	const out = { ...data };
	for (const name of LIST_NAMES) {
		(out[name] as { id: string; order: number }[]) = [...data[name]].sort(
			(a, b) => a.order - b.order || byId(a, b)
		);
	}
	return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the database must hold after `written` workshops replaced or joined what was there. */
function expected(before: Dump, written: WorkshopData[]): Dump {
	const gone = new Set(written.map((w) => w.workshop.id));
	const out = {} as Dump;
	out.workshops = [
		...before.workshops.filter((w) => !gone.has(w.id)),
		...written.map((w) => w.workshop)
	].sort(byId);
	for (const name of LIST_NAMES) {
		out[name] = [
			...before[name].filter((r) => !gone.has(r.workshopId!)),
			...written.flatMap((w) => w[name] as Dump[typeof name])
		].sort(byId);
	}
	return out;
}

const FILE_ERRORS = new Set<FileError>([
	'too-big',
	'not-json',
	'wrong-format',
	'newer-version',
	'no-workshops',
	'unsafe-key',
	'invalid'
]);

beforeAll(async () => {
	db = openDb(`import-fuzz-${Date.now()}`);
	await reset();
});

afterAll(async () => {
	db.close();
	await db.delete();
});

it(`${CASES} broken files: each imports cleanly or is refused, and a refusal changes nothing`, async () => {
	const tally = { imported: 0, refused: new Map<string, number>(), importRefused: 0, copies: 0 };
	const count = (code: string) => tally.refused.set(code, (tally.refused.get(code) ?? 0) + 1);
	let before = await dump();

	for (let i = 0; i < CASES; i++) {
		const file = structuredClone(BASE);
		const changes = 1 + Math.floor(random() * 3);
		for (let m = 0; m < changes; m++) pick(MUTATIONS)(file);
		let text = JSON.stringify(file);
		if (chance(0.08)) text = breakText(text);
		const size = chance(0.005) ? 6 * 1024 * 1024 : new TextEncoder().encode(text).length;
		const what = `case ${i}`;

		const parsed = parseWorkshopFile(text, size);
		if (!parsed.ok) {
			expect(FILE_ERRORS.has(parsed.error), `${what} ${parsed.error}`).toBe(true);
			count(parsed.error);
			expect(await dump(), what).toEqual(before);
			continue;
		}

		// As the start page does: the ones already here are replaced or kept both, the rest new.
		const onDevice = new Set(
			(
				await workshopsOnDevice(
					db,
					parsed.workshops.map((w) => w.workshop.id)
				)
			).map((w) => w.id)
		);
		const choice: ImportMode = chance(0.2) ? 'copy' : 'replace';
		const items = parsed.workshops.map((data) => ({
			data,
			mode: onDevice.has(data.workshop.id) ? choice : ('new' as const),
			copyName: `${data.workshop.journey.name} (kopi)`
		}));
		const result = await importWorkshops(db, items);
		if (!result.ok) {
			expect(['clash', 'exists'], `${what} ${result.error} ${result.detail}`).toContain(
				result.error
			);
			tally.importRefused++;
			expect(await dump(), what).toEqual(before);
			continue;
		}

		// The database holds exactly what was read: the copies are checked apart, as their ids
		// are new, then counted in with what was written as it was read.
		const written: WorkshopData[] = [];
		for (const [k, item] of items.entries()) {
			if (item.mode !== 'copy') {
				written.push(item.data);
				continue;
			}
			tally.copies++;
			const copy = (await loadWorkshop(db, result.imported[k]!.id))!;
			expect(copy.workshop.journey.name).toBe(item.copyName);
			for (const name of LIST_NAMES) {
				expect(copy[name].length, `${what} copy ${name}`).toBe(item.data[name].length);
			}
			written.push(copy);
		}
		for (const data of written.filter((_, k) => items[k]!.mode !== 'copy')) {
			expect(await loadWorkshop(db, data.workshop.id), what).toEqual(inListOrder(data));
		}
		const after = await dump();
		const sorted = Object.fromEntries(
			Object.entries(after).map(([t, rows]) => [t, [...rows].sort(byId)])
		);
		expect(sorted, what).toEqual(expected(before, written));
		tally.imported++;
		await reset();
		before = await dump();
	}

	// The run went down every road: files read and imported, refused for many reasons, and
	// refused by the database (a clash), so every assertion above was exercised.
	expect(tally.imported).toBeGreaterThan(50);
	expect(tally.importRefused).toBeGreaterThan(5);
	expect(tally.copies).toBeGreaterThan(5);
	for (const code of ['not-json', 'unsafe-key', 'invalid', 'wrong-format', 'no-workshops']) {
		expect(tally.refused.get(code) ?? 0, code).toBeGreaterThan(0);
	}
	expect(
		tally.imported + tally.importRefused + [...tally.refused.values()].reduce((a, b) => a + b)
	).toBe(CASES);
}, 30_000);
