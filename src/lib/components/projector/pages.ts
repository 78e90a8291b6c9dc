// How much of a long map one projector screen holds, as plain arithmetic on the box the output
// gets: the back row cannot scroll, so what does not fit goes onto a page of its own, which the
// facilitator turns with a key and the room is told about ("Touchpoints 1–20 of 40"). Text sizes
// never shrink to make things fit: the room's type stays where the projector view sets it.
// Estimates of line counts are on the safe side, and the pager makes a page smaller still when
// the browser finds it fuller than estimated (pager.svelte.ts), so nothing is cut off.

export interface Box {
	width: number;
	height: number;
	/** The body size in pixels (the projector's 1em). */
	em: number;
	/** 1, or less after the browser found a page fuller than estimated: plan that much less. */
	fill: number;
	/** The width of a text in the projector's type, in px; estimated from its length without. */
	measure?: (text: string) => number;
}

/** What an output plans with outside projector mode, or before the frame is measured. */
export const NO_BOX: Box = { width: 0, height: 0, em: 28, fill: 1 };

/** A box not measured yet (or a test page without layout): everything on one page. */
export const unmeasured = (box: Box) => box.width <= 0 || box.height <= 0;

/** A line of text in the projector's type, as a share of 1em: wide (DejaVu Sans), on purpose. */
const CHAR = 0.62;
const LINE = 1.3;

/** How many lines `text` takes in a line `width` px wide, in the box's type. */
export function lineCount(text: string, width: number, box: Box): number {
	if (width <= 0) return 1;
	const measure = box.measure ?? ((s: string) => s.length * CHAR * box.em);
	const space = measure(' ');
	// Whole words move to the next line, as the browser wraps them; a word longer than a line is
	// hyphenated, in pieces that each leave room for the hyphen.
	let lines = 1;
	let used = 0;
	for (const word of text.trim().split(/\s+/)) {
		const w = measure(word);
		if (used > 0 && used + space + w <= width) used += space + w;
		else if (used === 0 && w <= width) used = w;
		else if (w <= width) {
			lines++;
			used = w;
		} else {
			const piece = width * 0.85;
			const pieces = Math.ceil(w / piece);
			if (used > 0) lines++;
			lines += pieces - 1;
			used = w - (pieces - 1) * piece;
		}
	}
	return lines;
}

/** "3–4 of 5", or "5 of 5" for one: the part of a list a column or corner shows. */
export function partOf(
	from: number,
	to: number,
	total: number,
	t: (
		key: 'projector.pages.part' | 'projector.pages.single',
		params: Record<string, number>
	) => string
): string {
	return from === to
		? t('projector.pages.single', { n: from, total })
		: t('projector.pages.part', { from, to, total });
}

// ── Step 7: the timeline in phase columns ──────────────────────────────────────────────────────

export interface TimelineItem {
	/** Its number on the timeline, written in front of the title. */
	number: number;
	title: string;
	gap: boolean;
}

export interface TimelinePhase<T extends TimelineItem = TimelineItem> {
	key: string;
	name: string;
	items: readonly T[];
}

/** One column on a page: a phase, or the part of it that fits. */
export interface TimelineSegment<T extends TimelineItem = TimelineItem> {
	phase: number;
	/** The phase's name, over the column. */
	name: string;
	/** Index of the first item within its phase, and the items shown. */
	from: number;
	items: readonly T[];
	/** The phase began on an earlier column or goes on in the next. */
	continued: boolean;
	continues: boolean;
}

export type TimelinePage<T extends TimelineItem = TimelineItem> = TimelineSegment<T>[];

/** A phase column is never narrower than this: a long word and its number still fit. */
const COLUMN_MIN_EM = 8;
const COLUMN_GAP_EM = 0.4;
/** A column's paddings, top border and the gap under its name. */
const PHASE_FRAME_EM = 1.1;
/** The phase's name (bold, 1.1em) and the note under it (24px) for a part or an empty phase. */
const PHASE_NAME_EM = 1.1;
const NOTE_LINE_EM = 1.2;
/** Cards' lines are a little closer than prose: a title of a few words is one block. */
const CARD_LINE = 1.2;
/** Around each card's text: its padding, borders and the gap to the next card. */
const CARD_EXTRA_EM = 0.4;
/** Inside a column, beside a card's text: the column's and the card's paddings and borders. */
const CARD_INSET_EM = 1.4;

