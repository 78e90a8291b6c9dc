// Draws the report model as an A4 PDF: a calm cover, the contents, then every section in
// order (the journey map and the emotion curve on landscape pages, for their width), with a
// running header and "page X of Y" on every page but the cover.
import type { jsPDF } from 'jspdf';
import { journeyFileName } from '$lib/domain/file-names';
import { drawCurve } from './curve';
import { drawHeading, drawRunningHeads, openDocument, renderers } from './document';
import type { FontSource } from './fonts';
import { avatarFill, COLORS, TYPE, Writer, type Caption, type TextStyle } from './layout';
import { A4_MAP, drawJourneyMap } from './map-grid';
import { drawMatrix } from './matrix';
import type { Block, KeyValue, ReportModel, ReportSection } from './model';
import { drawTable } from './table';

type PersonaBlock = Extract<Block, { kind: 'persona' }>;

const KEY_WIDTH = 48;
/** Lines of the journey's name on the cover, at most. */
const COVER_TITLE_LINES = 5;
/** A section shares a page with the one before only when this much room is left. */
const MIN_SECTION_ROOM = 70;
/** Room a subheading wants below it for the first lines of its text (tables ask for their own). */
const KEEP_WITH_NEXT = 14;

function subheading(w: Writer, text: string): Caption {
	const lines = w.wrap(text, w.width, TYPE.subheading);
	return {
		height: lines.length * w.lineHeight(TYPE.subheading) + 2.5,
		draw: () => {
			w.y += 1.5;
			w.lines(lines, w.left, TYPE.subheading);
			w.y += 1;
		}
	};
}

function drawSubheading(w: Writer, text: string): void {
	const caption = subheading(w, text);
	// Keep a subheading with the first lines of the text it introduces.
	w.ensure(caption.height + KEEP_WITH_NEXT);
	caption.draw();
}

/** Label on the left, wrapped value on the right, breaking pages between lines. */
function drawKeyValues(w: Writer, items: readonly KeyValue[]): void {
	const lh = w.lineHeight(TYPE.body);
	for (const { label, value } of items) {
		const labels = w.wrap(label, KEY_WIDTH - 3, TYPE.label);
		const values = w.wrap(value, w.width - KEY_WIDTH, TYPE.body);
		const n = Math.max(labels.length, values.length);
		w.ensure(Math.min(n, 3) * lh);
		for (let i = 0; i < n; i++) {
			w.ensure(lh);
			const label = labels[i];
			const value = values[i];
			if (label) {
				w.style(TYPE.label);
				w.text(label, w.left, w.y + 0.3, TYPE.label);
			}
			if (value) {
				w.style(TYPE.body);
				w.text(value, w.left + KEY_WIDTH, w.y, TYPE.body);
			}
			w.y += lh;
		}
		w.y += 1.5;
	}
}

function drawBullets(w: Writer, items: readonly string[]): void {
	const lh = w.lineHeight(TYPE.body);
	for (const item of items) {
		const lines = w.wrap(item, w.width - 5, TYPE.body);
		// A short item (a quote and who said it) stays on one page; a long one may break.
		w.ensure(Math.min(lines.length, 3) * lh);
		w.style(TYPE.body);
		w.text('•', w.left + 1, w.y, TYPE.body);
		w.lines(lines, w.left + 5, TYPE.body);
		w.y += 1;
	}
	w.y += 1.5;
}

const personaName: TextStyle = { size: 14, bold: true };
const personaLabel: TextStyle = { size: 8.5, bold: true, color: COLORS.accent };
const personaText: TextStyle = { size: 9.5 };
const badgeText: TextStyle = { size: 7.5, bold: true, color: COLORS.white };
const CARD_PAD = 5;
const CARD_GUTTER = 6;
const AVATAR = 7;
const avatarText: TextStyle = { size: 15, bold: true, color: COLORS.white };

/** The persona's face until someone draws one: initials on its colour, as in the app. */
function drawAvatar(w: Writer, p: PersonaBlock, x: number, y: number): void {
	w.doc.setFillColor(...avatarFill(p.colour));
	w.doc.circle(x + AVATAR, y + AVATAR, AVATAR, 'F');
	w.style(avatarText);
	w.text(p.initials, x + AVATAR, y + AVATAR - w.lineHeight(avatarText) / 2, avatarText, 'center');
}

/**
 * Lays out a persona card from `top`; draws it only when `draw` is set, so the same code first
 * measures the card (to keep it on one page) and then paints it.
 */
