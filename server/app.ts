// One Node HTTP server for the whole product: the built app's files, a small JSON API for rooms,
// and the rooms' live documents over a websocket at /sync (Hocuspocus 3.4, the newest line that
// runs on Node 20). Apart from the listening itself, nothing here reads the environment:
// server/main.ts does, and tests start this with their own directories on port 0.
//
// The HTTP side never lets a request end the process: every handler runs inside one try/catch
// that answers 400 or 500, a malformed path answers 400, and a missing file under /_app/ is a
// 404 (only a page navigation falls back to index.html, as the SPA needs).
//
// The API (JSON in, JSON out):
//   POST /api/rooms                 { workshopId } → { code, facilitatorToken, roomToken, joinUrl }
//                                   only from this laptop (loopback), unless anyone may create
//   GET  /api/rooms/CODE            facilitator's bearer token → { code, open, phones, joined }
//   POST /api/rooms/CODE/close      facilitator's bearer token → 204; every phone told and dropped
//   POST /api/rooms/CODE/join       { token } (the room token from the link) → { phoneId, phoneToken }
//   GET  /healthz                   { ok: true, rooms } for a process manager; with Redis also
//                                   { redis: 'up' }, or 503 { ok: false, redis: 'down' }
// The sync endpoint takes the room's code as the document name and, as its token, the
// facilitator's token or the phone's token.
//
// Several processes (options.redis, REDIS_URL in main.ts): each room's live changes pass between
// the processes that hold it through Hocuspocus's Redis extension, and rooms are kept in Redis
// (server/redis-store.ts), so a phone on one process and the facilitator on another share one
// room, and any process can take over a room whose process died.
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisSync } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Document, type onChangePayload } from '@hocuspocus/server';
import type { Redis } from 'ioredis';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { encodeStateAsUpdate } from 'yjs';
import { isRoomCode, LIMITS, roomOfDocument, sharedDocName } from '../src/lib/domain/room';
import { guardMessage, RateLog, Refused, type Who } from './rights';
import { PhonesHere } from './phones-here';
import { RoomError, Rooms } from './rooms';
import type { RoomStore } from './store';

export interface RoomServerOptions {
	/** The built app (build/). */
	root: string;
	store: RoomStore;
	host: string;
	port: number;
	/** The origin phones are told to use, e.g. http://192.168.1.20:4319; port 0 is replaced by
	 *  the port the server got. */
	origin: (port: number) => string;
	/** Whether rooms may be made from other machines than this one (several servers, issue 20). */
	createFromAnywhere?: boolean;
	/** Rooms shared with other processes through this Redis (the store should be a
	 *  RedisRoomStore on the same Redis). */
	redis?: Redis;
	log?: (line: string) => void;
}

/** The Redis extension, except its lock around storing. The lock lets one process store a
 *  room at a time and makes the others skip their store in silence: right for a store that
 *  overwrites, wrong for ours, which appends and merges (a skipped store could be the only copy
 *  of an edit). Here every process stores what it holds, and nothing is skipped. */
class SharedRooms extends RedisSync {
	override async onStoreDocument() {}
}

/** How a change that came from another process through Redis is marked (the extension's own). */
const FROM_REDIS = '__hocuspocus__redis__origin__';

export interface RoomServer {
	http: Server;
	hocuspocus: Hocuspocus;
	port: number;
	origin: string;
	/** Stores every open room and stops. */
	close(): Promise<void>;
}

const JSON_LIMIT = 4 * 1024;

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function send(res: ServerResponse, status: number, body?: unknown): void {
	if (res.headersSent) return void res.end();
	if (body === undefined) return void res.writeHead(status).end();
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > JSON_LIMIT) throw new HttpError(413, 'too large');
		chunks.push(chunk);
	}
	try {
		const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
		if (value && typeof value === 'object' && !Array.isArray(value))
			return value as Record<string, unknown>;
	} catch {
		// answered below
	}
	throw new HttpError(400, 'not JSON');
}

const bearer = (req: IncomingMessage) =>
	/^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';

