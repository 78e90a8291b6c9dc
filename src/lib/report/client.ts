// Makes the report PDFs for the screen without freezing it: the work (jsPDF, the fonts, a page
// per section) runs in one module worker, started on first use and kept for the next request so
// jsPDF and the fonts load once. Where a worker cannot run (an old browser, a test in jsdom, a
// worker script that fails to load) the same code runs on the main thread instead: slower to
// feel, but the facilitator still gets the PDF.
import type { Locale, WorkshopData } from '$lib/domain/types';
import type { MadePdf } from './index';

export type { MadePdf };

/** The A4 report, or the journey map alone on A3 for the wall. */
export type PdfKind = 'report' | 'wall';

export interface PdfRequest {
	id: number;
	kind: PdfKind;
	data: WorkshopData;
	locale: Locale;
	/** A revisit's earlier visits, oldest first (the report's "Since <date>"). */
	earlier?: WorkshopData[];
}

export type PdfAnswer =
	| { type: 'ready' }
	| { type: 'made'; id: number; blob: Blob; fileName: string }
	| { type: 'failed'; id: number; error: string };

interface Waiting {
	request: PdfRequest;
	resolve: (made: MadePdf) => void;
	reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
/** Whether the worker has said it is running; an error before that means it never started. */
let started = false;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Runs `make` on this thread: the fallback, and what tests in jsdom exercise. */
async function onMainThread({ kind, data, locale, earlier }: PdfRequest): Promise<MadePdf> {
	const { makeReport, makeWallMap } = await import('./index');
	return kind === 'wall' ? makeWallMap(data, locale) : makeReport(data, locale, earlier);
}

function settle(request: Waiting, made: Promise<MadePdf>) {
	made.then(request.resolve, (error: unknown) =>
		request.reject(error instanceof Error ? error : new Error(String(error)))
	);
}

function onAnswer(answer: PdfAnswer) {
	if (answer.type === 'ready') {
		started = true;
		return;
	}
	const request = waiting.get(answer.id);
	if (!request) return;
	waiting.delete(answer.id);
	if (answer.type === 'made') request.resolve({ blob: answer.blob, fileName: answer.fileName });
	else request.reject(new Error(answer.error));
}

/**
 * The worker failed. Before it ever ran, nothing here can work in a worker: everything waiting
 * is made on the main thread, now and from now on. After it ran, it crashed on one request (out
 * of memory on a huge map, say): those fail, and the next request starts a fresh worker.
 */
function onBroken(event: Event) {
	event.preventDefault();
	worker?.terminate();
	const neverStarted = !started;
	worker = neverStarted ? null : undefined;
	started = false;
	const requests = [...waiting.values()];
	waiting.clear();
	for (const request of requests) {
		if (neverStarted) settle(request, onMainThread(request.request));
		else request.reject(new Error('The report worker stopped'));
	}
}

function getWorker(): Worker | null {
	if (worker !== undefined) return worker;
	if (typeof Worker === 'undefined') return (worker = null);
	try {
		worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return (worker = null);
	}
	worker.addEventListener('message', (event: MessageEvent<PdfAnswer>) => onAnswer(event.data));
	worker.addEventListener('error', onBroken);
	worker.addEventListener('messageerror', onBroken);
	return worker;
}

/**
 * Makes one PDF. `data` must be plain (`$state.snapshot(...)`): it is copied to the worker.
 * Rejects with the reason when the PDF cannot be made.
 */
export function generatePdf(
	kind: PdfKind,
	data: WorkshopData,
	locale: Locale,
	earlier: WorkshopData[] = []
): Promise<MadePdf> {
	const request: PdfRequest = { id: nextId++, kind, data, locale, earlier };
	const thread = getWorker();
	if (!thread) return onMainThread(request);
	return new Promise<MadePdf>((resolve, reject) => {
		waiting.set(request.id, { request, resolve, reject });
		try {
			thread.postMessage(request);
		} catch (error) {
			// Data that cannot be copied (a live proxy) is the caller's mistake: say so.
			waiting.delete(request.id);
			reject(error instanceof Error ? error : new Error(String(error)));
		}
	});
}
