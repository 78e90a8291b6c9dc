// The server's HTTP side: the app's files, the SPA's fallback for page navigations only, and
// malformed requests answered without ever ending the process.
import { connect as rawConnect } from 'node:net';
import { api, cleanUp, start, type Running } from './helpers';

let server: Running;
beforeAll(async () => {
	server = await start();
});
afterAll(async () => {
	await server.close();
	cleanUp(server);
});

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(server.base + path, { headers });

/** Sends raw bytes on a fresh TCP connection and returns what came back. */
function raw(bytes: string | Buffer): Promise<string> {
	return new Promise((resolve) => {
		const socket = rawConnect(server.port, '127.0.0.1');
		let answer = '';
		socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
		socket.on('close', () => resolve(answer));
		socket.on('error', () => resolve(answer));
		socket.write(bytes);
		setTimeout(() => socket.end(), 300);
	});
}

it('serves the app, gzipped when asked, and the shell for a deep link', async () => {
	const home = await get('/', { 'accept-encoding': 'gzip' });
	expect(home.status).toBe(200);
	expect(home.headers.get('content-encoding')).toBe('gzip');
	expect(await home.text()).toContain('<title>shell</title>');
	const deep = await get('/w/some-workshop', { accept: 'text/html' });
	expect(deep.status).toBe(200);
	expect(await deep.text()).toContain('<title>shell</title>');
	const script = await get('/_app/immutable/entry/app.js');
	expect(script.status).toBe(200);
	expect(script.headers.get('cache-control')).toContain('immutable');
});

it('answers 404 for a missing script or file, never the HTML shell', async () => {
	expect((await get('/_app/immutable/entry/gone.js', { accept: '*/*' })).status).toBe(404);
	expect((await get('/_app/immutable/entry/gone.js', { accept: 'text/html' })).status).toBe(404);
	expect((await get('/icons/missing.png')).status).toBe(404);
	expect((await get('/api/nothing')).status).toBe(404);
});

it('answers a malformed address with 400 and keeps serving', async () => {
	expect((await get('/%E0%A4%A')).status).toBe(400);
	expect((await get('/j/%')).status).toBe(400);
	expect((await get('/api/rooms/%ZZ/join')).status).toBe(400);
	expect(await raw('GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
	expect(await raw('\x00\x01\x02 garbage \r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
	expect(await raw(Buffer.alloc(70_000, 0x41))).toMatch(/^HTTP\/1.1 4\d\d/);
	const health = await get('/healthz');
	expect(health.status).toBe(200);
	expect(await health.json()).toMatchObject({ ok: true });
});

it('refuses bad API bodies without falling over', async () => {
	expect((await api(server, '/api/rooms', { body: { workshopId: '' } })).status).toBe(400);
	const notJson = await fetch(server.base + '/api/rooms', { method: 'POST', body: '{nope' });
	expect(notJson.status).toBe(400);
	const huge = await fetch(server.base + '/api/rooms', {
		method: 'POST',
		body: JSON.stringify({ workshopId: 'x'.repeat(100_000) })
	});
	expect(huge.status).toBe(413);
	expect((await get('/healthz')).status).toBe(200);
});

it('takes websockets at /sync only', async () => {
	const answer = await raw(
		'GET /elsewhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
	);
	expect(answer).not.toMatch(/101 Switching/);
	expect((await get('/healthz')).status).toBe(200);
});

it('stops at once though a phone holds a keep-alive connection and a socket is mid-upgrade', async () => {
	const own = await start();
	try {
		const open = (bytes: string) =>
			new Promise<ReturnType<typeof rawConnect>>((resolve) => {
				const socket = rawConnect(own.port, '127.0.0.1', () => {
					socket.write(bytes);
					resolve(socket);
				});
				socket.on('error', () => {});
				socket.resume(); // what comes back is read and dropped, so the end can arrive
			});
		// A finished request on a connection kept alive, and an upgrade whose head never ends (a
		// phone that lost the Wi-Fi halfway): the old stop waited minutes for the second.
		const keptAlive = await open('GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
		const halfUpgrade = await open(
			'GET /sync HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
				'Sec-WebSocket-Version: 13\r\n'
		);
		await new Promise((resolve) => setTimeout(resolve, 200));
		const ended = (socket: typeof keptAlive) =>
			new Promise<boolean>((resolve) => {
				socket.once('close', () => resolve(true));
				setTimeout(() => resolve(false), 1000);
			});
		const bothEnded = Promise.all([ended(keptAlive), ended(halfUpgrade)]);
		const stopped = await Promise.race([
			own.close().then(() => true),
			new Promise((resolve) => setTimeout(() => resolve(false), 1000))
		]);
		expect(stopped).toBe(true);
		expect(await bothEnded).toEqual([true, true]);
	} finally {
		cleanUp(own);
	}
});
