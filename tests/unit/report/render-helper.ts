// Renders the report and the wall map in Node the way the browser does, with the DejaVu fonts
// read from node_modules instead of fetched, and reads them back with poppler when installed:
// the text, the words' positions and the pages' sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FontBytes } from '$lib/report/fonts';
import type { ReportModel } from '$lib/report/model';
import { renderReportPdfBytes } from '$lib/report/pdf';
import { renderWallMapPdfBytes } from '$lib/report/wall-map';

const FONT_DIR = new URL('../../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url);

let fonts: FontBytes | null = null;

export function nodeFonts(): FontBytes {
	fonts ??= {
		regular: new Uint8Array(readFileSync(new URL('DejaVuSans.ttf', FONT_DIR))),
		bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold.ttf', FONT_DIR)))
	};
	return fonts;
}

export const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

type Renderer = typeof renderReportPdfBytes;

async function write(render: Renderer, model: ReportModel, path: string): Promise<Uint8Array> {
	const bytes = new Uint8Array(await render(model, nodeFonts()));
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, bytes);
	return bytes;
}

/** Writes the A4 report for `model` to `path` and returns its bytes. */
export const writeReport = (model: ReportModel, path: string) =>
	write(renderReportPdfBytes, model, path);

/** Writes the A3 wall map for `model` to `path` and returns its bytes. */
export const writeWallMap = (model: ReportModel, path: string) =>
	write(renderWallMapPdfBytes, model, path);

export function pdfText(path: string): string {
	return execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
		encoding: 'utf8'
	});
}

export function pdfPages(path: string): number {
	const info = execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The text in the order it was drawn, which keeps a wrapped table cell's lines together. */
export function pdfRawText(path: string): string {
	return execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], {
		encoding: 'utf8'
	});
}

/** Each page's size in points, as pdfinfo prints it ("595.28 x 841.89"). */
export function pdfPageSizes(path: string): string[] {
	const info = execFileSync('/usr/bin/pdfinfo', ['-f', '1', '-l', '9999', path], {
		encoding: 'utf8'
	});
	return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1] ?? '');
}

export interface PdfWord {
	page: number;
	pageWidth: number;
	pageHeight: number;
	xMin: number;
	xMax: number;
	yMin: number;
	yMax: number;
	text: string;
}

/** Every word with its box in points, from `pdftotext -bbox`. */
export function pdfWords(path: string): PdfWord[] {
	const html = execFileSync('/usr/bin/pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	const words: PdfWord[] = [];
	const pages = html.split(/<page /).slice(1);
	pages.forEach((page, i) => {
		const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
		const pageWidth = Number(size?.[1]);
		const pageHeight = Number(size?.[2]);
		const found = page.matchAll(
			/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
		);
		for (const [, xMin, yMin, xMax, yMax, text] of found)
			words.push({
				page: i + 1,
				pageWidth,
				pageHeight,
				xMin: Number(xMin),
				yMin: Number(yMin),
				xMax: Number(xMax),
				yMax: Number(yMax),
				text: text ?? ''
			});
	});
	return words;
}

/** One page as grey levels (0 black … 255 white), `dpi` pixels to the inch. */
export interface Raster {
	width: number;
	height: number;
	dpi: number;
	at(x: number, y: number): number;
}

/** Page `page` (from 1) rendered by pdftoppm in grey, read from its PGM output. */
export function pdfRaster(path: string, page: number, dpi = 30): Raster {
	const pgm = execFileSync(
		'/usr/bin/pdftoppm',
		['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), path],
		{ maxBuffer: 64 * 1024 * 1024 }
	);
	// "P5\n<width> <height>\n255\n" and then one byte a pixel.
	const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
	if (!header) throw new Error('pdftoppm gave no PGM');
	const width = Number(header[1]);
	const height = Number(header[2]);
	const start = header[0].length;
	return { width, height, dpi, at: (x, y) => pgm[start + y * width + x] ?? 255 };
}
