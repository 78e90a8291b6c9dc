import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
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

export default defineConfig({
	plugins: [sveltekit(), sharedWorkerAssets()],
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