/** At most this many phase columns share the width. */
export function columnsFor(box: Box): number {
	const gap = COLUMN_GAP_EM * box.em;
	return Math.max(1, Math.floor((box.width + gap) / (COLUMN_MIN_EM * box.em + gap)));
}

/** The card's text as the room reads it: its number, its title, and "Gap" after a gap's (the
 *  word is bold: a little wider than its letters). */
const cardText = (item: TimelineItem) =>
	`${item.number}. ${item.title}${item.gap ? ' Gap\u2002' : ''}`;

/** Whether a column says which part of its phase it holds, or that the phase is empty. */
export const hasNote = (s: TimelineSegment) => s.continued || s.continues || s.items.length === 0;

function columnHeight(segment: TimelineSegment, width: number, box: Box): number {
	const text = width - CARD_INSET_EM * box.em;
	// The name is bold and larger: measured as a longer text at the body size.
	const name = lineCount(`${segment.name}\u2003`, text / (PHASE_NAME_EM * 1.12), box);
	const head =
		PHASE_FRAME_EM + name * PHASE_NAME_EM * LINE + (hasNote(segment) ? NOTE_LINE_EM + 0.2 : 0);
	return segment.items.reduce((sum, item) => {
		const lines = lineCount(cardText(item), text, box);
		return sum + (lines * CARD_LINE + CARD_EXTRA_EM) * box.em;
	}, head * box.em);
}

/** The narrowest width (px, to a few px) at which the items fit `room` px of height, or
 *  Infinity when not even `max` is enough. */
function neededWidth(segment: TimelineSegment, room: number, min: number, max: number, box: Box) {
	if (columnHeight(segment, max, box) > room) return Infinity;
	if (columnHeight(segment, min, box) <= room) return min;
	let [lo, hi] = [min, max];
	while (hi - lo > 4) {
		const mid = (lo + hi) / 2;
		if (columnHeight(segment, mid, box) <= room) hi = mid;
		else lo = mid;
	}
	return hi;
}

interface Shares {
	fits: boolean;
	widths: number[];
}

/**
 * How a page's columns share the width: each gets the narrowest width at which its cards fit
 * the height (none narrower than the minimum), and what is left is shared out in proportion,
 * so a phase of many cards gets the room it needs and a short one no more.
 */
function shares(page: TimelinePage, box: Box, room: number): Shares {
	const n = page.length;
	const free = box.width - COLUMN_GAP_EM * box.em * (n - 1);
	const min = Math.min(COLUMN_MIN_EM * box.em, free / Math.max(n, 1));
	if (n === 0) return { fits: true, widths: [] };
	if (n > columnsFor(box)) return { fits: false, widths: page.map(() => free / n) };
	const needed = page.map((s) => neededWidth(s, room, min, free - min * (n - 1), box));
	const sum = needed.reduce((a, b) => a + b, 0);
	if (!Number.isFinite(sum) || sum > free + 0.5) {
		return { fits: false, widths: page.map(() => free / n) };
	}
	return { fits: true, widths: needed.map((w) => w + ((free - sum) * w) / sum) };
}

/** The columns' widths in px on a page of `timelinePages` for the same box. */
export function columnWidths(page: TimelinePage, box: Box): number[] {
	return shares(page, box, box.height * box.fill).widths;
}

function fits(page: TimelinePage, box: Box, room: number): boolean {
	return shares(page, box, room).fits;
}

/**
 * The timeline cut into pages of phase columns: phases in order, left to right, as many whole
 * phases on a page as fit, the width shared by how much each holds. A phase too long for a page of
 * its own goes on over several columns, each marked with its part. Empty phases keep their column,
 * so every phase is on some page.
 */