function personaCard(w: Writer, p: PersonaBlock, top: number, draw: boolean): number {
	const { doc } = w;
	const x = w.left + CARD_PAD;
	const inner = w.width - 2 * CARD_PAD;
	const put = (lines: readonly string[], left: number, y: number, s: TextStyle) => {
		if (!draw) return;
		w.style(s);
		lines.forEach((line, i) => w.text(line, left, y + i * w.lineHeight(s), s));
	};
	let y = top + CARD_PAD;
	if (draw) drawAvatar(w, p, x, y);
	// Name, badge and facts sit beside the avatar; the fields use the card's full width.
	const beside = x + 2 * AVATAR + 5;
	const besideWidth = inner - (beside - x);
	if (p.badge) {
		w.style(badgeText);
		const width = doc.getTextWidth(p.badge) + 4;
		if (draw) {
			doc.setFillColor(...COLORS.accent);
			doc.roundedRect(beside, y, width, 4.6, 1.2, 1.2, 'F');
			w.text(p.badge, beside + 2, y + 0.45, badgeText);
		}
		y += 6.5;
	}
	const name = w.wrap(p.name, besideWidth, personaName);
	put(name, beside, y, personaName);
	y += name.length * w.lineHeight(personaName) + 1;
	for (const fact of p.facts) {
		const line = w.wrap(`${fact.label}: ${fact.value}`, besideWidth, personaText);
		put(line, beside, y, { ...personaText, color: COLORS.muted });
		y += line.length * w.lineHeight(personaText);
	}
	y = Math.max(y, top + CARD_PAD + 2 * AVATAR) + 4;
	const column = (inner - CARD_GUTTER) / 2;
	for (let i = 0; i < p.fields.length; i += 2) {
		const heights = p.fields.slice(i, i + 2).map((field, j) => {
			const left = x + j * (column + CARD_GUTTER);
			const value = w.wrap(field.value, column, personaText);
			put([field.label], left, y, personaLabel);
			put(value, left, y + w.lineHeight(personaLabel), personaText);
			return w.lineHeight(personaLabel) + value.length * w.lineHeight(personaText);
		});
		y += Math.max(...heights) + 3;
	}
	return y - top + CARD_PAD - 3;
}

function drawPersona(w: Writer, p: PersonaBlock): void {
	const height = personaCard(w, p, w.y, false);
	if (height > w.bottom - w.top) {
		// Too long for any page: the same facts as a plain list, which can break between lines.
		drawSubheading(w, p.badge ? `${p.name} · ${p.badge}` : p.name);
		drawKeyValues(w, [...p.facts, ...p.fields]);
		return;
	}
	w.ensure(height);
	w.doc.setFillColor(247, 249, 252);
	w.doc.setDrawColor(...COLORS.rule);
	w.doc.setLineWidth(0.3);
	w.doc.roundedRect(w.left, w.y, w.width, height, 2.5, 2.5, 'FD');
	w.fillRect(w.left, w.y + 2.5, 1.4, height - 5, avatarFill(p.colour));
	personaCard(w, p, w.y, true);
	w.y += height + 5;
}

function drawBlock(w: Writer, block: Block, caption?: Caption): void {
	switch (block.kind) {
		case 'paragraph':
			w.paragraph(block.text, TYPE.body);
			w.y += 2.5;
			return;
		case 'note':
		case 'notCovered':
			w.paragraph(block.text, TYPE.muted);
			w.y += 2.5;
			return;
		case 'subheading':
			return drawSubheading(w, block.text);
		case 'keyValue':
			drawKeyValues(w, block.items);
			w.y += 2;
			return;
		case 'bullets':
			return drawBullets(w, block.items);
		case 'table':
			drawTable(w, { columns: block.columns, rows: block.rows, style: TYPE.table }, caption);
			w.y += 6;
			return;
		case 'persona':
			return drawPersona(w, block);
		case 'map':
			drawJourneyMap(w, block, A4_MAP);
			w.y += 6;
			return;
		case 'matrix':
			drawMatrix(w, block);
			w.y += 4;
			return;
		case 'curve':
			drawCurve(w, block);
			w.y += 4;
			return;
	}
}

