// Hostile text through the hand-over file: a workshop whose every text field holds markup,
// script, bidi overrides, zero-width characters, control characters and 10,000-character strings
// goes out as a file, is read back and imported, and every character is as it was typed. The app
// never "sanitises" what the room wrote; it shows it as text (see the component tests).
import { backupBlob, parseWorkshopFile } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { workshopFile } from '$lib/db/export';
import { importWorkshops } from '$lib/db/import';
import { loadWorkshop } from '$lib/db/workshops';
import type { WorkshopData } from '$lib/domain/types';
import { hostileWorkshop, XSS_CORPUS } from '../../fixtures/xss-corpus';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	db = openDb(`backup-xss-${Date.now()}-${n++}`);
});

afterEach(async () => {
	db.close();
	await db.delete();
});

/** JSON with the keys of every object sorted: two equal workshops give the same bytes. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		typeof v === 'object' && v !== null && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

/** Every string in a value, in order. */
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: typeof value === 'object' && value !== null
			? Object.values(value).flatMap(strings)
			: [];

async function parse(blob: Blob): Promise<WorkshopData[]> {
	const result = parseWorkshopFile(await blob.text(), blob.size);
	if (!result.ok) throw new Error(result.detail ?? result.error);
	return result.workshops;
}

describe('a workshop full of hostile text', () => {
	const data = hostileWorkshop('da');

	it('holds every corpus string, in many fields', () => {
		const all = strings(data);
		for (const text of XSS_CORPUS) expect(all, text.slice(0, 40)).toContain(text);
		expect(all.filter((s) => XSS_CORPUS.includes(s)).length).toBeGreaterThan(100);
	});

	it('goes out, comes back and into the database byte for byte', async () => {
		const [fromFile] = await parse(backupBlob([data]));
		expect(canonical(fromFile)).toBe(canonical(data));
		expect(await importWorkshops(db, [{ data: fromFile!, mode: 'new' }])).toMatchObject({
			ok: true
		});
		const stored = await loadWorkshop(db, data.workshop.id);
		expect(canonical(stored)).toBe(canonical(data));
		expect(strings(stored)).toEqual(strings(fromFile));

		// And out again, from the start page's "Download file": the same bytes once more.
		const again = (await workshopFile(db, data.workshop.id))!;
		const [second] = await parse(again.blob);
		expect(canonical(second)).toBe(canonical(data));
	});

	it('keeps each string whole: same length, same code points', async () => {
		const [fromFile] = await parse(backupBlob([data]));
		// In one key order on both sides, so the i-th string is the same field's.
		const before = strings(JSON.parse(canonical(data)));
		const after = strings(JSON.parse(canonical(fromFile)));
		expect(after.length).toBe(before.length);
		after.forEach((s, i) => {
			expect(s.length).toBe(before[i]!.length);
			expect([...s].map((c) => c.codePointAt(0))).toEqual(
				[...before[i]!].map((c) => c.codePointAt(0))
			);
		});
	});
});
