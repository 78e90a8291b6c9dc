// What the A4 report and the A3 wall map share as documents: a jsPDF set in DejaVu with the
// journey's name as its title, section headings, and the running head and "page X of Y" footer,
// so both PDFs look like one family when they hang side by side. jsPDF is imported lazily, so
// the app only loads it when somebody asks for a PDF.
import type { jsPDF } from 'jspdf';
import { interpolate } from '$lib/i18n/translate';
import { registerFonts, resolveFonts, type FontSource } from './fonts';
import { COLORS, TYPE, Writer, type PageFormat } from './layout';
import type { Orientation, ReportModel } from './model';
import { syllablesFor } from './wrap';

/** A new document whose first page has `format` and `orientation`, with the fonts registered. */
export async function openDocument(
	model: ReportModel,
	fonts: FontSource,
	format: PageFormat,
	orientation: Orientation,
	subject: string
): Promise<Writer> {
	const [{ jsPDF }, bytes] = await Promise.all([import('jspdf'), resolveFonts(fonts)]);
	const doc = new jsPDF({ unit: 'mm', format, orientation, compress: true });
	registerFonts(doc, bytes);
	doc.setProperties({ title: model.title, subject, creator: 'Journey Workshop' });
	doc.setLanguage(model.locale === 'en' ? 'en-GB' : model.locale);
	return new Writer(doc, format, orientation, syllablesFor(model.locale));
}

export function drawHeading(w: Writer, text: string): void {
	w.paragraph(text, TYPE.heading);
	w.y += 1;
	w.rule(w.left, w.y, w.right, w.y, COLORS.accent, 0.5);
	w.y += 5;
}

/**
 * The journey's name at the top and the date with "page X of Y" at the foot of every page from
 * `from`; the head is left off pages before `headFrom`, whose own title already names the journey.
 */
export function drawRunningHeads(w: Writer, model: ReportModel, from: number, headFrom = from) {
	const { doc } = w;
	const pages = doc.getNumberOfPages();
	for (let page = from; page <= pages; page++) {
		doc.setPage(page);
		if (page >= headFrom) {
			const head = 8;
			w.style(TYPE.small);
			w.text(w.fit(model.title, w.width * 0.62, TYPE.small), w.left, head, TYPE.small);
			w.text(model.kicker, w.right, head, TYPE.small, 'right');
			w.rule(w.left, head + 4.6, w.right, head + 4.6);
		}
		const foot = w.pageHeight - 10;
		w.rule(w.left, foot - 1.5, w.right, foot - 1.5);
		w.style(TYPE.small);
		w.text(model.date, w.left, foot, TYPE.small);
		w.text(interpolate(model.pageLabel, { page, pages }), w.right, foot, TYPE.small, 'right');
	}
}

type MakeDocument = (model: ReportModel, fonts: FontSource) => Promise<jsPDF>;

/**
 * A document maker's two outputs: a Blob for the browser, and bytes for Node (tests and
 * benchmarks), where a Blob is awkward to write out.
 */
export function renderers(make: MakeDocument) {
	return {
		blob: async (model: ReportModel, fonts: FontSource): Promise<Blob> =>
			(await make(model, fonts)).output('blob'),
		bytes: async (model: ReportModel, fonts: FontSource): Promise<ArrayBuffer> =>
			(await make(model, fonts)).output('arraybuffer')
	};
}
