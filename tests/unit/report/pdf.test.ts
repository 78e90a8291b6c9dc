import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import type { Locale } from '$lib/domain/types';
import { buildReportModel, type ReportModel } from '$lib/report/model';
import { renderReportPdf } from '$lib/report/pdf';
import { JOURNEY_NAME, nameOnlyWorkshop, workshopFixture } from './fixture';
import { hasPoppler, nodeFonts, pdfPages, pdfText, writeReport } from './render-helper';

const dir = mkdtempSync(join(tmpdir(), 'journey-report-'));

/** Headings as pdftotext gives them back: it may space words apart, never change a letter. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ');
}

async function render(model: ReportModel, name: string) {
	const path = join(dir, name);
	const bytes = await writeReport(model, path);
	return { path, bytes };
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
		// in the map's pain points, the table of all touchpoints and the table of lows.
		expect(text.match(/THE-END/g)).toHaveLength(5);
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
