// What a printed page must hold up to: the A3 wall map read from two metres (big type, the sheet
// filled, a curve whose steps can be told apart, every page saying which part of the journey it
// holds), and the A4 report with text nobody would type on purpose (2,000 characters without a
// space) that still keeps every word inside its page and prints no part twice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import { buildReportModel, type Block, type ReportModel } from '$lib/report/model';
import { workshopFixture } from './fixture';
import {
	hasPoppler,
	pdfPages,
	pdfRaster,
	pdfRawText,
	pdfWords,
	writeReport,
	writeWallMap,
	type PdfWord
} from './render-helper';

const dir = mkdtempSync(join(tmpdir(), 'journey-fit-'));
const PT_PER_MM = 72 / 25.4;
/** DejaVu's word box is its ascent plus descent: 1.164 times the font size. */
const BOX_PER_PT = 1.164;
/** The footer's rule sits 11.5 mm above the page's foot; nothing of the content may reach it. */
const FOOT_RULE_MM = 11.5;
/** The side margin (16 mm) in points, less a point for rounding. */
const MARGIN_PT = 16 * PT_PER_MM - 1;

type MapBlock = Extract<Block, { kind: 'map' }>;

function mapBlock(model: ReportModel): MapBlock {
	const block = model.sections
		.find((s) => s.id === 'map')
		?.blocks.find((b): b is MapBlock => b.kind === 'map');
	if (!block) throw new Error('no map');
	return block;
}

interface MapPage {
	page: number;
	from: number;
	to: number;
	total: number;
	/** The line as printed: "Touchpoints 1–8 of 15 · Before, During". */
	caption: string;
}

/** The pages that hold part of the map, from the caption each one starts with. */
function mapPages(path: string): MapPage[] {
	return pdfRawText(path)
		.split('\f')
		.flatMap((text, i) =>
			text.split('\n').flatMap((line) => {
				const m = /^Touchpoints (\d+)–(\d+) of (\d+)/.exec(line.trim());
				return m
					? [
							{
								page: i + 1,
								from: Number(m[1]),
								to: Number(m[2]),
								total: Number(m[3]),
								caption: line.trim()
							}
						]
					: [];
			})
		);
}

/** The phases a page's touchpoints belong to, in order, as the caption should name them. */
function phasesOf(block: MapBlock, from: number, to: number): string {
	const names = block.columns
		.slice(from - 1, to)
		.map((col) => block.phases[col.phaseIndex]?.name ?? '');
	return [...new Set(names)].join(', ');
}

/** The words of the map on `page`: from its caption down, above the footer. */
function mapWords(path: string, page: number): PdfWord[] {
	const words = pdfWords(path).filter((w) => w.page === page);
	const caption = words.find(
		(w, i) => w.text === 'Touchpoints' && /^\d+–\d+$/.test(words[i + 1]?.text ?? '')
	);
	if (!caption) throw new Error(`no map caption on page ${page}`);
	return words.filter(
		(w) => w.yMin >= caption.yMin - 0.5 && w.yMax <= w.pageHeight - FOOT_RULE_MM * PT_PER_MM
	);
}

/**
 * How much of the page the map's drawing covers, as shares of the page's width and height: the
 * box round everything inked between the running head and the footer, after the title strip
 * (page 1) and the white below it.
 */
function coverage(path: string, page: number) {
	const r = pdfRaster(path, page, 30);
	const px = (mm: number) => Math.round((mm / 25.4) * r.dpi);
	const inked = (y: number) => {
		for (let x = 0; x < r.width; x++) if (r.at(x, y) < 250) return true;
		return false;
	};
	let y = px(13.5);
	while (y < r.height && inked(y)) y++;
	const last = r.height - px(FOOT_RULE_MM) - 2;
	let top = Infinity;
	let bottom = -Infinity;
	let left = Infinity;
	let right = -Infinity;
	for (; y < last; y++)
		for (let x = 0; x < r.width; x++)
			if (r.at(x, y) < 250) {
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				left = Math.min(left, x);
				right = Math.max(right, x);
			}
	return { height: (bottom - top + 1) / r.height, width: (right - left + 1) / r.width };
}