const isLoopback = (address: string | undefined) =>
	!!address && (address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1');

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
	const log = options.log ?? ((line: string) => console.log(line));
	const rooms = new Rooms(options.store);
	const rates = new Map<string, RateLog>();
	let origin = '';
	const sync = options.redis
		? new SharedRooms({ redis: options.redis, prefix: 'jw:sync', disconnectDelay: 200 })
		: null;
	// The extension's own two connections: Redis being away is already said by the caller's
	// client (and /healthz); they reconnect, and subscribe again, by themselves.
	for (const client of sync ? [sync.pub, sync.sub] : []) client.on('error', () => {});
	/** The phones connected to this process in a room. */
	function phonesOf(document: Document | undefined): Set<string> {
		const phones = new Set<string>();
		for (const connection of document?.getConnections() ?? []) {
			const who = (connection.context as { who?: Who }).who;
			if (who?.role === 'phone') phones.add(who.phoneId);
		}
		return phones;
	}
	/** With Redis: the phones connected to the other processes too. */
	const here = options.redis
		? new PhonesHere(options.redis, () => {
				const rooms = new Map<string, Set<string>>();
				for (const [code, document] of hocuspocus.documents) {
					const phones = phonesOf(document);
					if (phones.size) rooms.set(code, phones);
				}
				return rooms;
			})
		: null;
	/** Rooms whose close this process has already carried out. */
	const closing = new Set<string>();

	const hocuspocus = new Hocuspocus({
		quiet: true,
		// A room's document reaches the disk within a second of a change, at most 4 s under a
		// steady stream, and at once when the last client leaves or the server stops. Whatever a
		// crash loses of those seconds, the clients still hold and send again on reconnecting.
		debounce: 1000,
		maxDebounce: 4000,
		extensions: [
			...(sync ? [sync] : []),
			new Database({
				fetch: async ({ documentName }) => options.store.loadDoc(documentName),
				store: async ({ documentName, state }) => options.store.saveDoc(documentName, state)
			})
		],
		async onChange(payload: onChangePayload) {
			if ((payload.transactionOrigin as unknown) !== FROM_REDIS) return;
			const { document, documentName } = payload;
			// Hocuspocus stores only what this process's own clients changed. A change that came from
			// another process is stored here too: if that process dies before its own store, this
			// copy is kept (the store merges, so storing twice costs space, never an edit).
			void hocuspocus.storeDocumentHooks(document, payload);
			// Closed on another process: its phones here are dropped too, once the store says so.
			if (document.getMap('room').get('closed') === true && !closing.has(documentName)) {
				closing.add(documentName);
				if (await rooms.isClosed(documentName)) dropAll(document);
				else closing.delete(documentName);
			}
		},
		async onAuthenticate({ documentName, token, request }) {
			try {
				const room = roomOfDocument(documentName);
				if (!room) throw new RoomError(404, 'no-room');
				const who = await rooms.authenticate(room.code, token);
				// The workshop shared between facilitators' laptops: never a phone.
				if (room.shared && who.role !== 'facilitator') throw new RoomError(403, 'bad-token');
				return { who };
			} catch (error) {
				if (!(error instanceof RoomError)) {
					// The store could not be read (Redis restarting): not the token's fault. A refusal
					// would make the phone forget its token for good; a cut socket makes it try again.
					log(`room ${documentName}: sign-in not checked: ${(error as Error).message}`);
					socketOf.get(request)?.terminate();
				}
				// The reason reaches the client: "closed" lets a phone say the room has ended.
				const reason = error instanceof RoomError ? error.reason : 'bad-token';
				throw Object.assign(new Error(reason), { reason });
			}
		},
		async beforeHandleMessage({ context, document, update, connection, documentName }) {
			const who = (context as { who?: Who }).who;
			if (!who) throw new Refused('malformed', 'not signed in');
			let rate = rates.get(documentName);
			if (!rate) rates.set(documentName, (rate = new RateLog()));
			try {
				if (who.role === 'phone' && update.length > LIMITS.messageBytes)
					throw new Refused('too-long', `${update.length} bytes`);
				guardMessage(who, document, update, rate, connection);
			} catch (error) {
				if (error instanceof Refused && who.role === 'phone')
					log(`room ${documentName}: phone ${who.phoneId} ${error.message}`);
				// Hocuspocus drops this document's connection; the socket goes too, so the phone's
				// provider starts over (and backs off) instead of believing it is still in sync.
				setTimeout(() => connection.webSocket.close(4400, 'refused'), 50);
				throw error;
			}
		}
	});

	// Each message from a client is capped; a larger one closes that client's socket (1009). The
	// socket does not know yet whose it is: it takes a facilitator's size, and a phone's message
	// over a phone's size is refused when it is read (beforeHandleMessage).
	const sockets = new WebSocketServer({
		noServer: true,
		maxPayload: LIMITS.facilitatorMessageBytes
	});
	/** Each upgrade request's socket, for a sign-in that has to be cut rather than refused. */
	const socketOf = new WeakMap<IncomingMessage, WebSocket>();
	sockets.on('connection', (socket, request) => {
		socket.on('error', (error) => log(`websocket error: ${error.message}`));
		socketOf.set(request, socket);
		hocuspocus.handleConnection(socket, request);
	});

	const files = existsSync(options.root)
		? sirv(options.root, {
				// Each request looks on disk: a rebuild while the server runs is served at once.
				dev: true,
				etag: true,
				gzip: true,
				brotli: true,
				setHeaders(res, pathname) {
					res.setHeader(
						'cache-control',
						pathname.startsWith('/_app/immutable/') || pathname.startsWith('/phone/assets/')
							? 'public, max-age=31536000, immutable'
							: 'no-cache'
					);
				}
			})
		: null;
	const shell = files
		? sirv(options.root, { dev: true, etag: true, gzip: true, brotli: true, single: true })
		: null;

	function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string) {
		if (!files || !shell)
			return send(res, 503, { error: 'The app is not built: run npm run build.' });
		if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405);
		files(req, res, () => {
			// Only a page navigation gets the app's shell; a missing script, image or file is a 404,
			// so a stale page asking for an old chunk fails loudly instead of running HTML as code.
			const accept = req.headers.accept ?? '';
			const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
			const isPage =
				!pathname.startsWith('/_app/') &&
				(accept.includes('text/html') || !lastSegment.includes('.'));
			if (!isPage) return send(res, 404);
			res.setHeader('cache-control', 'no-cache');
			// A phone's page is its own small app (src/phone/) when the build has it.
			if (pathname.startsWith('/j/') && existsSync(join(options.root, 'phone/index.html'))) {
				req.url = '/phone/index.html';
				return files(req, res, () => send(res, 404));
			}
			req.url = '/';
			shell(req, res, () => send(res, 404));
		});
	}

	async function api(req: IncomingMessage, res: ServerResponse, parts: string[]) {
		const [code, action] = parts;
		if (parts.length === 0 && req.method === 'POST') {
			if (!options.createFromAnywhere && !isLoopback(req.socket.remoteAddress))
				return send(res, 403, { error: 'Rooms are opened on the facilitator’s laptop.' });
			const body = await readJson(req);
			const room = await rooms.create(String(body.workshopId ?? ''));
			return send(res, 201, { ...room, joinUrl: `${origin}/j/${room.code}#${room.roomToken}` });
		}
		if (!code || !isRoomCode(code) || parts.length > 2) return send(res, 404, { error: 'no-room' });
		if (action === 'join' && req.method === 'POST') {
			const body = await readJson(req);
			return send(res, 200, await rooms.join(code, String(body.token ?? '')));
		}
		if (action === 'close' && req.method === 'POST') {
			const meta = await rooms.facilitated(code, bearer(req));
			await closeRoom(code, () => rooms.close(meta));
			return send(res, 204);
		}
		if (action === undefined && req.method === 'GET') {
			const meta = await rooms.facilitated(code, bearer(req));
			const phones = phonesOf(hocuspocus.documents.get(code));
			return send(res, 200, {
				code,
				open: meta.closedAt === null,
				phones: here ? await here.count(code, phones) : phones.size,
				joined: Object.keys(meta.phones).length,
				joinUrl: `${origin}/j/${code}#${meta.roomToken}`
			});
		}
		return send(res, 404, { error: 'not found' });
	}

	/** Closing: the store first (so no token works again, even after a restart), then the
	 *  document says so, then every client is told and dropped. */
	async function closeRoom(code: string, markClosed: () => Promise<void>) {
		await markClosed();
		const document: Document | undefined = hocuspocus.documents.get(code);
		if (!document) return;
		document.transact(() => document.getMap('room').set('closed', true), 'server');
		await options.store.saveDoc(code, encodeStateAsUpdate(document));
		// With Redis, the extension passes this on to the clients of every other process.
		document.broadcastStateless(JSON.stringify({ event: 'closed' }));
		closing.add(code);
		dropAll(document);
	}

	/** Each socket is closed, not only the document's connection, so a phone that tries again
	 *  meets the refusal ("closed") rather than a socket that stays silent. */
	function dropAll(document: Document) {
		// The room's facilitators' shared workshop closes with it.
		const room = roomOfDocument(document.name);
		const shared = room && !room.shared ? hocuspocus.documents.get(sharedDocName(room.code)) : null;
		for (const each of [document, ...(shared ? [shared] : [])])
			for (const connection of each.getConnections()) connection.webSocket.close(4410, 'closed');
	}

	/** Whether Redis answers within a second (for /healthz). */
	async function redisUp(redis: Redis): Promise<boolean> {
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 1000)));
		try {
			return await Promise.race([redis.ping().then((answer) => answer === 'PONG'), late]);
		} catch {
			return false;
		} finally {
			clearTimeout(timer);
		}
	}

	const http = createServer(async (req, res) => {
		try {
			const url = req.url ?? '/';
			const pathname = url.split('?')[0]!;
			let decoded: string;
			try {
				decoded = decodeURIComponent(pathname);
			} catch {
				return send(res, 400, { error: 'malformed address' });
			}
			if (decoded.includes('\0')) return send(res, 400, { error: 'malformed address' });
			if (pathname === '/healthz') {
				const rooms = hocuspocus.getDocumentsCount();
				if (!options.redis) return send(res, 200, { ok: true, rooms });
				// Without Redis this process can neither load a room nor reach the others: a load
				// balancer should send phones elsewhere.
				const up = await redisUp(options.redis);
				return send(res, up ? 200 : 503, { ok: up, rooms, redis: up ? 'up' : 'down' });
			}
			if (pathname === '/sync') return send(res, 426, { error: 'websocket only' });
			if (pathname === '/api/rooms' || pathname.startsWith('/api/rooms/')) {
				const parts = pathname.slice('/api/rooms'.length).split('/').filter(Boolean);
				return await api(req, res, parts);
			}
			if (pathname.startsWith('/api/')) return send(res, 404, { error: 'not found' });
			serveFile(req, res, pathname);
		} catch (error) {
			if (error instanceof RoomError) return send(res, error.status, { error: error.reason });
			if (error instanceof HttpError) return send(res, error.status, { error: error.message });
			log(`request failed: ${req.method} ${req.url}: ${(error as Error).message}`);
			send(res, 500, { error: 'server error' });
		}
	});
	http.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	http.on('upgrade', (request, socket, head) => {
		socket.on('error', () => socket.destroy());
		if ((request.url ?? '').split('?')[0] !== '/sync') return socket.destroy();
		sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
	});

	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(options.port, options.host, () => {
			http.off('error', reject);
			resolve();
		});
	});
	const port = (http.address() as AddressInfo).port;
	origin = options.origin(port);

	return {
		http,
		hocuspocus,
		port,
		origin,
		async close() {
			// Every open room to the store first, then the clients are told and go (they reconnect:
			// to the next start, or through the load balancer to another process).
			await Promise.all(
				[...hocuspocus.documents.values()].map(async (document) => {
					const pending = `onStoreDocument-${document.name}`;
					if (hocuspocus.debouncer.isDebounced(pending))
						await hocuspocus.debouncer.executeNow(pending);
					else await options.store.saveDoc(document.name, encodeStateAsUpdate(document));
				})
			);
			// No new request or socket from here on; then every open one goes at once, or the close
			// would wait for a request whose head never ends (a phone that lost the Wi-Fi halfway).
			const closed = new Promise<void>((resolve) => http.close(() => resolve()));
			sockets.close();
			// 1012 "service restart": the provider reconnects at once. A socket that does not answer
			// the close within a moment is cut.
			const told = [...sockets.clients].map(
				(socket) =>
					new Promise<void>((resolve) => {
						socket.once('close', () => resolve());
						socket.close(1012, 'restarting');
						setTimeout(() => (socket.terminate(), resolve()), 300).unref();
					})
			);
			http.closeAllConnections();
			await Promise.all([closed, ...told]);
			// The extension's own connections to Redis (the caller closes the one it passed in). A
			// Redis that is away must not hold the stop up: these are goodbyes, not data.
			const briefly = (work: Promise<unknown>) =>
				Promise.race([work.catch(() => {}), new Promise((r) => setTimeout(r, 500).unref())]);
			if (here) await briefly(here.stop());
			if (sync) {
				await briefly(sync.onDestroy());
				sync.pub.disconnect();
				sync.sub.disconnect();
			}
		}
	};
}
