import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * SvelteKit names a worker's assets apart from the page's, so the report's fonts (imported both
 * by the worker and by its main-thread fallback) would ship twice and sit twice in the font
 * cache. The files are the same, so they get the same name: one copy in build/, one cache entry.
 * It runs after SvelteKit's plugin, whose settings it overrides.
 */
function sharedWorkerAssets(): Plugin {
	return {
		name: 'journey-workshop:shared-worker-assets',
		enforce: 'post',
		config: () => ({
			worker: {
				rollupOptions: {
					output: { assetFileNames: '_app/immutable/assets/[name].[hash][extname]' }
				}
			}
		})
	};
}

/**
 * The service worker precaches SvelteKit's `build` list, which is every file in the client's Vite
 * manifest. A web worker is bundled on its own, and its files (the report worker, jsPDF and the
 * chunks jsPDF loads lazily) are missing from that manifest, so offline the report would fail.
 * This adds each of them to the manifest as it is written, before SvelteKit reads it to build the
 * service worker: `build` then lists every file the app can ever load.
 */
function precacheWorkerFiles(): Plugin {
	let manifestPath: string | null = null;
	const workerFiles: string[] = [];
	return {
		name: 'journey-workshop:precache-worker-files',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			const manifest = config.build.manifest;
			if (config.build.ssr || !manifest) return;
			const file = typeof manifest === 'string' ? manifest : '.vite/manifest.json';
			manifestPath = resolve(config.root, config.build.outDir, file);
		},
		generateBundle(_options, bundle) {
			if (!manifestPath) return;
			for (const file of Object.keys(bundle))
				if (file.includes('/workers/') && file.endsWith('.js')) workerFiles.push(file);
		},
		writeBundle() {
			if (!manifestPath) return;
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
			for (const file of workerFiles) manifest[`precache:${file}`] ??= { file };
			writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), sharedWorkerAssets(), precacheWorkerFiles()],
	build: { chunkSizeWarningLimit: 1200 },
	// The report worker imports jsPDF lazily; only ES-module workers can split off such chunks.
	worker: { format: 'es' },
	test: {
		globals: true,
		// CI sums every suite from these files into one closing line.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'reports/unit.json' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/setup-unit.ts']
				}
			},
			{
				// The room's Node server on loopback: real sockets, real files in a temp directory.
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/server/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/setup-component.ts']
				}
			}
		]
	}
});
