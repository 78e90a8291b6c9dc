// Joining a workshop as co-facilitator on a second laptop. The invite link (/co/CODE#token, shown
// in the wizard, never on the projector) carries the room's facilitator token after the #, so it
// is in no server log. This reads the shared workshop once, writes it into this laptop's
// database (the shared version over any older copy here) and keeps the document for the wizard,
// which then keeps both laptops in step (co-facilitation.svelte.ts).
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { openDatabase, type OpenDatabase } from '$lib/db/open';
import { newWorkshopRecord } from '$lib/domain/factories';
import type { Locale } from '$lib/domain/types';
import { fromEntries } from '$lib/domain/workshop-doc';
import { syncSocket } from '$lib/room/doc';
import { saveSharedState, sharedDocName } from './co-facilitation.svelte';

export type CoJoinProblem = 'no-server' | 'refused' | 'closed' | 'not-shared' | 'storage';
export type CoJoinResult = { ok: true; id: string } | { ok: false; problem: CoJoinProblem };

/** Syncs `doc` with the shared workshop once; resolves when in, or with why not. */
export type SyncOnce = (doc: Y.Doc, code: string, token: string) => Promise<CoJoinProblem | null>;

const WAIT_MS = 15_000;

const syncOnce: SyncOnce = (doc, code, token) =>
	new Promise((resolve) => {
		const socket = syncSocket();
		let provider: HocuspocusProvider | null = null;
		const done = (problem: CoJoinProblem | null) => {
			clearTimeout(timer);
			provider?.destroy();
			socket.destroy();
			resolve(problem);
		};
		const timer = setTimeout(() => done('no-server'), WAIT_MS);
		provider = new HocuspocusProvider({
			websocketProvider: socket,
			name: sharedDocName(code),
			token,
			document: doc,
			onSynced: ({ state }) => state && done(null),
			onAuthenticationFailed: ({ reason }) => done(reason === 'closed' ? 'closed' : 'refused')
		});
		provider.attach();
	});

export async function joinAsCoFacilitator(
	code: string,
	token: string,
	locale: Locale,
	sync: SyncOnce = syncOnce,
	database: OpenDatabase = openDatabase
): Promise<CoJoinResult> {
	const doc = new Y.Doc();
	try {
		const problem = await sync(doc, code, token);
		if (problem) return { ok: false, problem };
		const fresh = newWorkshopRecord(locale, ['', '', '']);
		const data = fromEntries(new Map(doc.getMap<unknown>('workshop').entries()), {
			...fresh,
			machine: null
		});
		if (!data) return { ok: false, problem: 'not-shared' };
		const [{ importWorkshops }, db] = await Promise.all([import('$lib/db/import'), database()]);
		const written = await importWorkshops(db, [{ data, mode: 'replace' }]);
		if (!written.ok) return { ok: false, problem: 'storage' };
		saveSharedState(globalThis.localStorage ?? null, code, doc);
		return { ok: true, id: data.workshop.id };
	} finally {
		doc.destroy();
	}
}
