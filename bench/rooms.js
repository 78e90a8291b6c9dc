// Prints the figures for rooms across several servers (issue 20), all on 127.0.0.1:
//  (a) 400 phones in one room on one process (no Redis): p95 note → facilitator (≤ 250 ms), errors,
//      the server's memory.
//  (b) ROOMS rooms × PHONES phones over two processes sharing rooms through a redis-server the
//      bench starts on a loopback port: each room's phones on one process and its facilitator on
//      the other, so every note measured crosses processes (p95 ≤ 150 ms); errors; CPU and memory
//      of each process.
// Each phone adds NOTES notes at random moments over a window (a: 60 s, b: SPREAD_S); the phones
// run in worker threads (bench/lib/room-load.js, shared with bench/room.js). Bounded: every wait
// has a time limit, and everything the bench starts is stopped at the end.
// SLICES=1 also prints the latencies per 5 s; FORCE_SYNC_MS=0 turns off the phones' forced sync
// every 20 s (the phone page's setting, kept by default: phones that connect together force their
// syncs together).
//  (c) only when asked (PART=c): the load of (b) on one process without Redis, for comparison.
// Run: npm run build && node bench/rooms.js     (PART=a, b, c or abc; ROOMS=50 PHONES=30 NOTES=3
//      SPREAD_S=30 BIG=400 REDIS_PORT=6391 to change)
import { spawn } from 'node:child_process';
import { startRoomServer } from '../scripts/room-server.js';
import { facilitator, phonesInWorkers, pct, post, usage } from './lib/room-load.js';

const LIMIT_MS = 60_000;
const PART = process.env.PART ?? 'ab';
const NOTES = Number(process.env.NOTES ?? 3);
const BIG = Number(process.env.BIG ?? 400);
const ROOMS = Number(process.env.ROOMS ?? 50);
const PHONES = Number(process.env.PHONES ?? 30);
const SPREAD_S = Number(process.env.SPREAD_S ?? 30);
const REDIS_PORT = Number(process.env.REDIS_PORT ?? 6391);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (n) => `${n.toFixed(0)} MB`;

/** Phones for a room through its join API, a few at a time (as a room's QR scans arrive). */
async function join(base, room, count) {
	const phones = [];
	for (let i = 0; i < count; i += 10)
		phones.push(
			...(await Promise.all(
				Array.from({ length: Math.min(10, count - i) }, () =>
					post(base, `/api/rooms/${room.code}/join`, { token: room.roomToken })
				)
			))
		);
	return phones;
}

/**
 * One load: `rooms` each with a facilitator on `facilitatorOn` and phones on `phonesOn`
 * (processes, by room index). Returns the latencies (sorted), errors and the usage per process.
 */
async function load({ processes, rooms, phones, spread, phonesOn, facilitatorOn }) {
	const baseOf = (p) => `http://127.0.0.1:${p.port}`;
	const made = [];
	for (let r = 0; r < rooms; r++) {
		const room = await post(baseOf(processes[0]), '/api/rooms', { workshopId: `bench-${r}` });
		const f = await facilitator(processes[facilitatorOn(r)].port, room);
		const joined = await join(baseOf(processes[phonesOn(r)]), room, phones);
		made.push({
			room,
			f,
			phones: joined.map((p) => ({ ...p, code: room.code, port: processes[phonesOn(r)].port }))
		});
	}
	const before = processes.map((p) => usage(p.server.pid));
	const benchBefore = process.cpuUsage();
	const started = Date.now();
	const all = made.flatMap((m) => m.phones);
	const crowd = await phonesInWorkers({
		phones: all,
		notes: NOTES,
		spread,
		threads: Math.min(4, Math.ceil(all.length / 50)),
		limitMs: LIMIT_MS
	});
	const joinMs = Date.now() - started;
	crowd.go();
	const expected = all.length * NOTES;
	const count = () => made.reduce((n, m) => n + m.f.arrived.size, 0);
	const deadline = Date.now() + spread + LIMIT_MS;
	while (count() < expected && Date.now() < deadline) await sleep(50);
	const seconds = (Date.now() - started) / 1000;
	const after = processes.map((p) => usage(p.server.pid));
	const bench = process.cpuUsage(benchBefore);
	const errors = [...made.flatMap((m) => m.f.errors), ...(await crowd.report())];
	const latencies = made
		.flatMap((m) =>
			[...m.f.arrived]
				.filter(([key]) => crowd.sent.has(key))
				.map(([key, at]) => at - crowd.sent.get(key))
		)
		.sort((a, b) => a - b);
	if (process.env.SLICES) {
		// p95 per 5 s of the window: shows a stall (e.g. every phone's forced sync at once).
		const t0 = Math.min(...crowd.sent.values());
		const byTime = made.flatMap((m) =>
			[...m.f.arrived]
				.filter(([k]) => crowd.sent.has(k))
				.map(([k, at]) => [crowd.sent.get(k) - t0, at - crowd.sent.get(k)])
		);
		for (let w = 0; w < spread; w += 5000) {
			const slice = byTime
				.filter(([t]) => t >= w && t < w + 5000)
				.map(([, l]) => l)
				.sort((a, b) => a - b);
			console.log(
				`  ${w / 1000}-${w / 1000 + 5} s: n ${slice.length} p50 ${pct(slice, 50).toFixed(0)} p95 ${pct(slice, 95).toFixed(0)} max ${pct(slice, 100).toFixed(0)}`
			);
		}
	}
	for (const m of made) m.f.provider.destroy();
	return {
		latencies,
		missing: expected - latencies.length,
		errors,
		joinMs,
		seconds,
		benchCpuMs: Math.round((bench.user + bench.system) / 1000),
		usage: processes.map((_, i) => ({
			cpuMs: after[i].cpuMs - before[i].cpuMs,
			rssMb: after[i].rssMb
		}))
	};
}

