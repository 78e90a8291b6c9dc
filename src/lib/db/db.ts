// The browser's IndexedDB, through Dexie: one record per workshop for the one-of-a-kind step
// outputs, and a table for each list that grows, so an edit writes one small row.
import Dexie, { type EntityTable } from 'dexie';
import {
	upgradeInterviewV3,
	upgradeOpportunityV1,
	upgradeOpportunityV3,
	upgradePersonaV1,
	upgradeRecordV1,
	upgradeRecordV2,
	upgradeTouchpointV1
} from '$lib/domain/migrate';
import type { ListName, ListTables, Phase, WorkshopRecord } from '$lib/domain/types';
import { DB_NAME, DB_VERSION, STORES } from './schema';

export { DB_VERSION };

export type JourneyDb = Dexie & { workshops: EntityTable<WorkshopRecord, 'id'> } & {
	[K in ListName]: EntityTable<ListTables[K], 'id'>;
};

export function openDb(name = DB_NAME): JourneyDb {
	// Every write waits until it is on the disk, not just handed to the operating system: a
	// workshop's text is small, and a power cut in the room must not take the last edits with it.
	const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as JourneyDb;
	db.version(1).stores(STORES);
	// Version 2: the steps in depth (lifecycle, ambition options, measures, persona cards,
	// desired feelings and evidence on touchpoints, feedback and measures as lists).
	db.version(2)
		.stores(STORES)
		.upgrade(async (tx) => {
			await tx.table('workshops').toCollection().modify(upgradeRecordV1);
			await tx.table('personas').toCollection().modify(upgradePersonaV1);
			await tx.table('touchpoints').toCollection().modify(upgradeTouchpointV1);
			await tx.table('opportunities').toCollection().modify(upgradeOpportunityV1);
		});
	// Version 3: facilitation — the agenda with a timebox per step, the team lead's preparation,
	// and the time spent and private notes per step.
	db.version(3)
		.stores(STORES)
		.upgrade((tx) => tx.table('workshops').toCollection().modify(upgradeRecordV2));
	// Version 4: interview notes remember the name of the phase they were written for (and any
	// filed under a phase's name or position move to its id); opportunities remember the
	// suggestion they came from.
	db.version(4)
		.stores(STORES)
		.upgrade(async (tx) => {
			const phases = new Map<string, Phase[]>();
			await tx
				.table('workshops')
				.each((w: WorkshopRecord) => phases.set(w.id, w.plan?.phases ?? []));
			await tx
				.table('interviews')
				.toCollection()
				.modify((iv) => upgradeInterviewV3(iv, phases.get(iv.workshopId) ?? []));
			await tx.table('opportunities').toCollection().modify(upgradeOpportunityV3);
		});
	// Another tab opens a newer schema: write what is still pending, let go so the upgrade can
	// run, and reload into the new version. The connection stays usable until close().
	db.on('versionchange', () => {
		void Promise.allSettled([...beforeUpgrade].map((flush) => flush())).then(() => {
			db.close();
			if (typeof location !== 'undefined') location.reload();
		});
		return false;
	});
	return db;
}

const beforeUpgrade = new Set<() => Promise<void>>();

/** Runs `flush` before this tab lets go of the database for another tab's upgrade. */
export function flushBeforeUpgrade(flush: () => Promise<void>): () => void {
	beforeUpgrade.add(flush);
	return () => beforeUpgrade.delete(flush);
}

/**
 * Runs `writes` in one read-write transaction over every table, opening the connection again
 * first if the browser has closed it (storage pressure, a crashed backing store): all of it
 * lands, or none of it.
 *
 * `leaving` is for the flush when the tab is hidden or closed. The writes place their requests
 * at once and the transaction is committed explicitly, so it lands even if the page is gone a
 * moment later: otherwise the browser waits for the page to hear back from every request, and
 * a closed page never does. The price: a request refused after that point cannot undo the
 * others (a full disk still fails the whole commit).
 */
export async function writeTogether(
	db: JourneyDb,
	writes: () => Promise<void>,
	leaving = false
): Promise<void> {
	if (!db.isOpen()) await db.open();
	await db.transaction('rw', db.tables, (tx) => {
		const done = writes();
		if (leaving) tx.idbtrans?.commit?.();
		return done;
	});
}

let shared: JourneyDb | undefined;

/** The app's one connection, opened on first use. */
export function getDb(): JourneyDb {
	shared ??= openDb();
	return shared;
}
