// Starts the app's own server (build-server/, after `npm run build`) for a browser test or a
// bench: on 127.0.0.1, on a port the system picks, with its rooms in a fresh temporary directory,
// telling phones to use `origin` (a loopback name the browser maps to 127.0.0.1, never a LAN
// address). Resolves once it listens, with its port and a stop that also removes the rooms.
// With `env.REDIS_URL` it is one of several processes sharing rooms through that Redis.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `port` and `data` start it again where an earlier one stopped (a restart mid-room). `main` is
 * the built server (default build-server/main.js); `env` is added to the process's environment.
 * @param {{ origin: string, nodeArgs?: string[], port?: number, data?: string, main?: string, env?: Record<string, string> }} options
 * @returns {Promise<{ port: number, data: string, server: import('node:child_process').ChildProcess, stop: (keepRooms?: boolean, signal?: NodeJS.Signals) => Promise<void> }>}
 */
export async function startRoomServer({
	origin,
	nodeArgs = [],
	port: wanted = 0,
	data: dir,
	main = 'build-server/main.js',
	env = {}
}) {
	const data = dir ?? mkdtempSync(join(tmpdir(), 'rooms-'));
	const server = spawn('node', [...nodeArgs, main], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(wanted),
			ROOM_DATA: data,
			ROOM_ORIGIN: origin,
			...env
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => {
			const match = /localhost:(\d+)/.exec(String(chunk));
			if (match) resolve(Number(match[1]));
		});
		server.once('exit', () => reject(new Error('the server stopped before it listened')));
	});
	/** SIGTERM stores every room first; SIGKILL is a process that dies. */
	async function stop(keepRooms = false, signal = /** @type {NodeJS.Signals} */ ('SIGTERM')) {
		if (server.exitCode === null && server.signalCode === null) {
			const gone = new Promise((resolve) => server.once('exit', resolve));
			server.kill(signal);
			await gone;
		}
		if (!keepRooms) rmSync(data, { recursive: true, force: true });
	}
	return { port, data, server, stop };
}
