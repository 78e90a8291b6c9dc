// Prints the live room's figures: N simulated phones (Node clients with the Hocuspocus provider,
// set up as the phone page sets it up) in one room of the built server on 127.0.0.1, each adding
// notes; the time from "a phone adds a note" to "the facilitator's client has it" (p50/p95), the
// server's CPU and memory, and errors. Bounded: at most PHONES phones, NOTES notes each, and a
// time limit per size. Budgets (issue 19): p95 ≤ 100 ms at 30 phones, ≤ 250 ms at 400, no error.
// Run: npm run build && node bench/room.js        (SIZES=30,100,400 NOTES=3 to change)
import { HocuspocusProvider } from '@hocuspocus/provider';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';

const SIZES = (process.env.SIZES ?? '30,100,400').split(',').map(Number);
const NOTES = Number(process.env.NOTES ?? 3);
const LIMIT_MS = 60_000;
const data = mkdtempSync(join(tmpdir(), 'bench-room-'));
const server = spawn('node', ['build-server/main.js'], {
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: '0',
		ROOM_DATA: data,
		ROOM_ORIGIN: 'http://phone.test'
	},
	stdio: ['ignore', 'pipe', 'inherit']
});
const port = await new Promise((resolve, reject) => {
	server.stdout.on('data', (chunk) => {
		const match = /localhost:(\d+)/.exec(String(chunk));
		if (match) resolve(Number(match[1]));
	});
	server.once('exit', () => reject(new Error('the server stopped')));
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

function client(name, token, phone) {
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

const pct = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
	for (const size of SIZES) {
		const started = Date.now();
		const room = await post('/api/rooms', { workshopId: `bench-${size}` });
		const facilitator = client(room.code, room.facilitatorToken, false);
		await facilitator.ready;
		facilitator.doc.transact(() => {
			const state = facilitator.doc.getMap('room');
			state.set('step', 7);
			state.set('phases', [{ id: 'p1', name: 'Order' }]);
		});
		const sent = new Map();
		const latencies = [];
		facilitator.doc.getMap('items').observe((event) => {
			const now = performance.now();
			for (const key of event.keysChanged) {
				const at = sent.get(key);
				if (at !== undefined) {
					latencies.push(now - at);
					sent.delete(key);
				}
			}
		});

		const before = serverUsage();
		const joinStart = performance.now();
		const phones = [];
		for (let i = 0; i < size; i++) {
			const { phoneId, phoneToken } = await post(`/api/rooms/${room.code}/join`, {
				token: room.roomToken
			});
			phones.push({ phoneId, ...client(room.code, phoneToken, true) });
		}
		await Promise.race([
			Promise.all(phones.map((p) => p.ready)),
			new Promise((_, reject) =>
				setTimeout(() => reject(new Error('phones did not join in time')), LIMIT_MS)
			)
		]);
		const joinMs = performance.now() - joinStart;

		// Each phone adds NOTES notes at random moments over a few seconds, as a room does.
		const spread = 2000 + size * 10;
		await Promise.all(
			phones.flatMap((p) =>
				Array.from(
					{ length: NOTES },
					(_, n) =>
						new Promise((resolve) =>
							setTimeout(() => {
								const key = `${p.phoneId}|n${n}`;
								sent.set(key, performance.now());
								p.doc
									.getMap('items')
									.set(key, {
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
		const deadline = Date.now() + LIMIT_MS;
		while (latencies.length < size * NOTES && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 20));
		const after = serverUsage();

		const errors = [...facilitator.errors, ...phones.flatMap((p) => p.errors)];
		const missing = size * NOTES - latencies.length;
		const sorted = latencies.sort((a, b) => a - b);
		const seconds = (Date.now() - started) / 1000;
		console.log(
			`${String(size).padStart(4)} phones: note → facilitator p50 ${pct(sorted, 50).toFixed(1)} ms, ` +
				`p95 ${pct(sorted, 95).toFixed(1)} ms (${latencies.length} notes); joined in ${joinMs.toFixed(0)} ms; ` +
				`server CPU ${(after.cpuMs - before.cpuMs).toFixed(0)} ms over ${seconds.toFixed(1)} s, ` +
				`memory ${after.rssMb.toFixed(0)} MB; errors ${errors.length + missing}` +
				(missing ? ` (${missing} notes never arrived)` : '') +
				(errors.length ? ` [${[...new Set(errors)].slice(0, 3).join('; ')}]` : '')
		);
		for (const p of phones) p.provider.destroy();
		facilitator.provider.destroy();
		await post(`/api/rooms/${room.code}/close`, {}, room.facilitatorToken);
	}
} finally {
	server.kill();
	rmSync(data, { recursive: true, force: true });
}
