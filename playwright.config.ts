import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';

// Browser tests run the built app, served as a static site, in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 720 },
		acceptDownloads: true,
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node build-server/main.js`,
		// The app and the live room's server, on loopback only, with rooms in a throw-away place.
		env: { PORT: String(PORT), HOST: '127.0.0.1', ROOM_DATA: 'test-results/rooms' },
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
