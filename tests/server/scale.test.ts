// Rooms across several server processes (issue 20): a real redis-server on a loopback port and
// real server processes (the built server/main.ts, started with REDIS_URL), so a process can be
// killed as an orchestrator or a crash kills it. The phone on A, the facilitator on B.
//
// The server is built into node_modules/.cache/ first (`npm test` runs these before the app's
// build), the same bundle `npm start` runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tcp, createServer, type Server, type Socket } from 'node:net';
import { build } from 'vite';
import * as Y from 'yjs';
import { Redis } from 'ioredis';
import { startRoomServer } from '../../scripts/room-server.js';
import { RedisRoomStore } from '../../server/redis-store';
import { api, connect, joinRoom, openRoom, pause, until as untilIn, type Client } from './helpers';

/** Across processes and Redis, on a CI machine that may be busy: a longer wait than in-process. */
const until = (check: () => boolean, ms = 10_000) => untilIn(check, ms);

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
	console.warn(
		'tests/server/scale.test.ts skipped: redis-server is not installed (apt-get install redis-server; .ci/run does).'
	);

const SERVER = 'node_modules/.cache/room-server-scale/main.js';

interface Node {
	base: string;
	ws: string;
	port: number;
	server: ChildProcess;
	stop: (keep?: boolean, signal?: NodeJS.Signals) => Promise<void>;
}

let redis: ChildProcess;
let redisUrl = '';
const nodes: Node[] = [];
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** One server process sharing rooms through the test's Redis; `port` to start one again. */
async function node(port = 0): Promise<Node> {
	const started = await startRoomServer({
		origin: 'http://phone.test',
		port,
		main: SERVER,
		env: { REDIS_URL: redisUrl, ROOT: '/nonexistent-build' }
	});
	const running = {
		...started,
		base: `http://127.0.0.1:${started.port}`,
		ws: `ws://127.0.0.1:${started.port}/sync`
	};
	nodes.push(running);
	return running;
}

/** A load balancer in a few lines: each new connection goes to the first process that takes it,
 *  so once A is dead everything new goes to B. */
