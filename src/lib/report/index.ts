// The report's one entry for the UI, which imports it lazily (`await import('$lib/report')`, or
// from the report worker) so jsPDF and the fonts are only downloaded when somebody asks for a PDF.
import type { Locale, WorkshopData } from '$lib/domain/types';
import { browserFonts } from './fonts';
import { buildReportModel } from './model';
import { renderReportPdf, reportFileName } from './pdf';

export interface MadePdf {
	blob: Blob;
	fileName: string;
}

/** The A4 report: everything the room produced. */
export async function makeReport(data: WorkshopData, locale: Locale): Promise<MadePdf> {
	const model = buildReportModel(data, locale);
	const blob = await renderReportPdf(model, browserFonts);
	return { blob, fileName: reportFileName(model.title, model.isoDate) };
}

/** The journey map alone on A3 landscape pages, for the wall. */
export async function makeWallMap(data: WorkshopData, locale: Locale): Promise<MadePdf> {
	// Being built (issue 5): the wall map's own renderer replaces this.
	void data;
	void locale;
	throw new Error('The wall map is not ready yet');
}

export { buildReportModel } from './model';
export type { ReportModel } from './model';
export { reportFileName } from './pdf';
