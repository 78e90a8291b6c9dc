// The report's one entry for the UI, which imports it lazily (`await import('$lib/report')`) so
// jsPDF and the fonts are only downloaded when somebody asks for the PDF.
import type { Locale, WorkshopData } from '$lib/domain/types';
import { browserFonts } from './fonts';
import { buildReportModel } from './model';
import { renderReportPdf, reportFileName } from './pdf';

export async function makeReport(
	data: WorkshopData,
	locale: Locale
): Promise<{ blob: Blob; fileName: string }> {
	const model = buildReportModel(data, locale);
	const blob = await renderReportPdf(model, browserFonts);
	return { blob, fileName: reportFileName(model.title, model.isoDate) };
}

export { buildReportModel } from './model';
export type { ReportModel } from './model';
export { reportFileName } from './pdf';
