// The live room's fields travel in the workshop file and the database: where a row came from,
// each phone's score and dots, and the room the workshop opened. Files without them (every file
// made before the room) open as they always did.
import { BACKUP_FORMAT, backupBlob, parseWorkshopFile } from '$lib/db/backup';
import { openDb } from '$lib/db/db';
import { importWorkshops } from '$lib/db/import';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import type { WorkshopData } from '$lib/domain/types';

function withRoom(): WorkshopData {
	const data = exampleWorkshop('da', new Date(2025, 4, 6, 9));
	data.workshop.live = {
		code: 'K7QF4M',
		facilitatorToken: 'f',
		roomToken: 'r',
		joinUrl: 'http://room.test:4319/j/K7QF4M#r',
		moderation: 'review',
		dots: 5,
		results: 'shown',
		closed: true,
		landed: { 'phoneA|x': { at: 1, text: 'Kø på telefonen' } }
	};
	data.touchpoints[0]!.fromRoom = { key: 'phoneA|x', name: 'Åse' };
	data.touchpoints[0]!.roomScores = { phoneA: 1, phoneB: 5 };
	data.opportunities[0]!.roomVotes = { phoneA: 3 };
	data.stakeholders[0]!.fromRoom = { key: 'phoneB|y' };
	return data;
}

const parse = (text: string) => parseWorkshopFile(text, new TextEncoder().encode(text).length);

describe('the live room in files and the database', () => {
	it('a workshop file keeps the room, the origins, the scores and the dots', async () => {
		const data = withRoom();
		const live = { ...data.workshop.live!, facilitatorToken: '', roomToken: '' };
		live.joinUrl = 'http://room.test:4319/j/K7QF4M';
		expect(parse(await backupBlob([data]).text())).toEqual({
			ok: true,
			workshops: [{ ...data, workshop: { ...data.workshop, live } }]
		});
	});

	it('but not the room’s keys: the file is handed around, the open room stays this laptop’s', async () => {
		const data = withRoom();
		data.workshop.live!.closed = false;
		const text = await backupBlob([data]).text();
		expect(text).not.toMatch(/"f"|"r"|#r/);
		const result = parse(text);
		if (!result.ok) throw new Error(result.error);
		expect(result.workshops[0]!.workshop.live).toEqual({
			...data.workshop.live,
			facilitatorToken: '',
			roomToken: '',
			joinUrl: 'http://room.test:4319/j/K7QF4M',
			closed: true
		});
		// The ledger travels: nothing the room sent lands twice.
		expect(result.workshops[0]!.workshop.live!.landed).toEqual(data.workshop.live!.landed);
	});

	it('this laptop restoring its own file keeps the keys of the room it still runs', async () => {
		const db = openDb(`live-room-restore-${Date.now()}`);
		const data = withRoom();
		data.workshop.live!.closed = false;
		await saveWorkshop(db, data);
		const result = parse(await backupBlob([data]).text());
		if (!result.ok) throw new Error(result.error);
		expect(
			await importWorkshops(db, [{ data: result.workshops[0]!, mode: 'replace' }])
		).toMatchObject({ ok: true });
		expect((await loadWorkshop(db, data.workshop.id))?.workshop.live).toEqual(data.workshop.live);
		db.close();
		await db.delete();
	});

	it('refuses a phone score outside 1–5', async () => {
		const data = withRoom();
		data.touchpoints[0]!.roomScores = { phoneA: 7 };
		const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, workshops: [data] });
		expect(parse(text).ok).toBe(false);
	});

	it('a file from before the room opens without any room fields', async () => {
		const data = exampleWorkshop('en', new Date(2025, 4, 6, 9));
		const result = parse(await backupBlob([data]).text());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.workshops[0]!.workshop.live).toBeUndefined();
		expect(result.workshops[0]!.touchpoints[0]!.roomScores).toBeUndefined();
	});

	it('the database stores and reads them with the schema it has (no new version needed)', async () => {
		const db = openDb(`live-room-${Date.now()}`);
		const data = withRoom();
		await saveWorkshop(db, data);
		const back = await loadWorkshop(db, data.workshop.id);
		expect(back?.workshop.live).toEqual(data.workshop.live);
		expect(back?.touchpoints.find((t) => t.id === data.touchpoints[0]!.id)?.roomScores).toEqual({
			phoneA: 1,
			phoneB: 5
		});
		db.close();
		await db.delete();
	});
});
