import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import type { Locale } from '$lib/domain/types';
import { buildReportModel, type ReportModel } from '$lib/report/model';
import { renderReportPdf } from '$lib/report/pdf';
import { renderWallMapPdf } from '$lib/report/wall-map';
import {
	EDGE_TOUCHPOINTS,
	edgeCaseWorkshop,
	JOURNEY_NAME,
	LETTERS,
	longText,
	nameOnlyWorkshop,
	workshopFixture
} from './fixture';
import {
	hasPoppler,
	nodeFonts,
	pdfPages,
	pdfPageSizes,
	pdfRawText,
	pdfText,
	pdfWords,
	writeReport,
	writeWallMap
} from './render-helper';

/** Page sizes in points, as pdfinfo prints them. */
const A4 = '595.28 x 841.89';
const A4_LANDSCAPE = '841.89 x 595.28';
const A3_LANDSCAPE = '1190.55 x 841.89';
/** The side margin (16 mm) in points, less a point for rounding. */
const MARGIN_PT = (16 / 25.4) * 72 - 1;
/** The performance budget's limit on a PDF's size. */
const MAX_BYTES = 1.5 * 1024 * 1024;

const dir = mkdtempSync(join(tmpdir(), 'journey-report-'));

/** Headings as pdftotext gives them back: it may space words apart, never change a letter. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ');
}

async function render(model: ReportModel, name: string, write = writeReport) {
	const path = join(dir, name);
	const bytes = await write(model, path);
	return { path, bytes };
}

/** Words that cross a side margin or leave the page: text that did not wrap or was cut. */
function wordsOutside(path: string) {
	return pdfWords(path).filter(
		(w) =>
			w.xMin < MARGIN_PT || w.xMax > w.pageWidth - MARGIN_PT || w.yMin < 0 || w.yMax > w.pageHeight
	);
}

function expectHeadings(text: string, model: ReportModel) {
	const flat = squash(text);
	expect(flat).toContain(model.contentsHeading);
	for (const section of model.sections) expect(flat).toContain(section.heading);
	for (const fact of model.cover)
		expect(flat).toContain(fact.label.toLocaleUpperCase(model.locale));
}

