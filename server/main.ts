// `npm start` / `npm run serve`: the app and the live room on one port, for the laptop in the
// room. Reads the environment, finds the address phones can reach, prints it, and stores every
// open room before it stops on Ctrl+C or SIGTERM.
//
// Why it is built: Node 20 cannot run TypeScript, and the server must use the very same rules as
// the phone page (src/lib/domain/room.ts). `vite build -c vite.server.config.ts` bundles
// server/*.ts with the domain files it imports into build-server/main.js (packages stay in
// node_modules), in the same build step as the app. Tests import the .ts files directly.
//
//   HOST        where to listen (0.0.0.0: phones on the Wi-Fi can reach it; 127.0.0.1: this
//               laptop only)
//   PORT        4319
//   ROOM_ORIGIN the address phones are sent to (default: http://<this laptop's LAN IPv4>:PORT;
//               without a port, the server's own is added)
//   ROOM_DATA   where rooms are kept (default: .rooms/ in the project)
//   ROOT        the built app (default: build/)
//   ROOM_CREATE anyone: rooms may be opened from other machines too (default: this laptop only)
//   REDIS_URL   redis://host:port/db: rooms shared by every process started with the same one
//               (they are kept in that Redis, and ROOM_DATA is not used); without it, one
//               process and files, nothing to set up
import { Redis } from 'ioredis';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { startRoomServer } from './app';
import { RedisRoomStore } from './redis-store';
import { FileRoomStore } from './store';

/** The laptop's first private IPv4 address on a real network interface, if any. */
export function lanAddress(): string | null {
	const candidates: string[] = [];
	for (const entries of Object.values(networkInterfaces()))
		for (const entry of entries ?? [])
			if (entry.family === 'IPv4' && !entry.internal) candidates.push(entry.address);
	const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
	return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 4319);
const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

function originFor(actualPort: number): string {
	if (process.env.ROOM_ORIGIN) {
		// Without a port of its own, the advertised address takes the one the server got.
		const url = new URL(process.env.ROOM_ORIGIN);
		if (!url.port) url.port = String(actualPort);
		return url.origin;
	}
	const open = host === '0.0.0.0' || host === '::';
	const lan = open ? lanAddress() : null;
	return `http://${lan ?? (open ? 'localhost' : host === '127.0.0.1' ? 'localhost' : host)}:${actualPort}`;
}

// A Redis that is down or restarting does not stop the server: commands wait for it (and
// /healthz says so), and the client reconnects by itself.
const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : undefined;
redis?.on('error', (error: Error) => console.error(`Redis: ${error.message}`));

const server = await startRoomServer({
	root: resolve(process.env.ROOT ?? 'build'),
	store: redis
		? new RedisRoomStore(redis)
		: new FileRoomStore(resolve(process.env.ROOM_DATA ?? '.rooms')),
	redis,
	host,
	port,
	origin: originFor,
	createFromAnywhere: process.env.ROOM_CREATE === 'anyone'
}).catch((error: Error) => {
	console.error(`Could not serve on ${host}:${port}: ${error.message}`);
	process.exit(1);
});

console.log(
	`Journey Workshop is ready at http://${local === '127.0.0.1' ? 'localhost' : local}:${server.port}/`
);
console.log(`Phones join at ${server.origin}/j/…  (the QR code on the projector holds the link)`);
if (redis) console.log(`Rooms are shared through Redis at ${new URL(process.env.REDIS_URL!).host}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		// A stop that cannot finish in a few seconds (a disk that hangs) still ends the process:
		// an orchestrator waits for the exit, and the rooms written so far are on disk.
		setTimeout(() => {
			console.error('Stopped before every room was stored: the stop took too long.');
			process.exit(1);
		}, 8000).unref();
		void server
			.close()
			// Every store has been answered by now: nothing is left to wait for, even with Redis away.
			.then(() => redis?.disconnect())
			.finally(() => process.exit(0));
	});