export function timelinePages<T extends TimelineItem>(
	phases: readonly TimelinePhase<T>[],
	box: Box
): TimelinePage<T>[] {
	const whole = (p: number): TimelineSegment<T> => ({
		phase: p,
		name: phases[p]!.name,
		from: 0,
		items: phases[p]!.items,
		continued: false,
		continues: false
	});
	if (unmeasured(box)) return [phases.map((_p, i) => whole(i))];
	const room = box.height * box.fill;
	const pages: TimelinePage<T>[] = [];
	let page: TimelinePage<T> = [];
	const close = () => {
		if (page.length) pages.push(page);
		page = [];
	};
	phases.forEach((phase, p) => {
		if (fits([...page, whole(p)], box, room)) return page.push(whole(p));
		close();
		if (fits([whole(p)], box, room)) return page.push(whole(p));
		// Too long for a page of its own: column after column of the narrowest width.
		const width = (box.width - COLUMN_GAP_EM * box.em * (columnsFor(box) - 1)) / columnsFor(box);
		let from = 0;
		while (from < phase.items.length) {
			const part = (to: number): TimelineSegment<T> => ({
				phase: p,
				name: phase.name,
				from,
				items: phase.items.slice(from, to),
				continued: from > 0,
				continues: true
			});
			let to = from + 1;
			while (to < phase.items.length && columnHeight(part(to + 1), width, box) <= room) to++;
			if (page.length >= columnsFor(box)) close();
			page.push({ ...part(to), continues: to < phase.items.length });
			from = to;
		}
		// The next phase starts on a page of its own, so a page never ends mid-column-share.
		close();
	});
	close();
	return pages.length ? pages : [[]];
}

// ── Step 8: the curve, a window of touchpoints at a time ───────────────────────────────────────

/** Left of the plot: the scale's words ("Very negative") at the projector's size. */
const AXIS_EM = 8.5;
/** Between two touchpoints' numbers under the axis, so every number is drawn, none skipped. */
const POINT_PITCH_EM = 1.8;

/** The curve's figure: the chart, its phase names and numbers, the key under it, the gaps. */
const CURVE_FIGURE_EM = 10.8;
/** The lows' heading, and each low's padding and rule. */
const LOWS_HEAD_EM = 1.7;
const LOW_EXTRA_EM = 0.4;
/** Inside a column of lows, beside a low's text: the panel's padding and the number. */
const LOW_INSET_EM = 2.6;

/** One page of step 8: the stretch of touchpoints `from`–`to` (end excluded) on the curve, and
 *  which of that stretch's lows are named under it (`lowsFrom`–`lowsTo`, end excluded). */
export interface CurvePage {
	from: number;
	to: number;
	lowsFrom: number;
	lowsTo: number;
	/** How many lows the stretch has in all. */
	lowsTotal: number;
}

/**
 * Step 8's pages. The curve shows as many touchpoints as have room for their numbers under the
 * axis (the pages as even as they can be): the whole curve of a usual map on one screen, since
 * its shape is the point. Under it, the stretch's lows (`lows[i]`, the words of point i's line, or
 * null) fill the two columns; lows that do not fit go on to a next page under the same curve.
 */
export function curvePages(lows: readonly (string | null)[], box: Box): CurvePage[] {
	const points = lows.length;
	const lowsIn = (from: number, to: number) => lows.slice(from, to).filter((l) => l !== null);
	if (unmeasured(box) || points === 0) {
		const all = lowsIn(0, points).length;
		return [{ from: 0, to: points, lowsFrom: 0, lowsTo: all, lowsTotal: all }];
	}
	const em = box.em;
	const fit = Math.max(4, Math.floor((box.width - AXIS_EM * em) / (POINT_PITCH_EM * em)));
	const size = Math.ceil(points / Math.ceil(points / fit));
	const room = box.height * box.fill - (CURVE_FIGURE_EM + LOWS_HEAD_EM) * em;
	const column = (box.width - 1.2 * em) / 2 - LOW_INSET_EM * em;
	const height = (low: string) => (lineCount(low, column, box) * LINE + LOW_EXTRA_EM) * em;
	// Two columns of lows: half the total, and a line's worth for the uneven break.
	const fits = (heights: readonly number[]) =>
		heights.length <= 1 || heights.reduce((a, b) => a + b, 0) / 2 + Math.max(...heights) <= room;
	const pages: CurvePage[] = [];
	for (let from = 0; from < points; from += size) {
		const to = Math.min(from + size, points);
		const heights = lowsIn(from, to).map(height);
		let start = 0;
		do {
			let end = start + 1;
			while (end < heights.length && fits(heights.slice(start, end + 1))) end++;
			end = Math.min(end, heights.length);
			pages.push({ from, to, lowsFrom: start, lowsTo: end, lowsTotal: heights.length });
			start = end;
		} while (start < heights.length);
	}
	return pages;
}

