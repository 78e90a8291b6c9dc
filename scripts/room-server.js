// Starts the app's own server (build-server/, after `npm run build`) for a browser test or a
// bench: on 127.0.0.1, on a port the system picks, with its rooms in a fresh temporary directory,
// telling phones to use `origin` (a loopback name the browser maps to 127.0.0.1, never a LAN
// address). Resolves once it listens, with its port and a stop that also removes the rooms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `port` and `data` start it again where an earlier one stopped (a restart mid-room).
 * @param {{ origin: string, nodeArgs?: string[], port?: number, data?: string }} options
 * @returns {Promise<{ port: number, data: string, server: import('node:child_process').ChildProcess, stop: (keepRooms?: boolean) => Promise<void> }>}
 */
export async function startRoomServer({ origin, nodeArgs = [], port: wanted = 0, data: dir }) {
	const data = dir ?? mkdtempSync(join(tmpdir(), 'rooms-'));
	const server = spawn('node', [...nodeArgs, 'build-server/main.js'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(wanted),
			ROOM_DATA: data,
			ROOM_ORIGIN: origin
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
	async function stop(keepRooms = false) {
		if (server.exitCode === null) {
			const gone = new Promise((resolve) => server.once('exit', resolve));
			server.kill();
			await gone;
		}
		if (!keepRooms) rmSync(data, { recursive: true, force: true });
	}
	return { port, data, server, stop };
}