async function balancer(ports: number[]): Promise<{ base: string; ws: string; server: Server }> {
	const server = createServer((client: Socket) => {
		client.on('error', () => {});
		const attempt = (i: number) => {
			if (i >= ports.length) return client.destroy();
			const upstream = tcp(ports[i]!, '127.0.0.1');
			let open = false;
			upstream.once('connect', () => {
				open = true;
				client.pipe(upstream).pipe(client);
			});
			upstream.on('error', () => (open ? client.destroy() : attempt(i + 1)));
			upstream.on('close', () => open && client.destroy());
			client.on('close', () => upstream.destroy());
		};
		attempt(0);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return { base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}/sync`, server };
}

let redisDir = '';

/** redis-server on a loopback port, writing nothing by itself (a test asks for a SAVE when it
 *  restarts Redis). */
async function startRedis(port: number): Promise<ChildProcess> {
	const server = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'].concat([
			'--dir',
			redisDir
		]),
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((resolve, reject) => {
		server.stdout!.on('data', (chunk) => {
			if (String(chunk).includes('Ready to accept connections')) resolve();
		});
		server.once('exit', () => reject(new Error('redis-server stopped before it was ready')));
	});
	return server;
}

/** Which keys of a map were added, and how many times each (a note must arrive once). */
function arrivals(doc: Y.Doc, name = 'items') {
	const added = new Map<string, number>();
	doc.getMap(name).observe((event) => {
		for (const [key, change] of event.changes.keys)
			if (change.action === 'add') added.set(key, (added.get(key) ?? 0) + 1);
	});
	return added;
}

const note = (text: string) => ({ kind: 'idea', text, at: 1 });

describe.skipIf(!hasRedis)('rooms across several server processes', () => {
	beforeAll(async () => {
		await build({
			configFile: 'vite.server.config.ts',
			logLevel: 'warn',
			build: { outDir: 'node_modules/.cache/room-server-scale', emptyOutDir: true }
		});
		const port = await freePort();
		redisDir = mkdtempSync(join(tmpdir(), 'redis-'));
		redis = await startRedis(port);
		redisUrl = `redis://127.0.0.1:${port}`;
	}, 60_000);

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		await Promise.all(nodes.splice(0).map((n) => n.stop()));
	});

	afterAll(() => {
		redis?.kill('SIGKILL');
		if (redisDir) rmSync(redisDir, { recursive: true, force: true });
	});

	it('puts a phone on A and the facilitator on B in one room; killing A loses nothing', async () => {
		const [a, b] = [await node(), await node()];
		expect((await api(a, '/healthz')).body).toMatchObject({ ok: true, redis: 'up' });

		// Made on A, joined on B, the phone's socket on A: every process knows every room and phone.
		const room = await openRoom(a);
		const facilitator = track(connect(b, room.code, room.facilitatorToken));
		await facilitator.synced;
		const heard = arrivals(facilitator.doc);
		facilitator.doc.getMap('room').set('step', 7);
		const { phoneId, phoneToken } = await joinRoom(b, room.code, room.roomToken);
		const phone = track(connect(a, room.code, phoneToken));
		await phone.synced;
		expect(phone.denied).toEqual([]);
		await until(() => phone.doc.getMap('room').get('step') === 7);

		const items = phone.doc.getMap('items');
		items.set(`${phoneId}|1`, note('Before the crash'));
		await until(() => heard.has(`${phoneId}|1`));
		// B counts the phone connected to A (each process says which phones it holds every 3 s).
		const status = () => api(b, `/api/rooms/${room.code}`, { token: room.facilitatorToken });
		let phones = 0;
		for (let tries = 0; tries < 50 && phones !== 1; tries++, await pause(100))
			phones = (await status()).body.phones;
		expect(phones).toBe(1);

		// A dies mid-room. The phone keeps writing, offline.
		await a.stop(true, 'SIGKILL');
		await until(() => phone.closes.length > 0);
		phone.doc.transact(() => {
			items.set(`${phoneId}|2`, note('While A was down'));
			items.set(`${phoneId}|3`, note('Still down'));
		});
		await pause(300);
		expect(heard.has(`${phoneId}|2`)).toBe(false);

		// A starts again at the same address (an orchestrator's restart): the phone reconnects by
		// itself and its pending notes reach the facilitator on B, each once.
		const again = await node(a.port);
		await until(() => heard.has(`${phoneId}|2`) && heard.has(`${phoneId}|3`), 10_000);
		await pause(300);
		expect([...heard]).toEqual([
			[`${phoneId}|1`, 1],
			[`${phoneId}|2`, 1],
			[`${phoneId}|3`, 1]
		]);

		// Both stop gracefully (the phone is told, 1012), and a third process that never saw the
		// room loads all of it from Redis.
		await Promise.all([again.stop(), b.stop()]);
		expect(phone.closes).toContain('restarting');
		for (const client of clients.splice(0)) client.destroy();
		const c = await node();
		const late = track(connect(c, room.code, room.facilitatorToken));
		await late.synced;
		expect(late.doc.getMap('room').get('step')).toBe(7);
		expect([...late.doc.getMap('items').keys()].sort()).toEqual(
			[1, 2, 3].map((n) => `${phoneId}|${n}`)
		);
	}, 60_000);

	it('moves the phone of a dead process to the other one behind a load balancer', async () => {
		const [a, b] = [await node(), await node()];
		const front = await balancer([a.port, b.port]);
		try {
			// The phone joins and connects through the balancer (to A); the facilitator is on B.
			const room = await openRoom(a);
			const facilitator = track(connect(b, room.code, room.facilitatorToken));
			await facilitator.synced;
			const heard = arrivals(facilitator.doc);
			const { phoneId, phoneToken } = await joinRoom(front, room.code, room.roomToken);
			const phone = track(connect(front, room.code, phoneToken));
			await phone.synced;
			phone.doc.getMap('items').set(`${phoneId}|1`, note('On A'));
			await until(() => heard.has(`${phoneId}|1`));

			await a.stop(true, 'SIGKILL');
			await until(() => phone.closes.length > 0);
			phone.doc.getMap('items').set(`${phoneId}|2`, note('Written while A died'));
			// The phone reconnects by itself, the balancer sends it to B, and its note arrives once.
			await until(() => heard.has(`${phoneId}|2`));
			phone.doc.getMap('items').set(`${phoneId}|3`, note('On B'));
			await until(() => heard.has(`${phoneId}|3`));
			await pause(200);
			expect([...heard.values()]).toEqual([1, 1, 1]);
		} finally {
			front.server.close();
		}
	}, 30_000);

	it('keeps an edit the dead process never stored: the process that heard it stores it', async () => {
		const [a, b] = [await node(), await node()];
		const room = await openRoom(a);
		const facilitator = track(connect(b, room.code, room.facilitatorToken));
		await facilitator.synced;
		const { phoneId, phoneToken } = await joinRoom(a, room.code, room.roomToken);
		const phone = connect(a, room.code, phoneToken);
		await phone.synced;
		phone.doc.getMap('items').set(`${phoneId}|1`, note('Only A and B ever had this'));
		await until(() => facilitator.doc.getMap('items').has(`${phoneId}|1`));
		// A dies before its own store (a second after the change), and the phone is gone for good.
		await a.stop(true, 'SIGKILL');
		phone.destroy();
		// B stores what it heard within its own second; then B dies too, without a graceful stop.
		await pause(2000);
		await b.stop(true, 'SIGKILL');
		const c = await node();
		const late = track(connect(c, room.code, room.facilitatorToken));
		await late.synced;
		expect(late.doc.getMap('items').has(`${phoneId}|1`)).toBe(true);
	}, 30_000);

	it('refuses on B at once a room closed on A, and drops B’s phones', async () => {
		const [a, b] = [await node(), await node()];
		const room = await openRoom(a);
		const facilitator = track(connect(a, room.code, room.facilitatorToken));
		await facilitator.synced;
		const { phoneToken } = await joinRoom(a, room.code, room.roomToken);
		const phone = track(connect(b, room.code, phoneToken));
		await phone.synced;

		expect(
			(await api(a, `/api/rooms/${room.code}/close`, { body: {}, token: room.facilitatorToken }))
				.status
		).toBe(204);
		// B's phone is told, dropped, and refused when it tries again.
		await until(() => phone.stateless.some((payload) => payload.includes('closed')));
		await until(() => phone.denied.includes('closed'), 5000);
		expect(await joinRoom(b, room.code, room.roomToken).catch((e: Error) => e.message)).toBe(
			'join refused: 410'
		);
	}, 30_000);

	it('keeps what two processes store of the same room, however their saves interleave', async () => {
		// Two stores on two connections, as two processes have: each saves the room as it sees it.
		const connections = [new Redis(redisUrl), new Redis(redisUrl)];
		const [one, two] = connections.map((redis) => new RedisRoomStore(redis)) as [
			RedisRoomStore,
			RedisRoomStore
		];
		try {
			const code = 'CDFGHJ';
			const base = new Y.Doc();
			base.getMap('room').set('step', 3);
			const seen = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);
			const [a, b] = [new Y.Doc(), new Y.Doc()];
			Y.applyUpdate(a, seen(base));
			Y.applyUpdate(b, seen(base));
			// Each process has edits the other has not seen yet, and they save many times, at once,
			// past the point where the list is compacted.
			for (let i = 0; i < 12; i++) {
				a.getMap('items').set(`a${i}`, i);
				b.getMap('items').set(`b${i}`, i);
				await Promise.all([one.saveDoc(code, seen(a)), two.saveDoc(code, seen(b))]);
			}
			const loaded = new Y.Doc();
			Y.applyUpdate(loaded, (await one.loadDoc(code))!);
			expect(loaded.getMap('room').get('step')).toBe(3);
			expect(loaded.getMap('items').size).toBe(24);
			// 24 saves, but the list was compacted on the way (every 8) rather than kept whole.
			expect(await connections[0]!.llen(`jw:room:${code}:doc`)).toBeLessThanOrEqual(9);

			// Meta: each process adds its own phone to the room it read; the close sticks.
			const meta = {
				code,
				workshopId: 'w-1',
				roomToken: 'r',
				facilitatorHash: 'f',
				phones: {},
				createdAt: 1,
				closedAt: null
			};
			await one.saveMeta(meta);
			const [onOne, onTwo] = [(await one.loadMeta(code))!, (await two.loadMeta(code))!];
			onOne.phones['p1'] = { tokenHash: 'h1', joinedAt: 2 };
			onTwo.phones['p2'] = { tokenHash: 'h2', joinedAt: 3 };
			await Promise.all([one.saveMeta(onOne), two.saveMeta(onTwo)]);
			await one.saveMeta({ ...onOne, closedAt: 9 });
			await two.saveMeta(onTwo); // read before the close, saved after it
			expect(await two.loadMeta(code)).toEqual({
				...meta,
				phones: { p1: { tokenHash: 'h1', joinedAt: 2 }, p2: { tokenHash: 'h2', joinedAt: 3 } },
				closedAt: 9
			});
		} finally {
			await Promise.all(connections.map((redis) => redis.quit()));
		}
	});

	it('says in /healthz when Redis cannot be reached', async () => {
		const a = await node();
		expect((await api(a, '/healthz')).status).toBe(200);
		redis.kill('SIGSTOP');
		try {
			const health = await api(a, '/healthz');
			expect(health.status).toBe(503);
			expect(health.body).toMatchObject({ ok: false, redis: 'down' });
		} finally {
			redis.kill('SIGCONT');
		}
		// Redis back: healthy again.
		let status = 0;
		for (let tries = 0; tries < 50 && status !== 200; tries++, await pause(100))
			status = (await api(a, '/healthz')).status;
		expect(status).toBe(200);
	}, 30_000);

	it('keeps a phone’s token when Redis is away while it signs in', async () => {
		const a = await node();
		const room = await openRoom(a);
		const { phoneToken } = await joinRoom(a, room.code, room.roomToken);
		// Redis goes away (its data kept on disk); the phone comes to sign in meanwhile.
		const admin = new Redis(redisUrl);
		await admin.save();
		admin.disconnect();
		redis.kill('SIGKILL');
		await new Promise((resolve) => redis.once('exit', resolve));
		const phone = track(connect(a, room.code, phoneToken));
		// The server gives up reading the store (ioredis's retries, about 10 s): the socket is cut,
		// not refused, so the phone keeps its token and tries again.
		await until(() => phone.closes.length > 0 || phone.denied.length > 0, 25_000);
		expect(phone.denied).toEqual([]);
		redis = await startRedis(Number(new URL(redisUrl).port));
		await phone.synced;
		expect(phone.denied).toEqual([]);
	}, 60_000);
});
