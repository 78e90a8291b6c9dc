import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// The Node server (server/) and its build config are type-checked with the app.
		typescript: {
			config: (config) => {
				config.include.push('../server/**/*.ts', '../vite.server.config.ts');
			}
		},
		// A single-page app: every route is served by index.html, so deep links work offline.
		// Precompressed .br and .gz beside each file: the server sends the smaller one, with no work
		// per request (a third of the bytes on a slow venue network).
		adapter: adapter({ fallback: 'index.html', precompress: true }),
		paths: { relative: false },
		serviceWorker: {
			// src/lib/pwa.svelte.ts registers it, to hold a new version back until the room is ready.
			register: false,
			// The README's screenshot is not part of the app: no need to keep it offline.
			files: (file) => !file.startsWith('docs/')
		},
		// The app is static files, so the policy travels as a <meta http-equiv> in index.html, with
		// the hash of SvelteKit's inline start-up script added to script-src. Everything the app
		// loads comes from its own origin; all a room types is shown as text, and this stops any
		// script that slipped in anyway from running or sending data elsewhere.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Inline styles must stay allowed: Svelte's transitions add <style> elements with
				// their keyframes, app.html wraps the body in a style attribute, and Chart.js and our
				// own components set element styles. Styles cannot run code or send data.
				'style-src': ['self', 'unsafe-inline'],
				// data: for small inlined images, blob: for images made in the page.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				// The report worker is a same-origin module; blob: for workers made from code.
				'worker-src': ['self', 'blob:'],
				// The PDF preview is an iframe showing a blob: URL of the finished report.
				'frame-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