// ── Step 9: the impact/effort grid, a few ideas per corner at a time ───────────────────────────

/** Across: the impact axis and the gap between the corners. */
const GRID_ACROSS_EM = 1.9;
/** Down: the effort axis and the gaps between the corners. */
const GRID_DOWN_EM = 2.2;
/** A corner's name and count, with its padding and top border. */
const CORNER_HEAD_EM = 2.4;
/** Inside a corner, beside an idea's text: paddings and borders. */
const CORNER_INSET_EM = 1.3;
const IDEA_EXTRA_EM = 0.4;

/**
 * Each corner's ideas cut into pages that fit its quarter of the grid; page n of the grid shows
 * page n of every corner. Returns, per corner, the index where each of its pages starts.
 */
export function cornerPages(corners: readonly (readonly string[])[], box: Box): number[][] {
	if (unmeasured(box)) return corners.map(() => [0]);
	const em = box.em;
	const width = (box.width - GRID_ACROSS_EM * em) / 2 - CORNER_INSET_EM * em;
	const room = (box.height * box.fill - GRID_DOWN_EM * em) / 2 - CORNER_HEAD_EM * em;
	return corners.map((ideas) => {
		const starts = [0];
		let used = 0;
		ideas.forEach((idea, i) => {
			const h = (lineCount(idea, width, box) * LINE + IDEA_EXTRA_EM) * em;
			if (used > 0 && used + h > room) {
				starts.push(i);
				used = 0;
			}
			used += h;
		});
		return starts;
	});
}

// ── Step 10: the actions, and the measures beside them ─────────────────────────────────────────

/** The step's two columns share the width 2.1 : 1 (ImproveOutput), one above the other when
 *  narrower than this. */
const IMPROVE_TWO_COLUMNS_PX = 1000;
const IMPROVE_GAP_EM = 0.6;
/** A panel's paddings and borders, across and down, and its heading (1.1em, bold, one line). */
const PANEL_ACROSS_EM = 1.4;
const PANEL_DOWN_EM = 0.8;
const PANEL_HEAD_EM = 1.1 * LINE;
/** A panel's heading in `width`, bold and larger: measured as a longer text at the body size. */
const headLines = (text: string, width: number, box: Box) => lineCount(text, width / 1.2, box);
/** A table row's or a measure's padding and rule. */
const ROW_EXTRA_EM = 0.4;

export interface ImproveAction {
	title: string;
	owner: string;
	due: string;
}

export interface ImproveContent {
	actions: readonly ImproveAction[];
	/** Each measure as the room reads it ("NPS after delivery: now −33, target 40"). */
	measures: readonly string[];
	/** When the room looks at the map again, as shown over the measures on every page. */
	review: string;
	/** The two panels' headings over the measures: in a narrow column they may take two lines. */
	headings: readonly [review: string, measures: string];
}

/** Where each page starts in a list of blocks `heights` high, in a column `room` high. */
function stack(heights: readonly number[], room: number): number[] {
	const starts = [0];
	let used = 0;
	heights.forEach((h, i) => {
		if (used > 0 && used + h > room) {
			starts.push(i);
			used = 0;
		}
		used += h;
	});
	return starts;
}

/**
 * The actions and the measures cut into pages; page n shows page n of each (the review date on
 * every page, over the measures). Returns where each page of the actions and of the measures
 * starts. Beside each other the two columns page on their own; one above the other they share
 * the height by what each holds.
 */
