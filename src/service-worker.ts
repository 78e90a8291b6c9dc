// The offline copy of the app. On install it keeps every file of this version in one cache: the
// app shell (index.html), every built file (SvelteKit's `build`, which vite.config.ts completes
// with the report worker's files), the static files (icons, manifest) and, among the built
// files, the DejaVu fonts of the PDF. After one visit the app, every deep link and the report
// work with the network off.
//
// A new version waits: it never takes over by itself, because a reload in the middle of a
// workshop would interrupt the room. The page shows "A new version is ready" and, when the
// facilitator chooses, asks this worker to take over (src/lib/pwa.svelte.ts).
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per version; the fonts' own cache (src/lib/report/fonts.ts) is named apart. */
const PREFIX = 'journey-workshop-app-';
const CACHE = `${PREFIX}${version}`;

/** The page every navigation gets: the SPA fallback that adapter-static writes. */
const SHELL = `${base}/`;

/** Hashed names: a file with the same name never changes, so the HTTP cache may serve it. */
const IMMUTABLE = new Set(build);
/** Unhashed names (the shell, icons, manifest): fetched fresh, past the HTTP cache. */
const FRESH = [SHELL, ...files];
const PRECACHED = new Set([...build, ...files]);

export type ServiceWorkerMessage = { type: 'skip-waiting' };

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await cache.addAll([...IMMUTABLE, ...FRESH.map((url) => new Request(url, { cache: 'reload' }))]);
}

async function dropOldVersions(): Promise<void> {
	for (const name of await caches.keys())
		if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
}

sw.addEventListener('install', (event) => {
	// No skipWaiting() here: a new version waits until the page asks for it.
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	// claim(): on the very first visit the open page gets its offline copy without a reload.
	event.waitUntil(dropOldVersions().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
	const message = event.data as ServiceWorkerMessage | undefined;
	if (message?.type === 'skip-waiting') void sw.skipWaiting();
});

/** From this version's cache; from the network (and kept) if the cache lost it. */
async function cacheFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(key);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
	return response;
}

/** Looks like a route of the app rather than a file: no extension in its last segment. */
function isRoute(pathname: string): boolean {
	return !/\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('.html');
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (PRECACHED.has(url.pathname)) {
		event.respondWith(cacheFirst(request, url.pathname));
	} else if (request.mode === 'navigate' && isRoute(url.pathname)) {
		// Any deep link (/w/<id>, /w/<id>/prepare …) is the app shell: the router does the rest.
		// From the cache even online, so a page always runs the version this worker belongs to.
		event.respondWith(cacheFirst(new Request(SHELL), SHELL));
	} else if (url.pathname.startsWith(`${base}/_app/immutable/`)) {
		// A built file that is not listed (none should be): keep it on first use.
		event.respondWith(cacheFirst(request, url.pathname));
	}
	// Anything else goes to the network as usual.
});
