// The report of a revisit: a section "Since <date>" with every curve of the chain (each dated),
// the moved touchpoints, the earlier actions done or not and the measures side by side; a calm
// note when the earlier workshop was not on the device; nothing for a first visit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleWorkshop } from '$lib/domain/example';
import { makeRevisit } from '$lib/domain/revisit';
import type { WorkshopData } from '$lib/domain/types';
import { buildReportModel, type Block } from '$lib/report/model';
import { hasPoppler, pdfText, writeReport } from './render-helper';

function chain(): WorkshopData[] {
	const one = exampleWorkshop('en', new Date(2025, 10, 6, 9));
	one.workshop.date = '2025-11-06';
	one.workshop.improve.reviewDate = '2026-02-10';
	one.actions[0]!.status = 'done';
	const two = makeRevisit(one, { keepScores: true });
	two.workshop.improve.reviewDate = '2026-05-12';
	const three = makeRevisit(two, { keepScores: true });
	three.touchpoints[1]!.emotion = 2;
	three.touchpoints[3]!.emotion = -2;
	three.workshop.improve.measures[0]!.current = '2 a week';
	return [one, two, three];
}

const since = (data: WorkshopData, earlier: WorkshopData[] = [], locale = 'en' as const) =>
	buildReportModel(data, locale, earlier).sections.find((s) => s.id === 'since');

/** The table whose first column is `label`. */
const tableOf = (list: Block[], label: string) =>
	blocks(list, 'table').find((b) => b.columns[0]!.label === label)!;

const blocks = <K extends Block['kind']>(list: Block[], kind: K) =>
	list.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

describe('the report of a revisit', () => {
	it('has no "Since" section on a first visit', () => {
		expect(since(exampleWorkshop('en'))).toBeUndefined();
	});

	it('draws every earlier curve, dated, and lists moves, actions and measures', () => {
		const [one, two, three] = chain();
		const section = since(three!, [one!, two!])!;
		expect(section.heading).toBe('Since 10 February 2026');
		const [curve] = blocks(section.blocks, 'curve');
		expect(curve!.earlier!.map((l) => l.label)).toEqual([
			'Feeling on 6 November 2025',
			'Feeling on 10 February 2026'
		]);
		expect(curve!.earlier![0]!.scores).toHaveLength(curve!.points.length);
		const moved = tableOf(section.blocks, '#');
		const measures = tableOf(section.blocks, 'Measure');
		expect(moved!.rows.map((r) => r[1])).toEqual(
			[three!.touchpoints[1]!, three!.touchpoints[3]!]
				.filter((tp, i) => tp.emotion !== two!.touchpoints[i === 0 ? 1 : 3]!.emotion)
				.map((tp) => tp.title)
		);
		expect(moved!.rows.every((r) => /^[↑↓] [+−]\d$/.test(r[4]!))).toBe(true);
		// The actions are the previous visit's: a revisit starts with none of its own.
		expect(tableOf(section.blocks, 'Action')).toBeUndefined();
		expect(blocks(section.blocks, 'note').map((n) => n.text)).toEqual([
			'No actions were planned then.'
		]);
		expect(measures!.rows[0]).toEqual([
			one!.workshop.improve.measures[0]!.name,
			'',
			'2 a week',
			one!.workshop.improve.measures[0]!.target
		]);
	});

	it('lists the earlier actions with done or not done', () => {
		const [one, two] = chain();
		const section = since(two!, [one!])!;
		const actions = tableOf(section.blocks, 'Action');
		expect(actions.columns[1]!.label).toBe(`Done (1 of ${one!.actions.length})`);
		expect(actions.rows[0]).toEqual([one!.actions[0]!.title, 'Done']);
		expect(actions.rows[1]![1]).toBe('Not done');
	});

	it('says so when the earlier workshop was not on the device', () => {
		const [, two] = chain();
		const section = since(two!, [], 'en')!;
		expect(section.heading).toBe('Since 6 November 2025');
		expect(blocks(section.blocks, 'note')[0]!.text).toMatch(/not on this device/);
	});

	it.skipIf(!hasPoppler)('prints both dates and the moved touchpoints', async () => {
		const [one, two, three] = chain();
		const dir = mkdtempSync(join(tmpdir(), 'journey-since-'));
		const path = join(dir, 'since.pdf');
		await writeReport(buildReportModel(three!, 'en', [one!, two!]), path);
		const text = pdfText(path).replace(/\s+/g, ' ');
		expect(text).toContain('Since 10 February 2026');
		expect(text).toContain('Feeling on 6 November 2025');
		expect(text).toContain('Feeling on 10 February 2026');
		expect(text).toContain('Feelings that moved');
		expect(text).toContain(three!.touchpoints[3]!.title);
	});
});
