// Serves the built app (build/) as a static site in SPA mode: any path that is not a file gets
// index.html, as a static host with a fallback would. Text is sent gzipped, as any static host
// does: on a slow venue network that is a third of the bytes. No dependencies, so `npm start`
// and the browser tests need nothing beyond Node.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.ROOT ?? 'build');
const port = Number(process.env.PORT ?? 4319);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon'
};

const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.ttf']);
/** Each file is compressed once, and again only when a new build has changed it. */
const gzipped = new Map();

function compressed(path, body) {
	const known = gzipped.get(path);
	if (known?.body.equals(body)) return known.gzip;
	const gzip = gzipSync(body);
	gzipped.set(path, { body, gzip });
	return gzip;
}

async function fileFor(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
	const path = join(root, clean);
	if (!path.startsWith(root)) return null;
	try {
		const s = await stat(path);
		if (s.isFile()) return path;
		if (s.isDirectory()) {
			const index = join(path, 'index.html');
			if ((await stat(index).catch(() => null))?.isFile()) return index;
		}
	} catch {
		// not a file: fall back to the app shell
	}
	return null;
}

const server = createServer(async (req, res) => {
	const path = (await fileFor(req.url ?? '/')) ?? join(root, 'index.html');
	try {
		const body = await readFile(path);
		const immutable = path.includes('/_app/immutable/');
		const gzip = TEXT.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(gzip ? compressed(path, body) : body);
	} catch {
		res.writeHead(500).end('The app is not built: run npm run build first.');
	}
});

server.on('error', (error) => {
	console.error(`Could not serve on ${host}:${port}: ${error.message}`);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(
		`Journey Workshop is ready at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`
	);
});
