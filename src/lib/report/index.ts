// The report's one entry for the UI, which imports it lazily (`await import('$lib/report')`, or
// from the report worker) so jsPDF and the fonts are only downloaded when somebody asks for a PDF.
import type { Locale, WorkshopData } from '$lib/domain/types';
import { browserFonts } from './fonts';
import { buildReportModel } from './model';
import { renderReportPdf, reportFileName } from './pdf';
import { renderWallMapPdf } from './wall-map';

export interface MadePdf {
	blob: Blob;
	fileName: string;
}

/** The A4 report: everything the room produced (and, in a revisit, what changed since the
 *  `earlier` visits, oldest first). */
export async function makeReport(
	data: WorkshopData,
	locale: Locale,
	earlier: readonly WorkshopData[] = []
): Promise<MadePdf> {
	const model = buildReportModel(data, locale, earlier);
	const blob = await renderReportPdf(model, browserFonts);
	return { blob, fileName: reportFileName(model.title, model.isoDate) };
}

/** The journey map and the emotion curve on A3 landscape pages, for the wall. */
export async function makeWallMap(data: WorkshopData, locale: Locale): Promise<MadePdf> {
	const model = buildReportModel(data, locale);
	const blob = await renderWallMapPdf(model, browserFonts);
	return { blob, fileName: reportFileName(model.title, model.isoDate, '-A3') };
}

export { buildReportModel } from './model';
export type { ReportModel } from './model';
export { reportFileName } from './pdf';
