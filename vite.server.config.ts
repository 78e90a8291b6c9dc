// Builds the Node server (server/*.ts, with the domain rules it shares with the app) into
// build-server/main.js. Packages are not bundled: Node loads them from node_modules.
import { defineConfig } from 'vite';

export default defineConfig({
	build: {
		ssr: 'server/main.ts',
		outDir: 'build-server',
		target: 'node20',
		emptyOutDir: true,
		minify: false,
		sourcemap: true,
		rollupOptions: { output: { entryFileNames: 'main.js' } }
	},
	ssr: { target: 'node' }
});
