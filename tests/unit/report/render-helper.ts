// Renders a report in Node the way the browser does, with the DejaVu fonts read from
// node_modules instead of fetched, and reads it back with poppler when it is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FontBytes } from '$lib/report/fonts';
import type { ReportModel } from '$lib/report/model';
import { renderReportPdfBytes } from '$lib/report/pdf';

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

/** Writes the PDF for `model` to `path` and returns its bytes. */
export async function writeReport(model: ReportModel, path: string): Promise<Uint8Array> {
	const bytes = new Uint8Array(await renderReportPdfBytes(model, nodeFonts()));
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, bytes);
	return bytes;
}

export function pdfText(path: string): string {
	return execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
		encoding: 'utf8'
	});
}

export function pdfPages(path: string): number {
	const info = execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}
