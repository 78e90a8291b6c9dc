// The app's own server for a browser test of the live room, started by the test: on 127.0.0.1,
// port 0, advertising http://HOST:PORT, and a Chromium that maps HOST to 127.0.0.1 — so whatever
// a QR code or a link holds, no request leaves this machine.
import { chromium, test, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { startRoomServer } from '../../scripts/room-server.js';

export interface RoomServer {
	port: number;
	browser: Browser;
}

/** Starts the server and the browser before the file's tests, and stops both after them. */
export function useRoomServer(host: string): RoomServer {
	const room = { port: 0 } as RoomServer;
	let stop: (() => Promise<void>) | undefined;
	test.beforeAll(async () => {
		const started = await startRoomServer({ origin: `http://${host}` });
		room.port = started.port;
		stop = started.stop;
		room.browser = await chromium.launch({
			executablePath: CHROMIUM_PATH,
			args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${host} 127.0.0.1`]
		});
	});
	test.afterAll(async () => {
		await room.browser?.close();
		await stop?.();
	});
	return room;
}