function line(label, result, budget) {
	const { latencies, missing, errors } = result;
	const p95 = pct(latencies, 95);
	const errorCount = errors.length + missing;
	const per = result.usage
		.map(
			(u, i) =>
				`process ${'AB'[i]}: CPU ${u.cpuMs} ms (${(u.cpuMs / 10 / result.seconds) | 0} % of a core), memory ${mb(u.rssMb)}`
		)
		.join('; ');
	console.log(
		`${label}: note → facilitator p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
			`[≤ ${budget} ms: ${p95 <= budget ? 'ok' : 'OVER'}], max ${pct(latencies, 100).toFixed(0)} ms ` +
			`(${latencies.length} notes over ${result.seconds.toFixed(0)} s, phones connected in ${result.joinMs} ms); ` +
			`errors ${errorCount}` +
			(missing ? ` (${missing} notes never arrived)` : '') +
			(errors.length ? ` [${[...new Set(errors)].slice(0, 3).join('; ')}]` : '') +
			`; ${per}; the phones' own CPU ${result.benchCpuMs} ms`
	);
}

const stops = [];
try {
	if (PART.includes('a')) {
		const one = await startRoomServer({ origin: 'http://phone.test', env: { REDIS_URL: '' } });
		stops.push(() => one.stop());
		const result = await load({
			processes: [one],
			rooms: 1,
			phones: BIG,
			spread: Math.max(3000, BIG * 150),
			phonesOn: () => 0,
			facilitatorOn: () => 0
		});
		line(`(a) ${BIG} phones, one room, one process`, result, 250);
		await stops.pop()();
	}
	if (PART.includes('b')) {
		const redis = spawn(
			'redis-server',
			['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		stops.push(async () => {
			redis.kill();
			await new Promise((resolve) => redis.once('exit', resolve));
		});
		await new Promise((resolve, reject) => {
			redis.stdout.on('data', (chunk) => String(chunk).includes('Ready to accept') && resolve());
			redis.once('exit', () =>
				reject(new Error(`redis-server did not start on port ${REDIS_PORT}`))
			);
		});
		const env = { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` };
		const nodeArgs = process.env.SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [];
		const a = await startRoomServer({ origin: 'http://phone.test', env, nodeArgs });
		stops.push(() => a.stop());
		const b = await startRoomServer({ origin: 'http://phone.test', env, nodeArgs });
		stops.push(() => b.stop());
		const result = await load({
			processes: [a, b],
			rooms: ROOMS,
			phones: PHONES,
			spread: SPREAD_S * 1000,
			// Room r's phones on one process, its facilitator on the other: every note crosses.
			phonesOn: (r) => r % 2,
			facilitatorOn: (r) => (r + 1) % 2
		});
		line(
			`(b) ${ROOMS} rooms × ${PHONES} phones, two processes and Redis, every note crossing`,
			result,
			150
		);
	}
	if (PART.includes('c')) {
		// The reference for (b): the same rooms on one process without Redis, so the figure of (b)
		// can be split into what crossing costs and what the machine (and the phones) cost.
		const one = await startRoomServer({ origin: 'http://phone.test', env: { REDIS_URL: '' } });
		stops.push(() => one.stop());
		const result = await load({
			processes: [one],
			rooms: ROOMS,
			phones: PHONES,
			spread: SPREAD_S * 1000,
			phonesOn: () => 0,
			facilitatorOn: () => 0
		});
		line(`(c) the same ${ROOMS} rooms × ${PHONES} phones on one process, no Redis`, result, 150);
	}
} finally {
	for (const stop of stops.reverse()) await stop();
}