export function improvePages(
	content: ImproveContent,
	box: Box
): { actions: number[]; measures: number[] } {
	if (unmeasured(box)) return { actions: [0], measures: [0] };
	const em = box.em;
	const height = box.height * box.fill;
	const two = box.width >= IMPROVE_TWO_COLUMNS_PX;
	const across = box.width - (two ? IMPROVE_GAP_EM * em : 0);
	const left = (two ? (across * 2.1) / 3.1 : across) - PANEL_ACROSS_EM * em;
	const right = (two ? across / 3.1 : across) - PANEL_ACROSS_EM * em;
	// The table: the title takes what the owner and the date leave (a date never wraps).
	const measure = box.measure ?? ((s: string) => s.length * CHAR * em);
	const dateWidth = Math.max(0, ...content.actions.map((a) => measure(a.due))) + 0.4 * em;
	// A name wraps between its words: the column is as wide as its longest word, as tables lay out.
	const words = content.actions.flatMap((a) => a.owner.split(/\s+/));
	const ownerWidth = Math.min(left * 0.25, Math.max(0, ...words.map(measure)) + 0.4 * em);
	const titleWidth = left - dateWidth - ownerWidth - 0.8 * em;
	// Titles are bold: a little wider than their letters.
	const actionRows = content.actions.map(
		(a) =>
			(Math.max(lineCount(a.title, titleWidth / 1.08, box), lineCount(a.owner, ownerWidth, box)) *
				LINE +
				ROW_EXTRA_EM) *
			em
	);
	const measureRows = content.measures.map(
		(m) => (lineCount(m, right, box) * LINE + ROW_EXTRA_EM) * em
	);
	const [reviewHeading, measuresHeading] = content.headings;
	const review =
		(PANEL_DOWN_EM +
			PANEL_HEAD_EM * headLines(reviewHeading, right, box) +
			lineCount(content.review, right, box) * LINE) *
			em +
		IMPROVE_GAP_EM * em;
	const tableHead = (PANEL_DOWN_EM + PANEL_HEAD_EM + LINE + 0.2) * em;
	const measuresHead =
		(PANEL_DOWN_EM + PANEL_HEAD_EM * headLines(measuresHeading, right, box)) * em;
	if (two)
		return {
			actions: stack(actionRows, height - tableHead),
			measures: stack(measureRows, height - review - measuresHead)
		};
	// One above the other: one flow down the page, the review on every page; the actions first,
	// then the measures, each list's heading where it starts on a page.
	const [actions = [0], measures = [0]] = flowPages(
		[
			{ head: tableHead, rows: actionRows },
			{ head: measuresHead, rows: measureRows }
		],
		height - review - IMPROVE_GAP_EM * em
	);
	return { actions, measures };
}

/**
 * Lists one after the other down pages `room` high, each list's heading over its rows on every
 * page it has rows on. Returns, per list, the index of its first row on each page (as many
 * entries as pages; a page before a list begins starts at 0, one after it ends at its length).
 */
function flowPages(lists: readonly { head: number; rows: readonly number[] }[], room: number) {
	const starts: number[][] = lists.map(() => [0]);
	let used = 0;
	lists.forEach((list, l) => {
		// The heading's height, until the list has a row on this page.
		let head = list.head;
		list.rows.forEach((h, i) => {
			if (used > 0 && used + head + h > room) {
				used = 0;
				head = list.head;
				// Every list marks the new page: those done at their end, this one at this row.
				lists.forEach((other, o) => starts[o]!.push(o < l ? other.rows.length : o > l ? 0 : i));
			}
			used += head + h;
			head = 0;
		});
	});
	return starts;
}

// ── Step 2: front stage beside back stage ──────────────────────────────────────────────────────

export interface StageColumn {
	/** The column's heading as shown ("Back stage · 4 — Works behind the scenes"). */
	heading: string;
	/** Each person's first line (name · team, and "✓ In the room") and their role under it. */
	people: readonly { line: string; role: string }[];
}

/** The line over the columns, the gap under it, and a panel's thick top border. */
const STAGE_TOP_EM = LINE + 0.5 + 0.4;
const STAGE_GAP_EM = 0.6;

/** Each stage's people cut into pages that fit its column; page n shows page n of both.
 *  Returns, per column, where each of its pages starts. */
export function stagePages(columns: readonly StageColumn[], box: Box): number[][] {
	if (unmeasured(box)) return columns.map(() => [0]);
	const em = box.em;
	const width = (box.width - STAGE_GAP_EM * em) / 2 - PANEL_ACROSS_EM * em;
	return columns.map((column) => {
		const head = (PANEL_DOWN_EM + PANEL_HEAD_EM * headLines(column.heading, width, box)) * em;
		const room = box.height * box.fill - STAGE_TOP_EM * em - head;
		const heights = column.people.map(
			(p) =>
				((lineCount(p.line, width, box) + (p.role ? lineCount(p.role, width, box) : 0)) * LINE +
					ROW_EXTRA_EM) *
				em
		);
		return stack(heights, room);
	});
}
