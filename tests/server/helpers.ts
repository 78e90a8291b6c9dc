// A real room server on 127.0.0.1, port 0, with its own temporary directories, and Node clients
// that connect to it as the facilitator's app and the phones do.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRoomServer, type RoomServer } from '../../server/app';
import { FileRoomStore } from '../../server/store';

/** A tiny built app: the shell and one immutable script (also gzipped, as the build makes it). */
export function fakeBuild(): string {
	const root = mkdtempSync(join(tmpdir(), 'room-build-'));
	mkdirSync(join(root, '_app/immutable/entry'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>shell</title>');
	writeFileSync(join(root, 'index.html.gz'), gzipSync('<!doctype html><title>shell</title>'));
	const script = 'export const app = 1;'.repeat(20);
	writeFileSync(join(root, '_app/immutable/entry/app.js'), script);
	writeFileSync(join(root, '_app/immutable/entry/app.js.gz'), gzipSync(script));
	return root;
}

export interface Running extends RoomServer {
	base: string;
	ws: string;
	data: string;
	root: string;
	logs: string[];
}

export async function start(
	options: { data?: string; root?: string; port?: number } = {}
): Promise<Running> {
	const data = options.data ?? mkdtempSync(join(tmpdir(), 'room-data-'));
	const root = options.root ?? fakeBuild();
	const logs: string[] = [];
	const server = await startRoomServer({
		root,
		store: new FileRoomStore(data),
		host: '127.0.0.1',
		port: options.port ?? 0,
		origin: (port) => `http://phone.test:${port}`,
		log: (line) => logs.push(line)
	});
	const base = `http://127.0.0.1:${server.port}`;
	return { ...server, base, ws: `ws://127.0.0.1:${server.port}/sync`, data, root, logs };
}

export function cleanUp(running: Running) {
	rmSync(running.data, { recursive: true, force: true });
	rmSync(running.root, { recursive: true, force: true });
}

export async function api(
	running: Pick<Running, 'base'>,
	path: string,
	init: { method?: string; body?: unknown; token?: string } = {}
) {
	const response = await fetch(running.base + path, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers: {
			'content-type': 'application/json',
			...(init.token ? { authorization: `Bearer ${init.token}` } : {})
		},
		body: init.body === undefined ? undefined : JSON.stringify(init.body)
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function openRoom(running: Pick<Running, 'base'>, workshopId = 'w-1') {
	const { body } = await api(running, '/api/rooms', { body: { workshopId } });
	return body as { code: string; facilitatorToken: string; roomToken: string; joinUrl: string };
}

export async function joinRoom(running: Pick<Running, 'base'>, code: string, token: string) {
	const { status, body } = await api(running, `/api/rooms/${code}/join`, { body: { token } });
	if (status !== 200) throw new Error(`join refused: ${status}`);
	return body as { phoneId: string; phoneToken: string };
}

/** `ws` as the provider's WebSocket. When the provider retries while a socket is still
 *  connecting, it drops its listeners and closes that socket, and `ws` then emits an 'error'
 *  nobody listens to (a browser's WebSocket stays quiet): one listener of its own keeps it so. */
class NodeWebSocket extends WebSocket {
	constructor(...args: ConstructorParameters<typeof WebSocket>) {
		super(...args);
		this.on('error', () => {});
	}
}

export interface Client {
	provider: HocuspocusProvider;
	doc: Y.Doc;
	closes: string[];
	denied: string[];
	stateless: string[];
	synced: Promise<void>;
	destroy(): void;
}

/** A provider in Node: `ws` as its WebSocket (Node 20 has none) and it attaches itself. */
export function connect(
	running: Pick<Running, 'ws'>,
	name: string,
	token: string,
	doc = new Y.Doc(),
	asPhone = token.includes(':')
): Client {
	const closes: string[] = [];
	const denied: string[] = [];
	const stateless: string[] = [];
	let synced!: () => void;
	const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
	const provider = new HocuspocusProvider({
		url: running.ws,
		name,
		token,
		document: doc,
		WebSocketPolyfill: NodeWebSocket,
		// As the phone page does: no presence (the server refuses it from phones).
		...(asPhone ? { awareness: null } : {}),
		// A test never waits long for a reconnect.
		delay: 50,
		minDelay: 50,
		maxDelay: 200,
		onSynced: () => synced(),
		onClose: ({ event }) => closes.push(String(event.reason ?? event.code)),
		onAuthenticationFailed: ({ reason }) => denied.push(reason),
		onStateless: ({ payload }) => stateless.push(payload)
	} as ConstructorParameters<typeof HocuspocusProvider>[0]);
	return {
		provider,
		doc,
		closes,
		denied,
		stateless,
		synced: syncedPromise,
		destroy() {
			provider.destroy();
			provider.configuration.websocketProvider.destroy();
		}
	};
}

export const until = (check: () => boolean, ms = 3000) =>
	vi.waitFor(
		() => {
			if (!check()) throw new Error(`not yet: ${check.toString()}`);
		},
		{ timeout: ms, interval: 10 }
	);

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
