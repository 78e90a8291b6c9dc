// What bench/room.js and bench/rooms.js share: a Node client set up as the phone page and the
// facilitator's app set it up, phones run in worker threads (each is a whole Yjs client that
// receives every note of its room, and hundreds in one thread would measure the bench, not the
// server), a server process's CPU and memory from /proc, and percentiles.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const now = () => performance.timeOrigin + performance.now();

/** A client of room `name` on the server at `port`; `phone`: no presence and a forced sync every
 *  20 s, as the phone page (FORCE_SYNC_MS=0: none). */
export function client(port, name, token, phone) {
	const doc = new Y.Doc();
	const errors = [];
	let synced;
	const ready = new Promise((resolve) => (synced = resolve));
	const provider = new HocuspocusProvider({
		url: `ws://127.0.0.1:${port}/sync`,
		name,
		token,
		document: doc,
		WebSocketPolyfill: WebSocket,
		...(phone
			? { awareness: null, forceSyncInterval: Number(process.env.FORCE_SYNC_MS ?? 20_000) || false }
			: {}),
		onSynced: () => synced(),
		onAuthenticationFailed: ({ reason }) => errors.push(`denied: ${reason}`),
		onClose: ({ event }) => {
			if (event.code !== 1000 || String(event.reason ?? '').startsWith('refused'))
				errors.push(`closed: ${event.code} ${event.reason ?? ''}`);
		}
	});
	return { doc, provider, ready, errors };
}

/** A process's CPU time (ms) and resident memory (MB), from /proc. */
export function usage(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const ticks = Number(stat[11]) + Number(stat[12]);
	const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1];
	return { cpuMs: ticks * 10, rssMb: Number(rss) / 1024 };
}

export async function post(base, path, body, token) {
	const response = await fetch(base + path, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response.status === 204 ? null : response.json();
}

export const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export const within = (promise, ms, what) =>
	Promise.race([
		promise,
		new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: too slow`)), ms))
	]);

/** A facilitator connected to a room, with the time each item key first reached it. */
export async function facilitator(port, room) {
	const f = client(port, room.code, room.facilitatorToken, false);
	await f.ready;
	f.doc.transact(() => {
		const state = f.doc.getMap('room');
		state.set('step', 7);
		state.set('phases', [{ id: 'p1', name: 'Order' }]);
	});
	const arrived = new Map();
	f.doc.getMap('items').observe((event) => {
		const at = now();
		for (const key of event.keysChanged) if (!arrived.has(key)) arrived.set(key, at);
	});
	return { ...f, arrived };
}

/**
 * Phones in worker threads. Each phone is `{ port, code, phoneId, phoneToken }` (its server and
 * room); each adds `notes` notes at random moments over `spread` ms once told to go.
 * Resolves when every phone is synced, with `sent` (note key → time), `go()` and `report()`
 * (every phone's errors; the phones then leave).
 */
export async function phonesInWorkers({ phones, notes, spread, threads, limitMs }) {
	const sent = new Map();
	const workers = Array.from({ length: threads }, (_, w) => {
		const worker = new Worker(new URL(import.meta.url), {
			workerData: { phones: phones.filter((_, i) => i % threads === w), notes, spread }
		});
		const ready = new Promise((resolve, reject) => {
			worker.on('message', (m) => {
				if (m.ready) resolve();
				if (m.key) sent.set(m.key, m.at);
			});
			worker.once('error', reject);
		});
		return { worker, ready };
	});
	await within(Promise.all(workers.map((w) => w.ready)), limitMs, 'joining');
	return {
		sent,
		go: () => workers.forEach((w) => w.worker.postMessage('go')),
		report: () =>
			Promise.all(
				workers.map(
					({ worker }) =>
						new Promise((resolve) => {
							worker.on('message', (m) => m.errors && resolve(m.errors));
							worker.postMessage('report');
						})
				)
			).then((lists) => lists.flat())
	};
}

if (!isMainThread && workerData?.phones) {
	// A worker: its share of the phones. Reports each note's send time, then its errors.
	const { phones, notes, spread } = workerData;
	const clients = phones.map((p) => ({ ...p, ...client(p.port, p.code, p.phoneToken, true) }));
	await Promise.all(clients.map((c) => c.ready));
	parentPort.postMessage({ ready: true });
	await new Promise((resolve) => parentPort.once('message', resolve));
	await Promise.all(
		clients.flatMap((c) =>
			Array.from(
				{ length: notes },
				(_, n) =>
					new Promise((resolve) =>
						setTimeout(() => {
							const key = `${c.phoneId}|n${n}`;
							parentPort.postMessage({ key, at: now() });
							c.doc.getMap('items').set(key, {
								kind: 'touchpoint',
								text: `Note ${n} from a phone`,
								phaseId: 'p1',
								at: Date.now()
							});
							resolve();
						}, Math.random() * spread)
					)
			)
		)
	);
	await new Promise((resolve) => parentPort.once('message', resolve));
	parentPort.postMessage({ errors: clients.flatMap((c) => c.errors) });
	for (const c of clients) c.provider.destroy();
	process.exit(0);
}
