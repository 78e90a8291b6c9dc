// How long a typed text may grow. The projector shows names in columns a few words wide and the
// report prints them in table cells: a title of 2,000 characters helps nobody and breaks both.
// The limits guide typing and pasting; they never cut text that is already stored or imported
// (an older file may hold more), which is shown as too long so it can be shortened by hand.
// Lengths are counted as a text field's `maxlength` counts them (UTF-16 code units), so the
// counter and the field agree.

export const TEXT_LIMIT = {
	/** Who someone is: a stakeholder, a persona, an invitee, the facilitator. */
	name: 80,
	/** What something is called: the journey, a touchpoint, a phase, an action, an interview. */
	title: 120,
	/** One line of text: a team, a role, a problem, a statement, a measure. */
	line: 200,
	/** Free text over several lines: notes, quotes, ideas, reasons, goals. */
	note: 2000
} as const;

/** The counter shows from this share of the limit on. */
export const COUNTER_FROM = 0.8;

export interface TextCount {
	length: number;
	limit: number;
	/** Characters that still fit (negative when over). */
	left: number;
	/** Near or over the limit: the counter is shown. */
	shown: boolean;
	/** Over the limit: text from before the limit, or from a file. */
	over: boolean;
}

export function countText(text: string, limit: number): TextCount {
	const length = text.length;
	return {
		length,
		limit,
		left: limit - length,
		shown: length >= Math.ceil(limit * COUNTER_FROM),
		over: length > limit
	};
}

/** Whether pasting `pasted` over the selection [start, end) of `text` would not fit. */
export function pasteOverflows(
	text: string,
	start: number,
	end: number,
	pasted: string,
	limit: number
): boolean {
	return text.length - (end - start) + pasted.length > limit;
}

/** What a screen reader is told as the limit nears: the characters left to the nearest ten
 *  while there are more than ten (one message per ten keys, not one per key), then exactly. */
export function spokenLeft(left: number): number {
	return left > 10 ? Math.floor(left / 10) * 10 : left;
}
