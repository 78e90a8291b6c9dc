import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import { newRow } from '$lib/domain/factories';
import type { Locale } from '$lib/domain/types';
import { reportMessages } from '$lib/i18n/report-messages';
import { LOCALES } from '$lib/i18n/translate';
import { buildReportModel, formatDate, type Block, type ReportModel } from '$lib/report/model';
import { reportFileName } from '$lib/report/pdf';
import { JOURNEY_NAME, nameOnlyWorkshop, TYPED, workshopFixture } from './fixture';

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
				label: 'Taken part',
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

	it('lays the journey map out with the phases as columns', () => {
		const map = blocks(model, 'map', 'map')[0];
		expect(map?.columns).toEqual(['Before', 'During', 'After']);
		expect(map?.rows.map((r) => r.label)).toEqual([
			'Touchpoints',
			'Channels',
			'Customer actions',
			'Owners',
			'Emotions',
			'Pain points',
			'Opportunities'
		]);
		for (const row of map?.rows ?? []) expect(row.cells).toHaveLength(3);
		const row = (id: string) => map?.rows.find((r) => r.id === id)?.cells;
		expect(row('touchpoints')?.[1]).toEqual([
			'3. Fills in the request form',
			'4. Confirmation e-mail',
			'5. Waiting with no status (gap)',
			'6. Calls the service desk'
		]);
		expect(row('channels')?.[1]).toEqual(['Portal', 'E-mail', 'Phone']);
		expect(row('owners')?.[2]).toEqual(['Søren Kjærgaard', 'Ingrid Ång']);
		expect(row('emotions')?.[0]).toEqual(['1: 0 Neutral', '2: −1 Negative']);
		expect(row('painPoints')?.[1]).toEqual([
			'5. Nobody says anything for two weeks',
			'6. Long queue'
		]);
		expect(row('opportunities')?.[1]).toEqual([
			'Chat bot for delivery dates',
			'Status e-mail between request and delivery',
			'Replace the supplier',
			'Rebuild the whole portal'
		]);
	});

	it('puts touchpoints without a known phase in a column of their own', () => {
		const data = workshopFixture('en');
		const last = data.touchpoints.at(-1);
		if (last) last.phaseId = 'gone';
		const map = blocks(buildReportModel(data, 'en'), 'map', 'map')[0];
		expect(map?.columns).toEqual(['Before', 'During', 'After', 'No phase']);
		expect(map?.rows[0]?.cells[3]).toEqual([`8. ${TYPED}`]);
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
	});

	it('summarises the interviews with NPS', () => {
		const kv = blocks(model, 'interviews', 'keyValue')[0]?.items;
		expect(kv).toEqual([
			{ label: 'Interviews', value: '3' },
			{ label: 'Expectations met', value: '50% (1 yes, 1 partly, 1 no)' },
			{ label: 'NPS', value: '-33 from 3 answers' },
			{ label: 'Promoters (9–10)', value: '1' },
			{ label: 'Passives (7–8)', value: '0' },
			{ label: 'Detractors (0–6)', value: '2' }
		]);
		const lists = blocks(model, 'interviews', 'bullets');
		expect(lists[0]?.items).toEqual(['Quick and friendly', 'Too slow']);
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

	it('puts the primary persona first as a card', () => {
		const cards = blocks(model, 'personas', 'persona');
		expect(cards.map((c) => [c.name, c.badge])).toEqual([
			['Nanna Ærø', 'Primary persona'],
			['Björn Lind', null]
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
});

describe.each(['en', 'da'] satisfies Locale[])('the example workshop in %s', (locale) => {
	const data = exampleWorkshop(locale, new Date(2025, 2, 12));
	const m = buildReportModel(data, locale);

	it('fills every section and maps every touchpoint', () => {
		for (const section of m.sections)
			expect(
				section.blocks.some((b) => b.kind === 'notCovered'),
				section.id
			).toBe(false);
		const map = blocks(m, 'map', 'map')[0];
		expect(map?.columns).toEqual(data.workshop.plan.phases.map((p) => p.name));
		expect(map?.rows[0]?.cells.flat()).toHaveLength(data.touchpoints.length);
		expect(blocks(m, 'curve', 'curve')[0]?.points).toHaveLength(data.touchpoints.length);
		expect(m.title).toBe(data.workshop.journey.name);
		const ideas = blocks(m, 'opportunities', 'table')[0]?.rows.map((r) => r[1]);
		expect(ideas).toHaveLength(data.opportunities.length);
	});
});