function drawCover(w: Writer, model: ReportModel): void {
	const title: TextStyle = { size: model.title.length > 80 ? 22 : 28, bold: true };
	// The journey's name is whole in the scope section; the cover keeps room for its facts.
	const titleLines = w.wrapAtMost(model.title, w.width, title, COVER_TITLE_LINES);
	const titleTop = 50;
	const subtitleTop = titleTop + titleLines.length * w.lineHeight(title) + 3;
	const bandBottom = Math.max(120, subtitleTop + 22);
	w.fillRect(0, 0, w.pageWidth, bandBottom, COLORS.accentSoft);
	w.fillRect(0, bandBottom - 1.6, w.pageWidth, 1.6, COLORS.accent);

	const kicker: TextStyle = { size: 10.5, bold: true, color: COLORS.accent };
	w.style(kicker);
	w.text(model.kicker.toLocaleUpperCase(model.locale), w.left, titleTop - 10, kicker);
	w.y = titleTop;
	w.lines(titleLines, w.left, title);
	w.y = subtitleTop;
	w.paragraph(model.subtitle, { size: 14, color: COLORS.muted });

	w.y = bandBottom + 16;
	const value: TextStyle = { size: 12 };
	const labelHeight = w.lineHeight(TYPE.label) + 0.5;
	model.cover.forEach((fact, i) => {
		w.paragraph(fact.label.toLocaleUpperCase(model.locale), TYPE.label);
		w.y += 0.5;
		// The cover is one page: each fact keeps the lines the cover has left for it (the whole
		// text is in the report, the participants in the stakeholder tables).
		const later = (model.cover.length - i - 1) * (labelHeight + w.lineHeight(value) + 6);
		const room = Math.floor((w.bottom - w.y - later) / w.lineHeight(value));
		w.lines(w.wrapAtMost(fact.value, w.width, value, Math.max(1, room)), w.left, value);
		w.y += 6;
	});
}

const contentsEntry: TextStyle = { size: 11 };
const CONTENTS_STEP = 2.5;

/** The contents are drawn last, once page numbers are known, into room kept for them. */
function contentsHeight(w: Writer, model: ReportModel): number {
	const heading = w.wrap(model.contentsHeading, w.width, TYPE.heading).length;
	const entry = w.lineHeight(contentsEntry) + CONTENTS_STEP;
	return heading * w.lineHeight(TYPE.heading) + 6 + model.sections.length * entry;
}

interface Place {
	page: number;
	top: number;
}

function drawContents(w: Writer, model: ReportModel, pages: readonly number[], at: Place): void {
	const { doc } = w;
	doc.setPage(at.page);
	w.y = at.top;
	drawHeading(w, model.contentsHeading);
	const s = contentsEntry;
	const lh = w.lineHeight(s) + CONTENTS_STEP;
	model.sections.forEach((section, i) => {
		const page = String(pages[i] ?? '');
		const heading = w.fit(section.heading, w.width - 20, s);
		w.style(s);
		w.text(heading, w.left, w.y, s);
		w.text(page, w.right, w.y, s, 'right');
		const baseline = w.y + w.lineHeight(s) * 0.74;
		doc.setLineDashPattern([0.25, 1.2], 0);
		w.rule(
			w.left + doc.getTextWidth(heading) + 2,
			baseline,
			w.right - doc.getTextWidth(page) - 2,
			baseline,
			COLORS.muted,
			0.3
		);
		doc.setLineDashPattern([], 0);
		w.y += lh;
	});
}

function drawSection(w: Writer, section: ReportSection): number {
	const fresh =
		section.orientation === 'landscape' ||
		section.orientation !== w.orientation ||
		w.room < MIN_SECTION_ROOM;
	if (fresh) w.newPage(section.orientation);
	else w.y += 8;
	const page = w.page;
	drawHeading(w, section.heading);
	section.blocks.forEach((block, i) => {
		// A subheading over a table is drawn by the table, once it knows where the table starts.
		if (block.kind === 'subheading' && section.blocks[i + 1]?.kind === 'table') return;
		const before = section.blocks[i - 1];
		const caption =
			block.kind === 'table' && before?.kind === 'subheading'
				? subheading(w, before.text)
				: undefined;
		drawBlock(w, block, caption);
	});
	return page;
}

/** The finished jsPDF document; `fonts` are the DejaVu bytes or a loader for them. */
async function createReportDocument(model: ReportModel, fonts: FontSource): Promise<jsPDF> {
	const subject = `${model.kicker} – ${model.subtitle}`;
	const w = await openDocument(model, fonts, 'a4', 'portrait', subject);
	drawCover(w, model);
	w.newPage('portrait');
	const contents: Place = { page: w.page, top: w.y };
	w.y += contentsHeight(w, model);
	const pages = model.sections.map((section) => drawSection(w, section));
	drawContents(w, model, pages, contents);
	drawRunningHeads(w, model, contents.page);
	return w.doc;
}

const report = renderers(createReportDocument);
export const renderReportPdf = report.blob;
export const renderReportPdfBytes = report.bytes;

/**
 * `<journey>-<yyyy-mm-dd><suffix>.pdf`, safe to save on any system; the wall map passes "-A3" so
 * both files of one workshop sort side by side.
 */
export function reportFileName(journeyName: string, date: string, suffix = ''): string {
	return journeyFileName(journeyName, date, suffix, 'pdf');
}
