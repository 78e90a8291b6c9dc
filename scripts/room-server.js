// Starts the app's own server (build-server/, after `npm run build`) for a browser test or a
// bench: on 127.0.0.1, on a port the system picks, with its rooms in a fresh temporary directory,
// telling phones to use `origin` (a loopback name the browser maps to 127.0.0.1, never a LAN
// address). Resolves once it listens, with its port and a stop that also removes the rooms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {{ origin: string, nodeArgs?: string[] }} options
 * @returns {Promise<{ port: number, server: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startRoomServer({ origin, nodeArgs = [] }) {
	const data = mkdtempSync(join(tmpdir(), 'rooms-'));
	const server = spawn('node', [...nodeArgs, 'build-server/main.js'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ROOM_DATA: data, ROOM_ORIGIN: origin },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk) => {
			const match = /localhost:(\d+)/.exec(String(chunk));
			if (match) resolve(Number(match[1]));
		});
		server.once('exit', () => reject(new Error('the server stopped before it listened')));
	});
	async function stop() {
		if (server.exitCode === null) {
			const gone = new Promise((resolve) => server.once('exit', resolve));
			server.kill();
			await gone;
		}
		rmSync(data, { recursive: true, force: true });
	}
	return { port, server, stop };
}
