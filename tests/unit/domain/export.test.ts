// Step 10's export: RFC 4180 CSV for Jira and Trello, and a Markdown checklist.
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import {
	ACTION_CSV_HEADERS,
	actionsCsv,
	actionsFileName,
	actionsMarkdown,
	csvField,
	labelSafe,
	markdownText,
	toCsv,
	UTF8_BOM,
	type ActionCsvTexts,
	type ActionMarkdownTexts
} from '$lib/domain/export';
import { newRow } from '$lib/domain/factories';
import type { Action, WorkshopData } from '$lib/domain/types';
import { blankWorkshop, stakeholder } from './helpers';

/** A fixed moment, at local noon so the dates do not depend on the time zone. */
const NOW = new Date(2027, 0, 4, 12, 0, 0);

const CSV_TEXTS: ActionCsvTexts = {
	problem: 'Problem',
	idea: 'Idea',
	journey: 'Journey',
	status: { todo: 'to-do', doing: 'in progress', done: 'done' },
	labels: ['journey-map']
};

const MD_TEXTS: ActionMarkdownTexts = { heading: 'Actions', due: 'due', untitled: 'Untitled' };

/** A strict RFC 4180 reader, to prove what the writer wrote reads back as the same fields. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quote');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
		} else {
			while (i < text.length && !',\r\n'.includes(text[i]!)) {
				if (text[i] === '"') throw new Error(`bare quote at ${i}`);
				field += text[i++];
			}
		}
		if (text[i] === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (text.startsWith('\r\n', i)) {
			rows.push([...row, field]);
			row = [];
			field = '';
			i += 2;
		} else if (i < text.length) throw new Error(`expected , or CRLF at ${i}`);
	}
	if (row.length || field) throw new Error('last record without CRLF');
	return rows;
}

function action(d: WorkshopData, order: number, fields: Partial<Action>): Action {
	return { ...newRow.actions({ workshopId: d.workshop.id, order }), ...fields };
}

describe('CSV fields and rows (RFC 4180)', () => {
	it('leaves plain text, æøå, äö and empty fields as they are', () => {
		expect(csvField('Søren Kierkegård')).toBe('Søren Kierkegård');
		expect(csvField('Åsa Öberg i Malmö')).toBe('Åsa Öberg i Malmö');
		expect(csvField('')).toBe('');
	});

	it('quotes a field with a comma, a quote, CR or LF, and doubles the quotes', () => {
		expect(csvField('Ærø, Denmark')).toBe('"Ærø, Denmark"');
		expect(csvField('the "new" laptop')).toBe('"the ""new"" laptop"');
		expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
		expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
		expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
		expect(csvField('"')).toBe('""""');
	});

	it('joins fields with commas and ends every record with CRLF, empty fields kept', () => {
		expect(
			toCsv([
				['a', '', 'c'],
				['', '', '']
			])
		).toBe('a,,c\r\n,,\r\n');
	});

	it('reads back as the same fields, whatever they hold', () => {
		const rows = [
			['Summary', 'Description'],
			['Smørrebrød, på ærø', 'She said "hej"\nand left'],
			['', 'trailing comma,'],
			['"quoted"', 'CR\rLF\r\nend']
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	it('adds a UTF-8 byte-order mark only when asked (for Excel)', () => {
		expect(toCsv([['å']])).toBe('å\r\n');
		expect(toCsv([['å']], { bom: true })).toBe(`${UTF8_BOM}å\r\n`);
		expect(UTF8_BOM).toBe('\uFEFF');
	});
});

describe('actionsCsv', () => {
	const d = exampleWorkshop('en', NOW);
	const csv = actionsCsv(d, CSV_TEXTS);
	const [header, ...rows] = parseCsv(csv);

	it('has the English headers Jira and Trello map, and no BOM', () => {
		expect(header).toEqual(['Summary', 'Description', 'Assignee', 'Due date', 'Labels']);
		expect(ACTION_CSV_HEADERS).toEqual(header);
		expect(csv.startsWith('Summary,Description,Assignee,Due date,Labels\r\n')).toBe(true);
	});

	it('has one row per action, in list order, with owner name, ISO due date and labels', () => {
		expect(rows).toHaveLength(5);
		expect(rows.map((r) => r[0])).toEqual(d.actions.map((a) => a.title));
		expect(rows[0]).toEqual([
			'Set up automatic status e-mails in the service-management tool',
			[
				'Problem: The customer waits for weeks without any status and phones the service desk to find out.',
				'Idea: Automatic status e-mails at each milestone – approved, ordered, being prepared, ready to collect – always with the expected delivery date.',
				'Journey: An employee orders a new laptop'
			].join('\n'),
			'Priya Shah',
			'2027-01-25',
			'in-progress journey-map'
		]);
		expect(rows[1]!.slice(2)).toEqual(['David Brooks', '2027-02-15', 'to-do journey-map']);
		expect(rows.map((r) => r[3])).toEqual([
			'2027-01-25',
			'2027-02-15',
			'2027-02-08',
			'2027-02-01',
			'2027-01-18'
		]);
		// A description with commas and line breaks is quoted in the file itself.
		expect(csv).toContain('"Problem: The customer waits');
	});

	it('leaves empty what is not known, keeps the commas, and gives no label a space', () => {
		const w = blankWorkshop();
		w.workshop.journey.name = 'Ny bærbar, hurtigt';
		w.actions = [
			action(w, 1, { title: 'Ring til "Åsa"', status: 'done', due: 'soon' }),
			action(w, 0, { title: '' })
		];
		const lines = actionsCsv(w, CSV_TEXTS).split('\r\n');
		expect(lines).toEqual([
			'Summary,Description,Assignee,Due date,Labels',
			',"Journey: Ny bærbar, hurtigt",,,to-do journey-map',
			'"Ring til ""Åsa""","Journey: Ny bærbar, hurtigt",,,done journey-map',
			''
		]);
	});

	it('keeps the owner when they have a name and the opportunity is gone', () => {
		const w = blankWorkshop();
		w.stakeholders = [stakeholder(w, 0, { name: 'Jiří Nováček' })];
		w.actions = [
			action(w, 0, {
				title: 'Fix it',
				ownerId: w.stakeholders[0]!.id,
				opportunityId: 'gone',
				due: '2027-03-01'
			})
		];
		expect(parseCsv(actionsCsv(w, CSV_TEXTS))[1]).toEqual([
			'Fix it',
			'',
			'Jiří Nováček',
			'2027-03-01',
			'to-do journey-map'
		]);
	});

	it('makes labels safe: no spaces or commas, no duplicates', () => {
		expect(labelSafe('  in progress, soon ')).toBe('in-progress-soon');
		const w = blankWorkshop();
		w.actions = [action(w, 0, { title: 'x', status: 'done' })];
		const texts = { ...CSV_TEXTS, labels: ['done', 'kunde rejse'] };
		expect(parseCsv(actionsCsv(w, texts))[1]![4]).toBe('done kunde-rejse');
	});
});

describe('actionsMarkdown', () => {
	it('is a checklist under a heading with the journey name, [x] when done', () => {
		const d = exampleWorkshop('en', NOW);
		d.actions[2]!.status = 'done';
		expect(actionsMarkdown(d, MD_TEXTS)).toBe(
			[
				'# An employee orders a new laptop — Actions',
				'',
				'- [ ] Set up automatic status e-mails in the service-management tool — Priya Shah, due 2027-01-25',
				'- [ ] Show the supplier’s expected delivery date on the order in the portal — David Brooks, due 2027-02-15',
				'- [x] Define three standard software packages by role and add them to the form — Lena Novak, due 2027-02-08',
				'- [ ] Agree pre-approval of standard laptop models within each department’s budget — Helen Ward, due 2027-02-01',
				'- [ ] Send a follow-up e-mail with the NPS question one week after pick-up — Priya Shah, due 2027-01-18',
				''
			].join('\n')
		);
	});

	it('escapes what would break the checklist; line breaks become spaces', () => {
		const w = blankWorkshop();
		w.workshop.journey.name = '# Ærø [v2]';
		w.stakeholders = [stakeholder(w, 0, { name: 'Anna_Maria *Öst*' })];
		w.actions = [
			action(w, 0, {
				title: '#1 [urgent] *fix* _the_ `form` | now\nand\r\n  then <b>',
				ownerId: w.stakeholders[0]!.id
			}),
			action(w, 1, { title: '   ', due: '2027-01-15' })
		];
		expect(actionsMarkdown(w, MD_TEXTS).split('\n')).toEqual([
			'# \\# Ærø \\[v2\\] — Actions',
			'',
			'- [ ] \\#1 \\[urgent\\] \\*fix\\* \\_the\\_ \\`form\\` \\| now and then \\<b\\> — Anna\\_Maria \\*Öst\\*',
			'- [ ] Untitled — due 2027-01-15',
			''
		]);
	});

	it('escapes a backslash, so it cannot escape what follows', () => {
		expect(markdownText('a\\*b')).toBe('a\\\\\\*b');
	});

	it('has only the heading word when the journey has no name', () => {
		const w = blankWorkshop();
		expect(actionsMarkdown(w, MD_TEXTS)).toBe('# Actions\n\n\n');
	});
});

describe('actionsFileName', () => {
	it('is <journey>-actions.<ext>, letters kept, unsafe characters replaced', () => {
		expect(actionsFileName('Ærøskøbing: laptop/Malmö', 'csv')).toBe(
			'Ærøskøbing-laptop-Malmö-actions.csv'
		);
		expect(actionsFileName('An employee orders a new laptop', 'md')).toBe(
			'An-employee-orders-a-new-laptop-actions.md'
		);
		expect(actionsFileName('  ', 'csv')).toBe('journey-actions.csv');
	});
});
