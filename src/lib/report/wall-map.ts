// The wall map: the journey map on A3 landscape pages of its own, to print and pin up where the
// teams work, read from two metres away. A slim title strip names the journey, the facilitator
// and the date; the map fills the rest of each sheet in large type, eight touchpoints to a page,
// and the emotion curve closes it on a page of its own. It is drawn from the same report model and
// by the same map code as the report.
import type { jsPDF } from 'jspdf';
import { A3_CURVE, drawCurve } from './curve';
import { drawHeading, drawRunningHeads, openDocument, renderers } from './document';
import type { FontSource } from './fonts';
import { COLORS, TYPE, type TextStyle, type Writer } from './layout';
import { A3_MAP, drawJourneyMap } from './map-grid';
import type { Block, ReportModel, SectionId } from './model';

const title: TextStyle = { size: 20, bold: true };
const kicker: TextStyle = { size: 11, bold: true, color: COLORS.accent };
const facts: TextStyle = { size: 12, color: COLORS.muted };

/** Room above the text of the title strip, below it, and between the strip and the map. */
const STRIP_TOP = 5;
const STRIP_BOTTOM = 3;
const STRIP_GAP = 3;
/** A journey's name takes two lines at most here: the running head and the report hold it all. */
const TITLE_LINES = 2;

/**
 * The strip across the top of the first page, in the cover's colours: what it is and the facts
 * on one line, the journey's name below. Slim, so the map keeps the sheet.
 */
function drawTitleStrip(w: Writer, model: ReportModel): void {
	const lines = w.wrapAtMost(model.title, w.width, title, TITLE_LINES);
	const label = `${model.kicker} · ${model.wallMap.subtitle}`.toLocaleUpperCase(model.locale);
	w.style(kicker);
	const factRoom = w.width - w.doc.getTextWidth(label) - 10;
	const factLine = w.fit(
		model.wallMap.facts.map((f) => `${f.label}: ${f.value}`).join('    '),
		factRoom,
		facts
	);
	const bottom =
		STRIP_TOP + w.lineHeight(facts) + 1 + lines.length * w.lineHeight(title) + STRIP_BOTTOM;
	w.fillRect(0, 0, w.pageWidth, bottom, COLORS.accentSoft);
	w.fillRect(0, bottom - 1.2, w.pageWidth, 1.2, COLORS.accent);
	w.y = STRIP_TOP;
	// The kicker is smaller than the facts beside it: both sit on the facts' baseline.
	const shift = (w.lineHeight(facts) - w.lineHeight(kicker)) * 0.74;
	w.style(kicker);
	w.text(label, w.left, w.y + shift, kicker);
	w.style(facts);
	w.text(factLine, w.right, w.y, facts, 'right');
	w.y += w.lineHeight(facts) + 1;
	w.lines(lines, w.left, title);
	w.y = bottom + STRIP_GAP;
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