describe('the PDF report', () => {
	it('is a PDF that starts with a cover and carries every typed letter', async () => {
		const model = buildReportModel(workshopFixture('en'), 'en');
		const { path, bytes } = await render(model, 'fixture-en.pdf');
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(bytes.length).toBeGreaterThan(10_000);
		if (!hasPoppler) return;

		const text = pdfText(path);
		expect(text).toContain('Ærøskøbing – Malmö');
		expect(text).toContain('Łódź → Göteborg č');
		expect(text).toContain('Łódź → Göteborg č ✓');
		expect(text).toContain('Åsa Østergård');
		expectHeadings(text, model);
		// Faces are drawn, never typed as emoji.
		expect(text).not.toMatch(/\p{Extended_Pictographic}/u);

		const pages = pdfPages(path);
		expect(pages).toBeGreaterThan(3);
		// A running footer on every page but the cover.
		const footers = text.match(new RegExp(`Page \\d+ of ${pages}`, 'g')) ?? [];
		expect(footers).toHaveLength(pages - 1);
		expect(text.split('\f')[0]).not.toContain('Page 1 of');
	});

	it('prints "not covered" for a workshop with only a name', async () => {
		const model = buildReportModel(nameOnlyWorkshop('sv'), 'sv');
		const { path } = await render(model, 'empty-sv.pdf');
		if (!hasPoppler) return;
		const text = pdfText(path);
		expectHeadings(text, model);
		expect(text.match(/Inte behandlat i den här workshoppen\./g)?.length).toBeGreaterThanOrEqual(9);
		expect(text).toContain(JOURNEY_NAME);
	});

	it('keeps every touchpoint of a large map across the pages', async () => {
		const data = workshopFixture('da', 142);
		expect(data.touchpoints).toHaveLength(150);
		const model = buildReportModel(data, 'da');
		const { path } = await render(model, 'large-da.pdf');
		if (!hasPoppler) return;
		const text = pdfText(path);
		for (const n of [1, 71, 142]) expect(text).toContain(`Extra touchpoint ${n}`);
		expect(squash(text)).toContain('150. Extra touchpoint');
		expect(pdfPages(path)).toBeGreaterThan(10);
	});

	it('breaks very long text over pages instead of cutting it off', async () => {
		const data = workshopFixture('en');
		const long = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ') + ' THE-END';
		data.workshop.journey.name = 'Ærøskøbing – Malmö '.repeat(12).trim();
		data.workshop.experience.vision = long;
		const persona = data.personas[0];
		if (persona) persona.frustrations = long;
		const touchpoint = data.touchpoints[1];
		if (touchpoint) touchpoint.emotionReason = long;
		for (let i = 0; i < 9; i++)
			data.workshop.plan.phases.push({ id: `extra-${i}`, name: `Fase ${i + 4}` });
		const model = buildReportModel(data, 'en');
		const { path } = await render(model, 'long-en.pdf');
		if (!hasPoppler) return;
		const text = pdfText(path);
		// The vision, the persona (too long for a card, so a list), and a low touchpoint's reason
		// in the table of all touchpoints and the table of lows; the map's pain-point cell, which
		// would otherwise run off its page, is cut with "…".
		expect(text.match(/THE-END/g)).toHaveLength(4);
		expect(squash(pdfRawText(path))).toMatch(/word\d+…/);
		expect(squash(text)).toContain('word0 word1 word2');
		expect(squash(text)).toContain('word698 word699 THE-END');
		expectHeadings(text, model);
	});

	it('returns a Blob for the browser', async () => {
		const model = buildReportModel(nameOnlyWorkshop('en'), 'en');
		const blob = await renderReportPdf(model, async () => nodeFonts());
		expect(blob.type).toBe('application/pdf');
		expect(blob.size).toBeGreaterThan(10_000);
	});
});

describe.each(['en', 'da'] satisfies Locale[])('the example workshop report in %s', (locale) => {
	it('renders every section and the example words', async () => {
		const data = exampleWorkshop(locale, new Date(2025, 2, 12));
		const model = buildReportModel(data, locale);
		const { path } = await render(model, `example-${locale}.pdf`);
		if (!hasPoppler) return;
		const text = pdfText(path);
		expectHeadings(text, model);
		expect(text).toContain(data.workshop.journey.name);
		expect(text).toContain(data.workshop.facilitator);
		expect(pdfPages(path)).toBeGreaterThan(3);
	});
});

describe('the edge case in the A4 report', () => {
	const model = buildReportModel(edgeCaseWorkshop('sv'), 'sv');
	const rendering = render(model, 'edge-sv.pdf');

	it('stays within the size budget and has plausible A4 pages', async () => {
		const { path, bytes } = await rendering;
		expect(bytes.length).toBeLessThan(MAX_BYTES);
		if (!hasPoppler) return;
		const sizes = pdfPageSizes(path);
		expect(sizes[0]).toBe(A4);
		expect(sizes).toContain(A4_LANDSCAPE);
		for (const size of sizes) expect([A4, A4_LANDSCAPE]).toContain(size);
		// 150 touchpoints at most seven to a page are at least 22 map pages.
		expect(sizes.length).toBeGreaterThan(30);
		expect(sizes.length).toBeLessThan(90);
	});

	it('prints every heading and the typed strings whole, every letter as typed', async () => {
		const { path } = await rendering;
		if (!hasPoppler) return;
		const text = pdfText(path);
		expectHeadings(text, model);
		expect(text).toContain(LETTERS);
		expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
		const raw = squash(pdfRawText(path));
		for (const typed of [
			longText('Journey'),
			// Whole in the list of all touchpoints; the map's heading starts it and cuts it.
			longText('Title0'),
			longText('Title25'),
			'1. Title0',
			longText('Problem'),
			`Kontakt 150 ${LETTERS}`,
			`Årsag 1: “ingen svar” ✓`
		])
			expect(raw, typed.slice(0, 20)).toContain(squash(typed));
		// The long idea's row is taller than what is left of its page and goes on over the break:
		// its start and its end are both printed.
		expect(raw).toContain(squash(longText('Idea').slice(0, 120)));
		expect(raw).toContain('END-Idea');
		expect(raw).toContain(`Beröringspunkter 1–7 av ${EDGE_TOUCHPOINTS}`);
		// The first phase goes on over several pages, and says so on each.
		expect(raw).toContain(`Behov ${LETTERS} (forts.)`);
	});

	it('wraps long text inside the margins', async () => {
		const { path } = await rendering;
		if (!hasPoppler) return;
		expect(wordsOutside(path)).toEqual([]);
	});
});

