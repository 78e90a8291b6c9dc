// Prints the live room's figures: N simulated phones (Node clients with the Hocuspocus provider,
// set up as the phone page sets it up) in one room of the built server on 127.0.0.1, each adding
// notes; the time from "a phone adds a note" to "the facilitator's client has it" (p50/p95), the
// server's CPU and memory, and errors. Bounded: SIZES phones, NOTES notes each, and a time limit
// per size. Budgets (issue 19): p95 ≤ 100 ms at 30 phones, ≤ 250 ms at 400, no error.
// The phones run in worker threads: each is a whole Yjs client that receives every note of the
// room, and 400 of them in one thread would measure the bench, not the server. Each phone adds
// its notes at random moments over a window that grows with the room (400 phones × 3 notes over
// a minute: 20 notes a second, each sent on to every phone — 8,000 messages a second).
// Run: npm run build && node bench/room.js        (SIZES=30,100,400 NOTES=3 to change)
import { HocuspocusProvider } from '@hocuspocus/provider';
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRoomServer } from '../scripts/room-server.js';

const LIMIT_MS = 60_000;
const now = () => performance.timeOrigin + performance.now();

function client(port, name, token, phone) {
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
		...(phone ? { awareness: null, forceSyncInterval: 20_000 } : {}),
		onSynced: () => synced(),
		onAuthenticationFailed: ({ reason }) => errors.push(`denied: ${reason}`),
		onClose: ({ event }) => {
			if (event.code !== 1000 || String(event.reason ?? '').startsWith('refused'))
				errors.push(`closed: ${event.code} ${event.reason ?? ''}`);
		}
	});
	return { doc, provider, ready, errors };
}

if (!isMainThread) {
	// A worker: its share of the phones. Reports each note's send time, then its errors.
	const { port, code, phones, notes, spread } = workerData;
	const clients = phones.map((p) => ({ ...p, ...client(port, code, p.phoneToken, true) }));
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

const SIZES = (process.env.SIZES ?? '30,100,400').split(',').map(Number);
const NOTES = Number(process.env.NOTES ?? 3);
/** The window the notes are added in grows by this much per phone (400 phones: 60 s). */
const SPREAD_MS = Number(process.env.SPREAD_MS ?? 150);
const { port, server, stop } = await startRoomServer({
	origin: 'http://phone.test',
	nodeArgs: process.env.SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []
});
const base = `http://127.0.0.1:${port}`;

/** The server's CPU time (ms) and resident memory (MB), from /proc. */
function serverUsage() {
	const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const ticks = Number(stat[11]) + Number(stat[12]);
	const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1];
	return { cpuMs: ticks * 10, rssMb: Number(rss) / 1024 };
}

async function post(path, body, token) {
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

const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const within = (promise, what) =>
	Promise.race([
		promise,
		new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: too slow`)), LIMIT_MS))
	]);

try {
	for (const size of SIZES) {
		const started = Date.now();
		const room = await post('/api/rooms', { workshopId: `bench-${size}` });
		const facilitator = client(port, room.code, room.facilitatorToken, false);
		await facilitator.ready;
		facilitator.doc.transact(() => {
			const state = facilitator.doc.getMap('room');
			state.set('step', 7);
			state.set('phases', [{ id: 'p1', name: 'Order' }]);
		});
		const sent = new Map();
		const arrived = new Map();
		facilitator.doc.getMap('items').observe((event) => {
			const at = now();
			for (const key of event.keysChanged) if (!arrived.has(key)) arrived.set(key, at);
		});

		const phones = [];
		for (let i = 0; i < size; i++)
			phones.push(await post(`/api/rooms/${room.code}/join`, { token: room.roomToken }));
		const before = serverUsage();
		const benchBefore = process.cpuUsage();
		const joinStart = performance.now();
		const threads = Math.min(4, Math.ceil(size / 50));
		const spread = Math.max(3000, size * SPREAD_MS);
		const workers = Array.from({ length: threads }, (_, w) => {
			const worker = new Worker(new URL(import.meta.url), {
				workerData: {
					port,
					code: room.code,
					phones: phones.filter((_, i) => i % threads === w),
					notes: NOTES,
					spread
				}
			});
			const ready = new Promise((resolve) =>
				worker.on('message', (m) => {
					if (m.ready) resolve();
					if (m.key) sent.set(m.key, m.at);
				})
			);
			return { worker, ready };
		});
		await within(Promise.all(workers.map((w) => w.ready)), 'joining');
		const joinMs = performance.now() - joinStart;
		for (const w of workers) w.worker.postMessage('go');

		const deadline = Date.now() + spread + LIMIT_MS;
		while (arrived.size < size * NOTES && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 50));
		const after = serverUsage();
		const bench = process.cpuUsage(benchBefore);
		const errors = [...facilitator.errors];
		await Promise.all(
			workers.map(
				({ worker }) =>
					new Promise((resolve) => {
						worker.on('message', (m) => m.errors && (errors.push(...m.errors), resolve()));
						worker.postMessage('report');
					})
			)
		);

		const latencies = [...arrived]
			.filter(([key]) => sent.has(key))
			.map(([key, at]) => at - sent.get(key))
			.sort((a, b) => a - b);
		const missing = size * NOTES - latencies.length;
		const seconds = (Date.now() - started) / 1000;
		console.log(
			`${String(size).padStart(4)} phones: note → facilitator p50 ${pct(latencies, 50).toFixed(1)} ms, ` +
				`p95 ${pct(latencies, 95).toFixed(1)} ms (${latencies.length} notes over ${(spread / 1000).toFixed(0)} s); ` +
				`joined in ${joinMs.toFixed(0)} ms; server CPU ${(after.cpuMs - before.cpuMs).toFixed(0)} ms ` +
				`over ${seconds.toFixed(1)} s, memory ${after.rssMb.toFixed(0)} MB; ` +
				`the phones' own CPU ${((bench.user + bench.system) / 1000).toFixed(0)} ms; errors ${errors.length + missing}` +
				(missing ? ` (${missing} notes never arrived)` : '') +
				(errors.length ? ` [${[...new Set(errors)].slice(0, 3).join('; ')}]` : '')
		);
		facilitator.provider.destroy();
		await post(`/api/rooms/${room.code}/close`, {}, room.facilitatorToken);
	}
} finally {
	await stop();
}
