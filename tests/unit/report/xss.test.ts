// Hostile text on its way out of the app: the report model carries every string as typed (the
// PDF draws text, so nothing in it can run), and the CSV and Markdown exports quote and escape it
// so a spreadsheet, Jira, Trello or a Markdown renderer reads it as the same text.
import { actionsCsv, actionsMarkdown, markdownText } from '$lib/domain/export';
import { newRow } from '$lib/domain/factories';
import type { Action, WorkshopData } from '$lib/domain/types';
import { buildReportModel } from '$lib/report/model';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileWorkshop, XSS_CORPUS } from '../../fixtures/xss-corpus';
import { hasPoppler, pdfPages, pdfRawText, writeReport, writeWallMap } from './render-helper';

/** Every string in a value. */
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: typeof value === 'object' && value !== null
			? Object.values(value).flatMap(strings)
			: [];

/** The corpus strings that are one line with no space at either end: shown exactly as typed. */
const ONE_LINE = XSS_CORPUS.filter((s) => s === s.trim() && !/[\r\n]/.test(s));

/** The workshop with one action per corpus string, each action titled with it. */
function withActions(): WorkshopData {
	const data = hostileWorkshop('en');
	const owner = data.stakeholders[0]!;
	const opportunity = data.opportunities[0]!;
	data.actions = XSS_CORPUS.map((title, order): Action => ({
		...newRow.actions({ workshopId: data.workshop.id, order }),
		title,
		ownerId: owner.id,
		opportunityId: opportunity.id,
		due: '2025-06-01'
	}));
	return data;
}

describe('the report model', () => {
	it.each(['en', 'da', 'sv'] as const)('carries every string as typed (%s)', (locale) => {
		const data = withActions();
		const model = buildReportModel(data, locale);
		const text = strings(model);
		const all = text.join('\u0000');
		expect(model.title).toBe(data.workshop.journey.name);
		for (const s of ONE_LINE) expect(all.includes(s), s.slice(0, 40)).toBe(true);
		// Each action's title is a cell of its own, whole.
		for (const s of ONE_LINE) expect(text).toContain(s);
	});

	it('never escapes or strips the markup it is given (the PDF draws it as letters)', () => {
		const model = buildReportModel(withActions(), 'en');
		const all = strings(model).join('\n');
		expect(all).toContain('<script>alert(1)</script>');
		expect(all).not.toContain('&lt;script');
		expect(all).toContain('&lt;b&gt;not bold&lt;/b&gt;');
	});
});

/**
 * The corpus strings the report's font can draw letter for letter and pdftotext gives back in
 * order: the markup, code and template ones, and the Danish, Swedish and Polish letters. (Emoji,
 * right-to-left runs and control characters are drawn as the font allows; the test below checks
 * they never break the file.)
 */
const DRAWN = ONE_LINE.filter((s) => s.length < 200 && /^[\x20-\x7EÆØÅæøåÄÖäöŁłóźčőĆ–]+$/u.test(s));

/** The PDF's content, compared without spacing: pdftotext may break a cell's line anywhere. */
const solid = (text: string) => text.replace(/\s+/g, '');

