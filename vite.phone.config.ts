// Builds the phone's page (src/phone/) into build/phone/, after the app's build: its own entry,
// Svelte's runtime for its components only, and .br/.gz copies as the app's files have.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const outDir = resolve('build/phone');

function precompress(): Plugin {
	return {
		name: 'journey-workshop:precompress-phone',
		apply: 'build',
		closeBundle() {
			const walk = (dir: string): string[] =>
				readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
					e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
				);
			for (const file of walk(outDir).filter((f) => /\.(js|css|html)$/.test(f))) {
				const body = readFileSync(file);
				writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
				writeFileSync(`${file}.br`, brotliCompressSync(body));
			}
		}
	};
}

export default defineConfig({
	root: 'src/phone',
	base: '/phone/',
	plugins: [svelte(), precompress()],
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } }
});
