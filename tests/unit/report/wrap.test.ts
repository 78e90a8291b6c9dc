// How the PDF breaks a word too wide for its column: never silently, and where a Danish, Swedish
// or English reader expects it.
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/domain/types';
import { openDocument } from '$lib/report/document';
import type { Writer } from '$lib/report/layout';
import { buildReportModel } from '$lib/report/model';
import { nameOnlyWorkshop } from './fixture';
import { nodeFonts } from './render-helper';

const bold = { size: 12, bold: true };

async function writer(locale: Locale): Promise<Writer> {
	return openDocument(
		buildReportModel(nameOnlyWorkshop(locale), locale),
		nodeFonts(),
		'a3',
		'landscape',
		''
	);
}

/**
 * The lines read back against the text: each is the next stretch of it (less a hyphen the
 * wrapping added), and where a line ends inside a word it says so with a hyphen.
 */
function silentCuts(text: string, lines: readonly string[]): string[] {
	const cuts: string[] = [];
	let at = 0;
	lines.forEach((line, i) => {
		const typed = text.startsWith(line, at) ? line : line.replace(/-$/, '');
		expect(text.startsWith(typed, at), `${line} at ${at}`).toBe(true);
		at += typed.length;
		if (i === lines.length - 1) return;
		if (text[at] === ' ') at += 1;
		else if (!line.endsWith('-') && !line.endsWith('/')) cuts.push(`${line}|${lines[i + 1]}`);
	});
	expect(at).toBe(text.length);
	return cuts;
}

describe('a word wider than its column', () => {
	it.each([
		['da', '3. Automatisk bekræftelsesmail', 'bekræftelses-'],
		['da', 'Anmodningsformular i it-portalen', 'Anmodnings-'],
		['sv', 'Beställningsformulär för bärbar dator', 'Beställnings-'],
		['en', 'Misunderstandings about responsibilities', 'Misunder-']
	] as const)('breaks between syllables, with a hyphen (%s: %s)', async (locale, text, piece) => {
		const w = await writer(locale);
		// About the width of a column of the A3 wall map.
		w.style(bold);
		const width = w.doc.getTextWidth(piece) + 0.5;
		const lines = w.wrap(text, width, bold);
		expect(silentCuts(text, lines)).toEqual([]);
		expect(lines).toContain(piece);
		for (const line of lines) expect(w.doc.getTextWidth(line)).toBeLessThanOrEqual(width + 0.01);
	});

	it('cuts 2,000 letters without a space into lines that fit, each marked as going on', async () => {
		const w = await writer('en');
		const text = `START${'x'.repeat(1990)}END`;
		const lines = w.wrap(`Owner: ${text}`, 40, bold);
		expect(silentCuts(`Owner: ${text}`, lines)).toEqual([]);
		expect(lines.length).toBeGreaterThan(20);
		for (const line of lines) expect(w.doc.getTextWidth(line)).toBeLessThanOrEqual(40.01);
	});

	it('keeps ordinary text as it was: broken between words only', async () => {
		const w = await writer('en');
		const text = 'Automatic status e-mails at each milestone, always with the expected date.';
		const lines = w.wrap(text, 45, bold);
		expect(lines.join(' ')).toBe(text);
	});
});
