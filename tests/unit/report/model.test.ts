import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import { newRow } from '$lib/domain/factories';
import type { Locale } from '$lib/domain/types';
import { reportMessages } from '$lib/i18n/report-messages';
import { LOCALES } from '$lib/i18n/translate';
import { buildReportModel, formatDate, type Block, type ReportModel } from '$lib/report/model';
import { reportFileName } from '$lib/report/pdf';
import { timeline } from '$lib/domain/timeline';
import {
	EDGE_ORPHANS,
	EDGE_TOUCHPOINTS,
	edgeCaseWorkshop,
	JOURNEY_NAME,
	LETTERS,
	longText,
	nameOnlyWorkshop,
	TYPED,
	workshopFixture
} from './fixture';

const SECTION_IDS = [
	'journey',
	'stakeholders',
	'experience',
	'personas',
	'interviews',
	'map',
	'curve',
	'opportunities',
	'actions',
	'improve'
];

const MAP_ROWS = ['channels', 'actions', 'owners', 'emotions', 'painPoints', 'opportunities'];

function blocks<K extends Block['kind']>(model: ReportModel, id: string, kind: K) {
	const section = model.sections.find((s) => s.id === id);
	return (section?.blocks ?? []).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

/** Every string anywhere in the model, to look for what the room typed. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

describe('buildReportModel', () => {
	const model = buildReportModel(workshopFixture('en'), 'en');

	it('has the cover and every section in the order of the workshop', () => {
		expect(model.title).toBe(JOURNEY_NAME);
		expect(model.sections.map((s) => s.id)).toEqual(SECTION_IDS);
		expect(model.sections.map((s) => s.heading)).toEqual([
			'Journey scope',
			'Stakeholders',
			'Desired experience',
			'Personas',
			'Interview summary',
			'The journey map',
			'The emotion curve',
			'Opportunities, ranked',
			'Action plan',
			'Keep improving'
		]);
		expect(model.cover).toEqual([
			{ label: 'Facilitator', value: 'Åsa Østergård' },
			{ label: 'Date', value: '12 March 2025' },
			{
				label: 'Participants',
				value:
					'Søren Kjærgaard (Service desk), Märta Öberg (IT portal), Ingrid Ång (Client engineering)'
			}
		]);
		expect(model.isoDate).toBe('2025-03-12');
		expect(model.sections.filter((s) => s.orientation === 'landscape').map((s) => s.id)).toEqual([
			'map',
			'curve'
		]);
	});

	it('covers every step of a full workshop', () => {
		for (const section of model.sections)
			expect(
				section.blocks.some((b) => b.kind === 'notCovered'),
				section.id
			).toBe(false);
	});

	it('passes typed strings through unchanged', () => {
		const all = strings(model);
		expect(all).toContain(JOURNEY_NAME);
		expect(all).toContain(TYPED);
		expect(all).toContain(`Fewer calls to the service desk; ${TYPED}`);
		expect(all).toContain(`8. ${TYPED}`);

		const data = workshopFixture('sv');
		data.workshop.experience.vision = '  Två  mellanslag\toch «citat» & <taggar>  ';
		data.workshop.journey.name = ' Łódź → Göteborg č ✓ ';
		const sv = buildReportModel(data, 'sv');
		expect(blocks(sv, 'experience', 'paragraph')[0]?.text).toBe(
			'  Två  mellanslag\toch «citat» & <taggar>  '
		);
		expect(sv.title).toBe(' Łódź → Göteborg č ✓ ');
	});

	it('turns empty steps into a "not covered" note, never an empty table', () => {
		const empty = buildReportModel(nameOnlyWorkshop('da'), 'da');
		expect(empty.sections.map((s) => s.id)).toEqual(SECTION_IDS);
		for (const section of empty.sections) {
			expect(
				section.blocks.some((b) => b.kind === 'notCovered'),
				section.id
			).toBe(true);
			for (const b of section.blocks) {
				if (b.kind === 'table') expect(b.rows.length).toBeGreaterThan(0);
				expect(b.kind).not.toBe('map');
				expect(b.kind).not.toBe('curve');
			}
		}
		const notCovered = blocks(empty, 'improve', 'notCovered')[0];
		expect(notCovered?.text).toBe('Ikke behandlet i denne workshop.');
		// Step 1 was done: its facts are there, only the missing business goal is flagged.
		expect(blocks(empty, 'journey', 'keyValue')[0]?.items).toEqual([
			{ label: 'Kunderejse', value: JOURNEY_NAME }
		]);
	});

	it('leaves out rows the room added but never filled in', () => {
		const data = workshopFixture('en');
		data.actions.push(newRow.actions({ workshopId: data.workshop.id, order: 9 }));
		data.touchpoints.push(newRow.touchpoints({ workshopId: data.workshop.id, order: 99 }));
		const m = buildReportModel(data, 'en');
		expect(blocks(m, 'actions', 'table')[0]?.rows).toHaveLength(3);
		expect(blocks(m, 'curve', 'curve')[0]?.points).toHaveLength(8);
		// The blank stakeholder row of the fixture is not a person either.
		const front = blocks(m, 'stakeholders', 'table').flatMap((t) => t.rows);
		expect(front).toHaveLength(4);
	});

	it('ranks opportunities: quick wins first, then by impact minus effort and votes', () => {
		const table = blocks(model, 'opportunities', 'table')[0];
		expect(table?.rows.map((r) => r[1])).toEqual([
			'Chat bot for delivery dates',
			'Status e-mail between request and delivery',
			'Replace the supplier',
			'Link to the order page on the start page',
			'Rebuild the whole portal'
		]);
		expect(table?.rows.map((r) => r[5])).toEqual([
			'Quick win',
			'Quick win',
			'Big bet',
			'Fill-in',
			'Money pit'
		]);
		expect(table?.rows[0]?.[0]).toBe('1');
		expect(table?.rows[2]?.[3]).toBe('5. Waiting with no status\n6. Calls the service desk');
		expect(table?.columns[4]?.label).toBe('Impact / Effort / Votes');
		expect(table?.rows.map((r) => r[4])).toEqual([
			'4 / 2 / 8',
			'4 / 2 / 6',
			'5 / 5 / 3',
			'3 / 1 / 4',
			'2 / 5 / 1'
		]);
		expect(table?.rows[0]?.[6]).toBe('Søren Kjærgaard');
		expect(table?.rows[1]?.[6]).toBe('Märta Öberg');
	});

	it('lays the journey map out with one column per touchpoint, in timeline order', () => {
		const map = blocks(model, 'map', 'map')[0];
		expect(map?.phases.map((p) => p.name)).toEqual(['Before', 'During', 'After']);
		expect(map?.columns.map((c) => c.heading)).toEqual([
			'1. Needs a new laptop',
			'2. Finds the order page',
			'3. Fills in the request form',
			'4. Confirmation e-mail',
			'5. Waiting with no status',
			'6. Calls the service desk',
			'7. Laptop delivered',
			`8. ${TYPED}`
		]);
		expect(map?.columns.map((c) => c.phaseIndex)).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
		expect(map?.columns.filter((c) => c.gap).map((c) => c.number)).toEqual([5]);
		expect(map?.columns.map((c) => c.score)).toEqual([0, -1, 1, 1, -2, -1, 2, null]);
		expect(map?.rows.map((r) => r.label)).toEqual([
			'Channels',
			'Customer actions',
			'Owners',
			'Emotions',
			'Pain points',
			'Opportunities'
		]);
		for (const row of map?.rows ?? []) expect(row.cells).toHaveLength(8);
		const row = (id: string) => map?.rows.find((r) => r.id === id)?.cells;
		expect(row('channels')?.slice(0, 5)).toEqual([
			['In person'],
			['Portal'],
			['Portal'],
			['E-mail'],
			[]
		]);
		expect(row('actions')?.[5]).toEqual(['Asks for the delivery date']);
		expect(row('owners')?.[6]).toEqual(['Søren Kjærgaard']);
		expect(row('emotions')).toEqual([['0'], ['−1'], ['+1'], ['+1'], ['−2'], ['−1'], ['+2'], []]);
		// Only the lows have pain points: the room's reason for the low score.
		expect(row('painPoints')).toEqual([
			[],
			['The page is hard to find'],
			[],
			[],
			['Nobody says anything for two weeks'],
			['Long queue'],
			[],
			[]
		]);
		// Each touchpoint's ideas in ranking order (the chat bot is the first quick win).
		expect(row('opportunities')?.[4]).toEqual([
			'Status e-mail between request and delivery',
			'Replace the supplier'
		]);
		expect(row('opportunities')?.[5]).toEqual([
			'Chat bot for delivery dates',
			'Replace the supplier'
		]);
		expect(map?.labels).toEqual({
			phase: 'Phase',
			touchpoints: 'Touchpoints',
			gap: 'GAP',
			continued: '{phase} (continued)',
			range: 'Touchpoints {from}–{to} of {total}'
		});
	});

	it('ties interview pain points to a touchpoint through the opportunity that answers them', () => {
		const data = workshopFixture('en');
		const chatBot = data.opportunities[4];
		if (chatBot) chatBot.painPoint = 'Long queue';
		const status = data.opportunities[0];
		if (status) status.painPoint = '  no   STATUS ';
		const map = blocks(buildReportModel(data, 'en'), 'map', 'map')[0];
		const pains = map?.rows.find((r) => r.id === 'painPoints')?.cells;
		// "Long queue" is already the room's reason at touchpoint 6: it is not said twice.
		expect(pains?.[5]).toEqual(['Long queue']);
		expect(pains?.[4]).toEqual(['Nobody says anything for two weeks', 'no   STATUS (interview)']);
	});

	it('leaves out map rows nobody filled for any touchpoint', () => {
		const data = workshopFixture('en');
		data.opportunities = [];
		for (const tp of data.touchpoints) tp.ownerId = '';
		const map = blocks(buildReportModel(data, 'en'), 'map', 'map')[0];
		expect(map?.rows.map((r) => r.id)).toEqual(['channels', 'actions', 'emotions', 'painPoints']);
	});

	it('puts touchpoints without a known phase last, under a phase of their own', () => {
		const data = workshopFixture('en');
		const first = data.touchpoints[0];
		if (first) first.phaseId = 'gone';
		const map = blocks(buildReportModel(data, 'en'), 'map', 'map')[0];
		expect(map?.phases.map((p) => p.name)).toEqual(['Before', 'During', 'After', 'No phase']);
		expect(map?.columns.at(-1)).toMatchObject({
			number: 8,
			heading: '8. Needs a new laptop',
			phaseIndex: 3
		});
		expect(map?.columns[0]?.heading).toBe('1. Finds the order page');
	});

	it('keeps the table of all touchpoints to what the map does not show', () => {
		const index = blocks(model, 'map', 'table')[0];
		expect(index?.columns.map((c) => c.label)).toEqual([
			'#',
			'Touchpoint',
			'Phase',
			'Importance customer / business',
			'Emotion',
			'Why'
		]);
		expect(index?.rows[4]).toEqual([
			'5',
			'Waiting with no status (gap)',
			'During',
			'5 / 1',
			'−2 Very negative',
			'Nobody says anything for two weeks'
		]);
	});

	it('gives the curve one point per touchpoint, in map order, with lows and gaps marked', () => {
		const curve = blocks(model, 'curve', 'curve')[0];
		expect(curve?.points.map((p) => p.score)).toEqual([0, -1, 1, 1, -2, -1, 2, null]);
		expect(curve?.points.map((p) => p.low)).toEqual([
			false,
			true,
			false,
			false,
			true,
			true,
			false,
			false
		]);
		expect(curve?.points.filter((p) => p.gap).map((p) => p.label)).toEqual([
			'Waiting with no status'
		]);
		expect(curve?.points.map((p) => p.phaseIndex)).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
		expect(curve?.phases).toEqual([
			{ name: 'Before', first: 0, count: 2 },
			{ name: 'During', first: 2, count: 4 },
			{ name: 'After', first: 6, count: 2 }
		]);
		expect(curve?.axis.map((a) => a.label)).toEqual([
			'Very positive',
			'Positive',
			'Neutral',
			'Negative',
			'Very negative'
		]);
		expect(blocks(model, 'curve', 'table')[0]?.rows.map((r) => r[0])).toEqual(['2', '5', '6']);
		expect(curve?.points.every((p) => p.desired === null)).toBe(true);
		expect(curve?.legend.desired).toBe('Desired feeling');
	});

	it('carries the desired feeling for the dashed second line', () => {
		const data = workshopFixture('en');
		data.touchpoints.forEach((tp, i) => (tp.desiredEmotion = i % 2 ? 1 : null));
		const curve = blocks(buildReportModel(data, 'en'), 'curve', 'curve')[0];
		expect(curve?.points.map((p) => p.desired)).toEqual([null, 1, null, 1, null, 1, null, 1]);
	});

	it('summarises the interviews with NPS', () => {
		const kv = blocks(model, 'interviews', 'keyValue')[0]?.items;
		expect(kv).toEqual([
			{ label: 'Interviews', value: '3' },
			{ label: 'Expectations met', value: '50% (1 yes, 1 partly, 1 no)' },
			{ label: 'NPS', value: '-33 from 3 answers (target: 40)' },
			{ label: 'Promoters (9–10)', value: '1' },
			{ label: 'Passives (7–8)', value: '0' },
			{ label: 'Detractors (0–6)', value: '2' }
		]);
		const lists = blocks(model, 'interviews', 'bullets');
		expect(lists[0]?.items).toEqual([
			'“Quick and friendly” — Interview 1 – new hire',
			'“Too slow” — Interview 2 – broken laptop'
		]);
		// Heard in two interviews, so it comes first, once, with its count.
		expect(lists[1]?.items).toEqual([
			'No status (in 2 interviews)',
			'Smooth start',
			'Good desk',
			'Long queue',
			'Wrong keyboard'
		]);
		expect(blocks(model, 'interviews', 'table')[0]?.rows[2]?.[0]).toBe('Interview 3');
	});

	it('prints a few quotes and says how many more there are', () => {
		const data = workshopFixture('da');
		const first = data.interviews[0];
		if (first) first.quotes = Array.from({ length: 11 }, (_, i) => `Citat ${i + 1}`).join('\n');
		const m = buildReportModel(data, 'da');
		const quotes = blocks(m, 'interviews', 'bullets')[0]?.items;
		expect(quotes).toHaveLength(8);
		expect(quotes?.[0]).toBe('“Citat 1” – Interview 1 – new hire');
		// Eleven from the first interview and one from the second: four are left out.
		expect(blocks(m, 'interviews', 'note')[0]?.text).toBe(
			'Yderligere 4 citater findes i workshopfilen.'
		);
	});

	it('says one more quote in the singular', () => {
		for (const [locale, note] of [
			['en', '1 more quote is in the workshop file.'],
			['da', 'Yderligere 1 citat findes i workshopfilen.'],
			['sv', 'Ytterligare 1 citat finns i workshopfilen.']
		] as const) {
			const data = workshopFixture(locale);
			const first = data.interviews[0];
			// Eight from the first interview and one from the second: one is left out.
			if (first) first.quotes = Array.from({ length: 8 }, (_, i) => `Q${i + 1}`).join('\n');
			const m = buildReportModel(data, locale);
			expect(blocks(m, 'interviews', 'note')[0]?.text).toBe(note);
		}
	});

	it('puts the primary persona first as a card', () => {
		const cards = blocks(model, 'personas', 'persona');
		expect(cards.map((c) => [c.name, c.badge, c.initials, c.colour])).toEqual([
			['Nanna Ærø', 'Primary persona', 'NÆ', 0],
			['Björn Lind', null, 'BL', 1]
		]);
		expect(cards[1]?.fields).toEqual([
			{ label: 'Needs', value: 'Admin rights and a choice of tools' }
		]);
	});

	it('speaks Danish and Swedish', () => {
		const da = buildReportModel(workshopFixture('da'), 'da');
		expect(da.sections.map((s) => s.heading)).toContain('Kunderejsekortet');
		expect(da.sections.map((s) => s.heading)).toContain('Interessenter');
		expect(da.cover[1]).toEqual({ label: 'Dato', value: '12. marts 2025' });
		const sv = buildReportModel(workshopFixture('sv'), 'sv');
		expect(sv.sections.map((s) => s.heading)).toContain('Kundresekartan');
		expect(sv.sections.map((s) => s.heading)).toContain('Möjligheter, prioriterade');
		expect(blocks(sv, 'map', 'map')[0]?.rows.map((r) => r.label)).toContain('Smärtpunkter');
	});
});

describe('report messages', () => {
	it('are complete and written out in every language', () => {
		const keys = Object.keys(reportMessages.en);
		for (const locale of LOCALES) {
			expect(Object.keys(reportMessages[locale]).sort()).toEqual([...keys].sort());
			for (const key of keys)
				expect(reportMessages[locale][key as keyof typeof reportMessages.en].trim(), key).not.toBe(
					''
				);
		}
		expect(reportMessages.da['section.map']).not.toBe(reportMessages.en['section.map']);
		expect(reportMessages.sv['footer.page']).toBe('Sida {page} av {pages}');
		for (const locale of LOCALES) {
			expect(reportMessages[locale]['map.continued']).toContain('{phase}');
			expect(reportMessages[locale]['map.range']).toMatch(/\{from\}.*\{to\}.*\{total\}/);
		}
	});
});

describe('formatDate', () => {
	it('writes ISO dates out per language and leaves anything else as typed', () => {
		expect(formatDate('2025-09-01', 'en')).toBe('1 September 2025');
		expect(formatDate('2025-09-01', 'da')).toBe('1. september 2025');
		expect(formatDate('2025-09-01', 'sv')).toBe('1 september 2025');
		expect(formatDate('next spring', 'en')).toBe('next spring');
		expect(formatDate('', 'en')).toBe('');
	});
});

describe('reportFileName', () => {
	it('is <journey>-<yyyy-mm-dd>.pdf with Nordic letters kept', () => {
		expect(reportFileName(JOURNEY_NAME, '2025-03-12')).toBe('Ærøskøbing–Malmö-2025-03-12.pdf');
		expect(reportFileName('Købe en bærbar på Åland', '2025-03-12')).toBe(
			'Købe-en-bærbar-på-Åland-2025-03-12.pdf'
		);
	});

	it('replaces characters that are unsafe in file names', () => {
		expect(reportFileName('IT/HR: "new" laptop? <a|b>*\\', '2025-01-02')).toBe(
			'IT-HR-new-laptop-a-b-2025-01-02.pdf'
		);
		expect(reportFileName('line\nbreak\ttab', '2025-01-02')).toBe('line-break-tab-2025-01-02.pdf');
		expect(reportFileName('...', '2025-01-02')).toBe('journey-2025-01-02.pdf');
		expect(reportFileName('CON', '')).toBe('CON-journey.pdf');
		expect(reportFileName('Rejse', '')).toBe('Rejse.pdf');
		expect([...reportFileName('å'.repeat(300), '2025-01-02')].length).toBeLessThan(100);
	});

	it('names the wall map <journey>-<yyyy-mm-dd>-A3.pdf', () => {
		expect(reportFileName(JOURNEY_NAME, '2025-03-12', '-A3')).toBe(
			'Ærøskøbing–Malmö-2025-03-12-A3.pdf'
		);
		expect(reportFileName('Rejse', '', '-A3')).toBe('Rejse-A3.pdf');
	});
});

describe.each(['en', 'da', 'sv'] satisfies Locale[])('the example workshop in %s', (locale) => {
	const data = exampleWorkshop(locale, new Date(2025, 2, 12));
	const m = buildReportModel(data, locale);
	const order = timeline(data.workshop.plan.phases, data.touchpoints);

	it('fills every section and maps every touchpoint in timeline order', () => {
		for (const section of m.sections)
			expect(
				section.blocks.some((b) => b.kind === 'notCovered'),
				section.id
			).toBe(false);
		const map = blocks(m, 'map', 'map')[0];
		expect(map?.phases.map((p) => p.name)).toEqual(data.workshop.plan.phases.map((p) => p.name));
		expect(map?.columns.map((c) => c.heading)).toEqual(
			order.map((tp, i) => `${i + 1}. ${tp.title}`)
		);
		expect(map?.columns.map((c) => c.gap)).toEqual(order.map((tp) => tp.kind === 'gap'));
		expect(map?.rows.map((r) => r.id)).toEqual(MAP_ROWS);
		const curve = blocks(m, 'curve', 'curve')[0];
		expect(curve?.points.map((p) => p.desired)).toEqual(order.map((tp) => tp.desiredEmotion));
		expect(m.title).toBe(data.workshop.journey.name);
		const ideas = blocks(m, 'opportunities', 'table')[0]?.rows.map((r) => r[1]);
		expect(ideas).toHaveLength(data.opportunities.length);
	});

	it('ties the pain point an opportunity answers to its touchpoints', () => {
		const status = data.opportunities[0]!;
		const pains = blocks(m, 'map', 'map')[0]?.rows.find((r) => r.id === 'painPoints')?.cells;
		const at = order.findIndex((tp) => tp.id === status.touchpointIds[0]);
		expect(pains?.[at]?.some((p) => p.startsWith(status.painPoint))).toBe(true);
	});

	it('shows the quotes the room tied to touchpoints first', () => {
		const evidence = order.flatMap((tp) => tp.evidence.map((e) => e.quote));
		const quotes = blocks(m, 'interviews', 'bullets')[0]?.items ?? [];
		expect(evidence.length).toBeGreaterThan(1);
		const first = quotes.slice(0, evidence.length);
		for (const quote of evidence)
			expect(
				first.some((q) => q.includes(quote)),
				quote
			).toBe(true);
	});

	it('ranks the opportunities on the impact/effort grid as in the table', () => {
		const matrix = blocks(m, 'opportunities', 'matrix')[0];
		const rows = blocks(m, 'opportunities', 'table')[0]?.rows ?? [];
		expect(matrix?.points.map((p) => String(p.rank))).toEqual(rows.map((r) => r[0]));
		expect(matrix?.points.map((p) => `${p.impact} / ${p.effort}`)).toEqual(
			rows.map((r) => r[4]?.split(' / ').slice(0, 2).join(' / '))
		);
	});

	it('gives the wall map its title strip', () => {
		expect(m.wallMap.facts.map((f) => f.value)).toEqual([data.workshop.facilitator, m.date]);
		expect(m.wallMap.subtitle).toBe(reportMessages[locale]['wall.subtitle']);
	});
});

describe('the edge case: long texts, 150 touchpoints, empty steps', () => {
	const data = edgeCaseWorkshop('en');
	const m = buildReportModel(data, 'en');
	const map = blocks(m, 'map', 'map')[0];

	it('marks the empty steps "not covered" and keeps the rest', () => {
		const notCovered = m.sections.filter((s) => s.blocks.some((b) => b.kind === 'notCovered'));
		expect(notCovered.map((s) => s.id)).toEqual([
			'journey',
			'experience',
			'personas',
			'interviews',
			'actions',
			'improve'
		]);
		for (const s of m.sections)
			for (const b of s.blocks) if (b.kind === 'table') expect(b.rows.length).toBeGreaterThan(0);
	});

	it('maps all 150 touchpoints in timeline order, the two without a phase last', () => {
		expect(map?.columns).toHaveLength(EDGE_TOUCHPOINTS);
		expect(map?.columns.map((c) => c.number)).toEqual(
			Array.from({ length: EDGE_TOUCHPOINTS }, (_, i) => i + 1)
		);
		const phaseIndexes = map?.columns.map((c) => c.phaseIndex) ?? [];
		expect(phaseIndexes).toEqual([...phaseIndexes].sort((a, b) => a - b));
		expect(map?.phases.map((p) => p.name).at(-1)).toBe('No phase');
		expect(map?.columns.filter((c) => c.phaseIndex === 4)).toHaveLength(EDGE_ORPHANS);
		// The empty phase has no column in the map, but keeps its band on the curve.
		expect(map?.columns.some((c) => c.phaseIndex === 1)).toBe(false);
		const curve = blocks(m, 'curve', 'curve')[0];
		expect(curve?.phases[1]).toMatchObject({ name: 'Tom fase', count: 0 });
		expect(curve?.points.filter((p) => p.desired !== null).length).toBeGreaterThan(100);
		expect(curve?.points.filter((p) => p.score === null).length).toBeGreaterThan(5);
		expect(map?.columns.filter((c) => c.gap).length).toBeGreaterThan(15);
	});

	it('passes 400-character texts and every promised letter through as typed', () => {
		const all = strings(m);
		expect(m.title).toBe(longText('Journey'));
		expect(m.title.length).toBeGreaterThanOrEqual(400);
		expect(all).toContain(`1. ${longText('Title0')}`);
		expect(all).toContain(longText('Idea'));
		expect(all).toContain(longText('Problem'));
		expect(all).toContain(`Kontakt 2 ${LETTERS}`);
		expect(all.join('\n')).not.toMatch(/\p{Extended_Pictographic}/u);
		for (const letter of LETTERS.replace(/\s/g, ''))
			expect(m.cover.map((c) => c.value).join(' ')).toContain(letter);
	});
});

describe('interview notes in the report', () => {
	it('prints each note under the phase it was written for: renamed, removed, in plan order', () => {
		const data = exampleWorkshop('en', new Date(2025, 2, 10, 12));
		const [before, during, after] = data.workshop.plan.phases;
		const iv = data.interviews[0]!;
		iv.notes = {
			[after!.id]: 'Happy',
			[during!.id]: 'Waited',
			[before!.id]: 'Asked',
			old: 'Lost?'
		};
		iv.notePhases = {
			[before!.id]: before!.name,
			[during!.id]: 'During',
			[after!.id]: after!.name
		};
		// Step 6 after the interviews: "Before" renamed, "During" removed.
		before!.name = 'Need';
		data.workshop.plan.phases.splice(1, 1);
		const model = buildReportModel(data, 'en');
		const kv = blocks(model, 'interviews', 'keyValue');
		const notes = kv.find((b) => b.items.some((i) => i.value === 'Waited'))!;
		expect(notes.items.map((i) => [i.label, i.value])).toEqual([
			[`Need (written as “${'Before'}”)`, 'Asked'],
			['After', 'Happy'],
			['Removed phase “During”', 'Waited'],
			['A removed phase', 'Lost?']
		]);
	});
});
