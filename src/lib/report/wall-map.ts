// The wall map: the journey map on A3 landscape pages of its own, to print and pin up where the
// teams work. A title strip names the journey, the facilitator and the date; the map follows with
// more touchpoints to a page than the A4 report can hold, and the emotion curve closes it on a
// page of its own. It is drawn from the same report model and by the same map code as the report.
import type { jsPDF } from 'jspdf';
import { A3_CURVE, drawCurve } from './curve';
import { drawHeading, drawRunningHeads, openDocument, renderers } from './document';
import type { FontSource } from './fonts';
import { COLORS, TYPE, type TextStyle, type Writer } from './layout';
import { A3_MAP, drawJourneyMap } from './map-grid';
import type { Block, ReportModel, SectionId } from './model';

const title: TextStyle = { size: 22, bold: true };
const kicker: TextStyle = { size: 10, bold: true, color: COLORS.accent };
const facts: TextStyle = { size: 11, color: COLORS.muted };

/** Room above and below the text of the title strip. */
const STRIP_PAD = 12;

/** The strip across the top of the first page, in the cover's colours. */
function drawTitleStrip(w: Writer, model: ReportModel): void {
	const lines = w.wrap(model.title, w.width, title);
	const factLine = model.wallMap.facts.map((f) => `${f.label}: ${f.value}`).join('    ');
	const factLines = w.wrap(factLine, w.width, facts);
	const text =
		w.lineHeight(kicker) +
		1 +
		lines.length * w.lineHeight(title) +
		2 +
		factLines.length * w.lineHeight(facts);
	const bottom = 2 * STRIP_PAD + text;
	w.fillRect(0, 0, w.pageWidth, bottom, COLORS.accentSoft);
	w.fillRect(0, bottom - 1.2, w.pageWidth, 1.2, COLORS.accent);
	w.y = STRIP_PAD;
	w.style(kicker);
	const label = `${model.kicker} · ${model.wallMap.subtitle}`.toLocaleUpperCase(model.locale);
	w.text(label, w.left, w.y, kicker);
	w.y += w.lineHeight(kicker) + 1;
	w.lines(lines, w.left, title);
	w.y += 2;
	w.lines(factLines, w.left, facts);
	w.y = bottom + 6;
}

function sectionBlock<K extends Block['kind']>(model: ReportModel, id: SectionId, kind: K) {
	const section = model.sections.find((s) => s.id === id);
	const block = section?.blocks.find((b): b is Extract<Block, { kind: K }> => b.kind === kind);
	return section && block ? { section, block } : null;
}

export async function createWallMapDocument(model: ReportModel, fonts: FontSource): Promise<jsPDF> {
	const subject = `${model.kicker} – ${model.wallMap.subtitle}`;
	const w = await openDocument(model, fonts, 'a3', 'landscape', subject);
	drawTitleStrip(w, model);
	const map = sectionBlock(model, 'map', 'map');
	if (map) drawJourneyMap(w, map.block, A3_MAP);
	else w.paragraph(model.notCovered, TYPE.muted);
	const curve = sectionBlock(model, 'curve', 'curve');
	if (curve) {
		w.newPage();
		drawHeading(w, curve.section.heading);
		drawCurve(w, curve.block, A3_CURVE);
	}
	// The title strip names the journey on page 1; later pages carry it in the running head.
	drawRunningHeads(w, model, 1, 2);
	return w.doc;
}

const wallMap = renderers(createWallMapDocument);
export const renderWallMapPdf = wallMap.blob;
export const renderWallMapPdfBytes = wallMap.bytes;
