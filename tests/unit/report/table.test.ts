// How a table of the A4 report goes over a page break: never with its last row or two alone on
// a page of their own, a short table kept whole; an opportunity without an idea says so.
import { describe, expect, it } from 'vitest';
import { openDocument } from '$lib/report/document';
import { TYPE, type Writer } from '$lib/report/layout';
import { buildReportModel } from '$lib/report/model';
import { drawTable } from '$lib/report/table';
import { nameOnlyWorkshop, workshopFixture } from './fixture';
import { nodeFonts } from './render-helper';

/** The rows of a table, by the page each landed on: the text of its first cell. */
async function paginate(rows: number, tallEvery: number) {
	const model = buildReportModel(nameOnlyWorkshop('en'), 'en');
	const w = await openDocument(model, nodeFonts(), 'a4', 'portrait', '');
	const spec = {
		columns: [
			{ label: 'Row', weight: 1 },
			{ label: 'Text', weight: 4 }
		],
		rows: Array.from({ length: rows }, (_, i) => [
			`Row${i + 1}`,
			// Some rows take two or three lines, as real cells do.
			i % tallEvery === 0 ? 'word '.repeat(60 + (i % 3) * 30) : 'A short cell'
		]),
		style: TYPE.table
	};
	/** For each place the table could start at, the rows each page got. */
	const trials: number[][] = [];
	for (let room = 20; room <= 260; room += 4) {
		w.newPage('portrait');
		const start = w.page;
		w.y = w.bottom - room;
		const pages = new Map<number, number>();
		const text = w.text.bind(w);
		(w as { text: Writer['text'] }).text = (t, ...rest) => {
			if (/^Row\d+$/.test(t)) pages.set(w.page, (pages.get(w.page) ?? 0) + 1);
			text(t, ...rest);
		};
		drawTable(w, spec);
		(w as { text: Writer['text'] }).text = text;
		trials.push(
			Array.from({ length: w.page - start + 1 }, (_, i) => pages.get(start + i) ?? 0).filter(
				(n, i) => n > 0 || i > 0
			)
		);
	}
	return trials;
}

describe('a table across a page break', () => {
	it('never leaves its last one or two rows alone on a page', async () => {
		for (const [rows, tallEvery] of [
			[12, 5],
			[20, 3],
			[31, 7]
		] as const) {
			const trials = await paginate(rows, tallEvery);
			for (const pages of trials) {
				expect(pages.reduce((a, b) => a + b, 0)).toBe(rows);
				if (pages.length > 1)
					expect(pages[pages.length - 1], pages.join(' + ')).toBeGreaterThanOrEqual(3);
				// Nor a page that holds the header and a single row.
				for (const n of pages) expect(n, pages.join(' + ')).toBeGreaterThanOrEqual(2);
			}
		}
	}, 30_000);

	it('keeps a short table whole on one page', async () => {
		for (const pages of await paginate(5, 4)) expect(pages).toEqual([5]);
	});
});

describe('an opportunity without an idea', () => {
	it.each(['en', 'da', 'sv'] as const)('says there is none in the %s report', (locale) => {
		const data = workshopFixture(locale);
		const empty = data.opportunities[0];
		if (empty) empty.idea = '';
		const model = buildReportModel(data, locale);
		const words = {
			en: '(no idea written)',
			da: '(ingen idé skrevet ned)',
			sv: '(ingen idé nedskriven)'
		};
		const tables = model.sections
			.filter((s) => s.id === 'opportunities' || s.id === 'actions')
			.flatMap((s) => s.blocks)
			.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
		const [ranked, actions] = tables;
		// The opportunity keeps its row (it has a problem), and its action names it the same way.
		const row = ranked?.find((r) => r[2] === empty?.problem);
		expect(row?.[1]).toBe(words[locale]);
		expect(actions?.[0]?.[1]).toBe(words[locale]);
		expect(ranked?.flat()).not.toContain('');
	});
});
