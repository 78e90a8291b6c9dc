// Prints the live room's figures: N simulated phones (Node clients with the Hocuspocus provider,
// set up as the phone page sets it up) in one room of the built server on 127.0.0.1, each adding
// notes; the time from "a phone adds a note" to "the facilitator's client has it" (p50/p95), the
// server's CPU and memory, and errors. Bounded: SIZES phones, NOTES notes each, and a time limit
// per size. Budgets (issue 19): p95 ≤ 100 ms at 30 phones, ≤ 250 ms at 400, no error.
// The phones run in worker threads (bench/lib/room-load.js, shared with bench/rooms.js). Each phone adds
// its notes at random moments over a window that grows with the room (400 phones × 3 notes over
// a minute: 20 notes a second, each sent on to every phone — 8,000 messages a second).
// Run: npm run build && node bench/room.js        (SIZES=30,100,400 NOTES=3 to change)
import { startRoomServer } from '../scripts/room-server.js';
import {
	facilitator as connectFacilitator,
	phonesInWorkers,
	pct,
	post as postTo,
	usage
} from './lib/room-load.js';

const LIMIT_MS = 60_000;

const SIZES = (process.env.SIZES ?? '30,100,400').split(',').map(Number);
const NOTES = Number(process.env.NOTES ?? 3);
/** The window the notes are added in grows by this much per phone (400 phones: 60 s). */
const SPREAD_MS = Number(process.env.SPREAD_MS ?? 150);
const { port, server, stop } = await startRoomServer({
	origin: 'http://phone.test',
	nodeArgs: process.env.SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []
});
const base = `http://127.0.0.1:${port}`;

const serverUsage = () => usage(server.pid);
const post = (path, body, token) => postTo(base, path, body, token);

try {
	for (const size of SIZES) {
		const started = Date.now();
		const room = await post('/api/rooms', { workshopId: `bench-${size}` });
		const facilitator = await connectFacilitator(port, room);
		const { arrived } = facilitator;

		const phones = [];
		for (let i = 0; i < size; i++)
			phones.push(await post(`/api/rooms/${room.code}/join`, { token: room.roomToken }));
		const before = serverUsage();
		const benchBefore = process.cpuUsage();
		const joinStart = performance.now();
		const threads = Math.min(4, Math.ceil(size / 50));
		const spread = Math.max(3000, size * SPREAD_MS);
		const crowd = await phonesInWorkers({
			phones: phones.map((p) => ({ ...p, port, code: room.code })),
			notes: NOTES,
			spread,
			threads,
			limitMs: LIMIT_MS
		});
		const { sent } = crowd;
		const joinMs = performance.now() - joinStart;
		crowd.go();

		const deadline = Date.now() + spread + LIMIT_MS;
		while (arrived.size < size * NOTES && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 50));
		const after = serverUsage();
		const bench = process.cpuUsage(benchBefore);
		const errors = [...facilitator.errors, ...(await crowd.report())];

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
