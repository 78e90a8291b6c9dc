// The DejaVu Sans faces the PDF is set in. The fonts built into PDF readers lack letters such as
// ő ł č and signs such as → ✓ that rooms type, so the report embeds a Unicode font, regular and
// bold. The files are large (about 700 kB each) and only the report needs them, so the browser
// fetches them on first use and keeps them in the Cache API: a room without network can make the
// report again after the first one, service worker or not (the report worker shares the cache).
// Tests in Node pass the bytes read from node_modules instead.
import type { jsPDF } from 'jspdf';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

export const FONT_FAMILY = 'DejaVu';

export interface FontBytes {
	regular: ArrayBuffer | Uint8Array;
	bold: ArrayBuffer | Uint8Array;
}

export type FontLoader = () => Promise<FontBytes>;

/** Either the bytes themselves or a way to get them. */
export type FontSource = FontBytes | FontLoader;

const encoded = new WeakMap<object, string>();

/** Base64 without Node's Buffer, in slices small enough for String.fromCharCode. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const known = encoded.get(bytes);
	if (known) return known;
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = '';
	for (let i = 0; i < view.length; i += 0x8000)
		binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
	const result = btoa(binary);
	encoded.set(bytes, result);
	return result;
}

/** Makes both faces available to `doc` as the family FONT_FAMILY. */
export function registerFonts(doc: jsPDF, fonts: FontBytes): void {
	const faces = [
		['DejaVuSans.ttf', fonts.regular, 'normal'],
		['DejaVuSans-Bold.ttf', fonts.bold, 'bold']
	] as const;
	for (const [file, bytes, style] of faces) {
		doc.addFileToVFS(file, toBase64(bytes));
		doc.addFont(file, FONT_FAMILY, style);
	}
}

export async function resolveFonts(source: FontSource): Promise<FontBytes> {
	return typeof source === 'function' ? source() : source;
}

/** Named by version: a new cache name is the way to drop fonts an older app kept. */
export const FONT_CACHE = 'journey-workshop-fonts-v1';
const FONT_URLS = [regularUrl, boldUrl];

/** The font cache, or null where there is none (no Cache API, an insecure page, some private modes). */
async function openFontCache(): Promise<Cache | null> {
	if (typeof caches === 'undefined') return null;
	try {
		return await caches.open(FONT_CACHE);
	} catch {
		return null;
	}
}

/** The font files carry a hash in their names; a new build's files replace an old build's. */
async function forgetOldFonts(cache: Cache): Promise<void> {
	const current = FONT_URLS.map((url) => new URL(url, location.href).href);
	for (const request of await cache.keys())
		if (!current.includes(request.url)) await cache.delete(request);
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const cache = await openFontCache();
	const kept = await cache?.match(url).catch(() => undefined);
	if (kept) return kept.arrayBuffer();
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Font ${url} could not be loaded (${response.status})`);
	if (cache) {
		// A full disk only costs the offline copy, never this report.
		await cache
			.put(url, response.clone())
			.then(() => forgetOldFonts(cache))
			.catch(() => undefined);
	}
	return response.arrayBuffer();
}

let loading: Promise<FontBytes> | null = null;

/** The fonts, once per page (or worker): from the font cache when kept, else from the network. */
export const browserFonts: FontLoader = () => {
	loading ??= Promise.all(FONT_URLS.map(fetchBytes)).then(
		([regular, bold]) => ({ regular: regular!, bold: bold! }),
		(error: unknown) => {
			loading = null;
			throw error;
		}
	);
	return loading;
};