describe('the drawn PDF', () => {
	const dir = mkdtempSync(join(tmpdir(), 'journey-xss-'));

	it('draws markup, code and template text as the letters typed, and holds no action or link', async () => {
		expect(DRAWN.length).toBeGreaterThanOrEqual(15);
		const path = join(dir, 'actions.pdf');
		const bytes = await writeReport(buildReportModel(withActions(), 'en'), path);
		const raw = new TextDecoder('latin1').decode(bytes);
		// Nothing in the file can run or open anything: no JavaScript, launch, link, form or
		// action run on opening (jsPDF's opening view, "/OpenAction [page /FitH]", only zooms).
		const actions = [/\/JavaScript/, /\/JS\b/, /\/Launch/, /\/URI\b/, /\/AA\b/, /\/AcroForm/];
		for (const key of [...actions, /\/OpenAction\s*<</]) expect(raw, String(key)).not.toMatch(key);
		expect(raw).toMatch(/\/OpenAction \[\d+ 0 R \/FitH null\]/);
		if (!hasPoppler) return;
		const text = solid(pdfRawText(path));
		for (const s of DRAWN) expect(text.includes(solid(s)), s).toBe(true);
	}, 30_000);

	it('every field hostile at once, the longest texts included: the report and the wall map still come out', async () => {
		const model = buildReportModel(hostileWorkshop('da'), 'da');
		const report = join(dir, 'hostile.pdf');
		const wall = join(dir, 'hostile-wall.pdf');
		const bytes = await writeReport(model, report);
		await writeWallMap(model, wall);
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		if (!hasPoppler) return;
		expect(pdfPages(report)).toBeGreaterThan(3);
		expect(pdfPages(wall)).toBeGreaterThanOrEqual(1);
		expect(solid(pdfRawText(report))).toContain(solid('<script>alert(1)</script>'));
	}, 60_000);
});

/** A strict RFC 4180 reader, so the test does not trust the writer's own rules. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') field += text[i++];
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') {
			if (field !== '') throw new Error(`bare quote at ${i}`);
			quoted = true;
		} else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			rows.push([...row, field]);
			row = [];
			field = '';
			i++;
		} else if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
		else field += c;
	}
	if (quoted || row.length || field) throw new Error('unterminated record');
	return rows;
}

describe('the CSV export', () => {
	const texts = {
		problem: 'Problem',
		idea: 'Idea',
		journey: 'Journey',
		status: { todo: 'to-do', doing: 'doing', done: 'done' },
		labels: ['journey-map']
	};

	it('quotes every hostile title so it reads back as the same field', () => {
		const data = withActions();
		const [, ...rows] = parseCsv(actionsCsv(data, texts));
		expect(rows.map((r) => r[0])).toEqual(XSS_CORPUS.map((s) => s.trim()));
		for (const row of rows) {
			expect(row).toHaveLength(5);
			expect(row[2]).toBe(data.stakeholders[0]!.name.trim());
		}
	});

	it('keeps the description (problem, idea, journey) whole inside one quoted field', () => {
		const data = withActions();
		const [, first] = parseCsv(actionsCsv(data, texts));
		const o = data.opportunities[0]!;
		expect(first![1]).toContain(o.problem.trim());
		expect(first![1]).toContain(o.idea.trim());
		expect(first![1]).toContain(data.workshop.journey.name.trim());
	});
});

describe('the Markdown export', () => {
	const texts = { heading: 'Actions', due: 'due', untitled: 'Untitled' };

	it('writes each hostile title on one line, with no raw tag, link or code', () => {
		const md = actionsMarkdown(withActions(), texts);
		const lines = md.split('\n');
		const items = lines.filter((l) => l.startsWith('- ['));
		expect(items).toHaveLength(XSS_CORPUS.length);
		// Every < > [ ] ` * _ | ~ \ the room typed is escaped; none opens markup.
		for (const line of lines) {
			expect(line).not.toMatch(/(^|[^\\])<[a-z/!]/i);
			expect(line).not.toMatch(/(^|[^\\])\]\(/);
			expect(line).not.toMatch(/(^|[^\\])`/);
		}
	});

	it('unescaped, each title reads as typed (line breaks as spaces)', () => {
		const md = actionsMarkdown(withActions(), texts);
		const items = md.split('\n').filter((l) => l.startsWith('- ['));
		const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
		items.forEach((line, i) => {
			const typed = XSS_CORPUS[i]!.replace(/\s*[\r\n]+\s*/g, ' ').trim();
			const title = line.slice('- [ ] '.length).split(' — ')[0]!;
			expect(unescape(title)).toBe(typed);
		});
		expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
	});
});