describe('the A3 wall map', () => {
	it('puts the example map and curve on A3 landscape pages with a title strip', async () => {
		const data = exampleWorkshop('en', new Date(2025, 2, 12));
		const model = buildReportModel(data, 'en');
		const { path, bytes } = await render(model, 'example-wall-en.pdf', writeWallMap);
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		if (!hasPoppler) return;
		const sizes = pdfPageSizes(path);
		// 15 touchpoints, twelve at most to a page: two map pages, then the curve.
		expect(sizes).toEqual([A3_LANDSCAPE, A3_LANDSCAPE, A3_LANDSCAPE]);
		const raw = squash(pdfRawText(path));
		expect(raw).toContain(data.workshop.journey.name);
		expect(raw).toContain(`Facilitator: ${data.workshop.facilitator}`);
		expect(raw).toContain('CUSTOMER JOURNEY MAP · WALL MAP');
		expect(raw).toContain('Touchpoints 1–8 of 15');
		expect(raw).toContain('During (continued)');
		for (const tp of data.touchpoints) expect(raw).toContain(squash(tp.title));
		expect(raw).toContain('The emotion curve');
		expect(raw).toContain('Desired feeling');
		// The running head names the journey on every page after the title strip.
		expect(pdfText(path).split(data.workshop.journey.name)).toHaveLength(1 + 3);
	});

	it('carries 150 touchpoints and 400-character texts onto A3 pages, within the margins', async () => {
		const model = buildReportModel(edgeCaseWorkshop('da'), 'da');
		const { path, bytes } = await render(model, 'edge-wall-da.pdf', writeWallMap);
		expect(bytes.length).toBeLessThan(MAX_BYTES);
		if (!hasPoppler) return;
		const sizes = pdfPageSizes(path);
		for (const size of sizes) expect(size).toBe(A3_LANDSCAPE);
		// 13 pages of twelve touchpoints and the curve, a few more where long rows go on.
		expect(sizes.length).toBeGreaterThanOrEqual(14);
		expect(sizes.length).toBeLessThan(30);
		const raw = squash(pdfRawText(path));
		// Cut to a few lines with "…" on the wall (the A4 report prints them whole).
		expect(raw).toContain('Journey æøåÆØÅ');
		expect(raw).toContain('1. Title0 æøåÆØÅ');
		expect(raw).toContain('Idea æøåÆØÅ');
		expect(raw).toContain('…');
		expect(raw).toContain(`Kontaktpunkter 145–150 af ${EDGE_TOUCHPOINTS}`);
		expect(raw).toContain('(fortsat)');
		expect(raw).toContain('Følelseskurven');
		expect(pdfText(path)).toContain(LETTERS);
		expect(wordsOutside(path)).toEqual([]);
	});

	it('says "not covered" when there are no touchpoints, and returns a Blob', async () => {
		const model = buildReportModel(nameOnlyWorkshop('da'), 'da');
		const blob = await renderWallMapPdf(model, nodeFonts());
		expect(blob.type).toBe('application/pdf');
		const { path } = await render(model, 'empty-wall-da.pdf', writeWallMap);
		if (!hasPoppler) return;
		expect(pdfPageSizes(path)).toEqual([A3_LANDSCAPE]);
		expect(pdfText(path)).toContain('Ikke behandlet i denne workshop.');
	});
});
