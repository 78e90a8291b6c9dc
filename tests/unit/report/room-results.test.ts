// What the live room said is printed: each touchpoint's room emotion (average ± spread and how
// many phones) beside the facilitator's score, and the phones' dots in the votes.
import { buildReportModel, type Block } from '$lib/report/model';
import { workshopFixture } from './fixture';

const tables = (blocks: Block[]) =>
	blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the live room in the report', () => {
	it('prints the room’s emotion per touchpoint and counts its dots with the votes', () => {
		const data = workshopFixture('da');
		const tp = data.touchpoints[0]!;
		tp.roomScores = { a: 1, b: 2, c: 2 };
		const o = data.opportunities[0]!;
		o.votes = 2;
		o.roomVotes = { a: 3, b: 1 };
		const model = buildReportModel(data, 'da');
		const map = model.sections.find((s) => s.id === 'map')!;
		const rows = tables(map.blocks).flatMap((t) => t.rows);
		const row = rows.find((r) => r[1] === tp.title)!;
		expect(row.join(' ')).toMatch(/Rummet [−-]1,3 ± 0,5 \(3\)/);
		const ideas = tables(model.sections.find((s) => s.id === 'opportunities')!.blocks)[0]!;
		const idea = ideas.rows.find((r) => r[1] === o.idea)!;
		expect(idea[4]).toBe(`${o.impact} / ${o.effort} / 6`);
	});

	it('prints nothing of the room when no phone scored', () => {
		const model = buildReportModel(workshopFixture('en'), 'en');
		const text = JSON.stringify(model);
		expect(text).not.toContain('±');
	});
});