describe.skipIf(!hasPoppler)('the A3 wall map, read from two metres', () => {
	const data = exampleWorkshop('en', new Date(2025, 2, 12));
	const model = buildReportModel(data, 'en');
	const path = join(dir, 'example-wall.pdf');
	const rendering = writeWallMap(model, path);

	it('says on every page which touchpoints and phases it holds', async () => {
		await rendering;
		expect(mapPages(path).map((p) => p.caption)).toEqual([
			'Touchpoints 1–8 of 15 · Before, During',
			'Touchpoints 9–15 of 15 · During, After'
		]);
	});

	it('fills the sheet in both directions', async () => {
		await rendering;
		for (const { page } of mapPages(path)) {
			const share = coverage(path, page);
			expect(share.height, `page ${page}`).toBeGreaterThanOrEqual(0.85);
			expect(share.width, `page ${page}`).toBeGreaterThanOrEqual(0.85);
		}
	});

	it('sets every word of the map at 12 pt or more', async () => {
		await rendering;
		for (const { page } of mapPages(path)) {
			const words = mapWords(path, page);
			expect(words.length).toBeGreaterThan(100);
			const smallest = Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_PT));
			expect(smallest, `page ${page}`).toBeGreaterThanOrEqual(11.9);
		}
	});

	it('gives each emotion step at least 10 mm, so a ±1 difference shows', async () => {
		await rendering;
		for (const { page } of mapPages(path)) {
			const ticks = mapWords(path, page);
			// The scale's ticks sit left of the touchpoints, in the row labels' column.
			const tick = (text: string) => {
				const found = ticks.filter((w) => w.text === text).sort((a, b) => a.xMin - b.xMin)[0];
				if (!found) throw new Error(`no ${text} tick on page ${page}`);
				return (found.yMin + found.yMax) / 2;
			};
			const step = (tick('−2') - tick('+2')) / 4 / PT_PER_MM;
			expect(step, `page ${page}`).toBeGreaterThanOrEqual(10);
		}
	});

	it('goes on over as many A3 pages as 40 touchpoints need, each naming its part', async () => {
		const big = buildReportModel(workshopFixture('en', 32), 'en');
		const bigPath = join(dir, 'forty-wall.pdf');
		await writeWallMap(big, bigPath);
		const pages = mapPages(bigPath);
		expect(pages.length).toBeGreaterThanOrEqual(4);
		// Each page a different page, the parts in order with none left out or repeated.
		expect(new Set(pages.map((p) => p.page)).size).toBe(pages.length);
		let next = 1;
		for (const p of pages) {
			expect(p.from).toBe(next);
			expect(p.total).toBe(40);
			expect(p.caption).toBe(
				`Touchpoints ${p.from}–${p.to} of 40 · ${phasesOf(mapBlock(big), p.from, p.to)}`
			);
			next = p.to + 1;
		}
		expect(next).toBe(41);
	}, 30_000);
});

/** A word of 2,000 letters, with a marker at each end to find its first and last part by. */
function unbroken(name: string): string {
	const start = `${name}START`;
	const end = `${name}END`;
	return start + 'x'.repeat(2000 - start.length - end.length) + end;
}

describe.skipIf(!hasPoppler)('2,000 characters without a space', () => {
	const data = workshopFixture('en', 7);
	const [first, second] = data.touchpoints;
	if (first) first.title = unbroken('TITLE');
	if (second) second.title = unbroken('GAPTITLE');
	// The owner of touchpoints, opportunities and actions: every owner cell holds the long name.
	const owner = data.stakeholders[0];
	if (owner) owner.name = unbroken('NAME');
	const opportunity = data.opportunities[0];
	if (opportunity) opportunity.idea = unbroken('IDEA');
	data.workshop.journey.name = unbroken('JOURNEY');
	data.workshop.facilitator = unbroken('FACILITATOR');
	const model = buildReportModel(data, 'en');

	/** Words past the page's edges or margins, or reaching down to the footer. */
	function astray(path: string): PdfWord[] {
		const footer = new Set([...model.date.split(' '), 'Page', 'of']);
		return pdfWords(path).filter((w) => {
			const foot = w.pageHeight - FOOT_RULE_MM * PT_PER_MM;
			const isFooter = w.yMin >= foot && (footer.has(w.text) || /^\d+$/.test(w.text));
			return (
				w.xMin < MARGIN_PT ||
				w.xMax > w.pageWidth - MARGIN_PT ||
				w.yMin < 0 ||
				(!isFooter && w.yMax > foot)
			);
		});
	}

	/** The map's captions in page order: a part printed twice shows as a repeat. */
	const captions = (path: string) => mapPages(path).map((p) => `${p.from}–${p.to}`);

	it('keeps every word of the A4 report inside its page, and no part of the map twice', async () => {
		const path = join(dir, 'long-a4.pdf');
		await writeReport(model, path);
		expect(astray(path).map((w) => `p${w.page} ${w.text.slice(0, 20)}`)).toEqual([]);
		const parts = captions(path);
		expect(parts.length).toBeGreaterThanOrEqual(3);
		expect(new Set(parts).size).toBe(parts.length);
		// Each section's heading once in the contents and once over the section, never again.
		const text = pdfRawText(path);
		const flat = text.replace(/\s+/g, ' ');
		for (const { heading } of model.sections) expect(flat.split(heading), heading).toHaveLength(3);
		// Cut where it repeats, whole where it matters: the touchpoint list, the stakeholders, the
		// ranked opportunities keep the last letters (read across the hyphens of broken lines).
		const joined = text.replace(/-\n/g, '');
		for (const end of ['TITLEEND', 'GAPTITLEEND', 'NAMEEND', 'IDEAEND', 'JOURNEYEND'])
			expect(joined, end).toContain(end);
		// The cover stays one page: the contents follow on page 2.
		expect(text.split('\f')[1]).toContain(model.contentsHeading);
		expect(text).toMatch(/x…/);
		expect(pdfPages(path)).toBeLessThan(60);
	}, 30_000);

	it('keeps every word of the A3 wall map inside its page, and no part twice', async () => {
		const path = join(dir, 'long-a3.pdf');
		await writeWallMap(model, path);
		expect(astray(path).map((w) => `p${w.page} ${w.text.slice(0, 20)}`)).toEqual([]);
		const parts = captions(path);
		expect(parts).toEqual(['1–8', '9–15']);
		expect(pdfRawText(path)).toMatch(/x…/);
	}, 30_000);
});
