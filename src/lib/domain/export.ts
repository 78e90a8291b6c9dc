// Step 10's actions leaving the app for the tools the teams use: a CSV file that Jira's and
// Trello's importers read, and a Markdown checklist to paste into a ticket, a wiki page or a chat.
// Pure functions: the words that follow the UI language (the description's lead words, the status
// labels, the Markdown heading) come in as arguments, so the domain stays free of i18n.
//
// Decisions, for whoever maps the file in an importer:
// - CSV follows RFC 4180: a field with a comma, a double quote, CR or LF is put in double quotes,
//   quotes inside are doubled, and every record (the last one too) ends with CRLF.
// - The CSV column headers stay in English (Summary, Description, Assignee, Due date, Labels):
//   they are the names Jira's importer maps on its own and Trello's lets you pick; a translated
//   header would have to be mapped by hand.
// - No byte-order mark by default. Jira and Trello read UTF-8 without one, and a BOM can end up
//   glued to the first header ("\uFEFFSummary"), which then no longer maps to Summary. Excel on
//   Windows needs one to show æ ø å ä ö right: `{ bom: true }` adds it for that use.
// - Labels go in one column, separated by spaces; a label itself never holds a space or a comma
//   (Jira does not allow spaces in a label, and importers split on them).
// - Cells are written as typed: no "'" in front of "=", "+", "-" or "@" (the defence against
//   spreadsheet formulas), because Jira and Trello would keep that quote in the summary.
import type { ActionStatus, WorkshopData } from './types';
import { journeyFileName } from './file-names';

/** The byte-order mark Excel wants in front of a UTF-8 CSV file. */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
	/** Put a UTF-8 byte-order mark first (for Excel); off by default, see above. */
	bom?: boolean;
}

/** One CSV field: quoted when it holds a comma, a quote, CR or LF; quotes inside doubled. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows of fields as RFC 4180 CSV: comma-separated, CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
	const body = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
	return options.bom ? UTF8_BOM + body : body;
}

/** The column headers, in English on purpose: the importers map them by these names. */
export const ACTION_CSV_HEADERS = ['Summary', 'Description', 'Assignee', 'Due date', 'Labels'];

/** What the export reads from a workshop. */
export type ActionExportData = Pick<
	WorkshopData,
	'workshop' | 'stakeholders' | 'opportunities' | 'actions'
>;

export interface ActionCsvTexts {
	/** The words in front of each line of the description, in the UI language. */
	problem: string;
	idea: string;
	journey: string;
	/** A label per status, e.g. "in-progress"; made label-safe here. */
	status: Record<ActionStatus, string>;
	/** Labels every action carries, e.g. "journey-map"; made label-safe here. */
	labels: readonly string[];
}

/** A label Jira and Trello keep whole: no spaces or commas (they become "-"). */
export function labelSafe(text: string): string {
	return text
		.trim()
		.replace(/[\s,]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
}

const inOrder = <R extends { order: number }>(rows: readonly R[]): R[] =>
	[...rows].sort((a, b) => a.order - b.order);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lookups(data: ActionExportData) {
	const owners = new Map(data.stakeholders.map((s) => [s.id, s.name.trim()]));
	const opportunities = new Map(data.opportunities.map((o) => [o.id, o]));
	return {
		journey: data.workshop.journey.name.trim(),
		actions: inOrder(data.actions),
		ownerOf: (id: string) => owners.get(id) ?? '',
		opportunityOf: (id: string) => opportunities.get(id),
		dueOf: (due: string) => (ISO_DATE.test(due) ? due : '')
	};
}

/** The actions as CSV for Jira's and Trello's importers: one row per action, in list order. */
export function actionsCsv(
	data: ActionExportData,
	texts: ActionCsvTexts,
	options: CsvOptions = {}
): string {
	const { journey, actions, ownerOf, opportunityOf, dueOf } = lookups(data);
	const rows = actions.map((a) => {
		const o = opportunityOf(a.opportunityId);
		const description = [
			[texts.problem, o?.problem.trim() ?? ''],
			[texts.idea, o?.idea.trim() ?? ''],
			[texts.journey, journey]
		]
			.filter(([, text]) => text)
			.map(([word, text]) => `${word}: ${text}`)
			.join('\n');
		const labels = [texts.status[a.status], ...texts.labels].map(labelSafe).filter(Boolean);
		return [
			a.title.trim(),
			description,
			ownerOf(a.ownerId),
			dueOf(a.due),
			[...new Set(labels)].join(' ')
		];
	});
	return toCsv([ACTION_CSV_HEADERS, ...rows], options);
}

export interface ActionMarkdownTexts {
	/** The heading's word, e.g. "Actions"; the journey name goes in front of it. */
	heading: string;
	/** The word before the due date, e.g. "due". */
	due: string;
	/** What an action with no title is called. */
	untitled: string;
}

/**
 * Text made safe for one line of Markdown: line breaks become spaces, and the characters that
 * would make a link, emphasis, code, a table cell, HTML or a heading are escaped.
 */
export function markdownText(text: string): string {
	return text
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.trim()
		.replace(/[\\`*_[\]|<>~]/g, '\\$&')
		.replace(/^#/, '\\#');
}

/** The actions as a Markdown checklist under a heading with the journey name; [x] when done. */
export function actionsMarkdown(data: ActionExportData, texts: ActionMarkdownTexts): string {
	const { journey, actions, ownerOf, dueOf } = lookups(data);
	const heading = [journey, texts.heading].filter(Boolean).map(markdownText).join(' — ');
	const lines = actions.map((a) => {
		const title = markdownText(a.title) || markdownText(texts.untitled);
		const owner = markdownText(ownerOf(a.ownerId));
		const due = dueOf(a.due) && `${markdownText(texts.due)} ${dueOf(a.due)}`;
		const after = [owner, due].filter(Boolean).join(', ');
		return `- [${a.status === 'done' ? 'x' : ' '}] ${title}${after ? ` — ${after}` : ''}`;
	});
	return `# ${heading}\n\n${lines.join('\n')}\n`;
}

/** `<journey>-actions.csv` or `.md`, safe to save on any system. */
export function actionsFileName(journeyName: string, ext: 'csv' | 'md'): string {
	return journeyFileName(journeyName, '', '-actions', ext);
}
