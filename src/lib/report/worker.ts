// The report's own thread. Drawing a PDF of a big map, and encoding the embedded fonts, keeps a
// thread busy for a second or more; here that thread is not the one the facilitator types on.
// It answers each request from client.ts with the finished file or a readable reason.
import type { PdfAnswer, PdfRequest } from './client';
import { makeReport, makeWallMap } from './index';

/** The part of a dedicated worker's scope used here (the DOM and worker libs clash in one program). */
interface WorkerScope {
	addEventListener(type: 'message', listener: (event: MessageEvent<PdfRequest>) => void): void;
	postMessage(answer: PdfAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', async ({ data: request }) => {
	const { id, kind, data, locale, earlier } = request;
	try {
		const { blob, fileName } = await (kind === 'wall'
			? makeWallMap(data, locale)
			: makeReport(data, locale, earlier));
		scope.postMessage({ type: 'made', id, blob, fileName });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		scope.postMessage({ type: 'failed', id, error: reason });
	}
});

// Tells the page the module loaded, so a later crash is not mistaken for "workers cannot run here".
scope.postMessage({ type: 'ready' });
