// Step 3's rules: when an experience statement is too vague to act on, when a success measure
// has a real target, and which ambition the room chose. "Good service" means nothing until it
// is concrete; the app says so while the room is still writing, as a hint that never blocks.
import type { Ambition, DesiredExperience, SuccessMeasure } from './types';

/**
 * Words that sound like a promise but measure nothing, in English, Danish and Swedish. A
 * statement made only of these and ordinary words is what the room should sharpen.
 */
const VAGUE_WORDS = new Set(
	[
		// English
		'good great nice better best excellent fine quick fast easy simple smooth seamless happy satisfied pleasant friendly quality professional efficient modern',
		// Danish
		'god godt gode bedre bedst fin fint fine hurtig hurtigt nem nemt let enkel enkelt glad glade tilfreds tilfredse venlig kvalitet fremragende smidig smidigt gnidningsfri professionel effektiv',
		// Swedish
		'bra gott goda bättre bäst snabb snabbt lätt nöjd nöjda glada trevlig vänlig utmärkt smidig professionell effektivt'
	]
		.join(' ')
		.split(' ')
);

/**
 * Words that make a statement checkable even without a number: a promise with no exceptions
 * ("always", "never"), a deadline ("within", "by"), or a unit of time.
 */
const CONCRETE_WORDS = new Set(
	[
		// English
		'always never every each within by before same no later day days hour hours minute minutes week weeks month first once',
		// Danish
		'altid aldrig hver hvert inden senest før samme dag dage time timer minut minutter uge uger måned første én ingen',
		// Swedish
		'alltid aldrig varje inom senast före samma dagar timme timmar minuter vecka veckor månad första ingen'
	]
		.join(' ')
		.split(' ')
);

function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A statement is vague when it leans on words like "good service" and has nothing that could be
 * checked: no number, no "always/never", no deadline, no unit of time. Empty lines are not vague.
 */
export function isVagueStatement(statement: string): boolean {
	const ws = words(statement);
	if (ws.length === 0) return false;
	if (/\d/.test(statement) || ws.some((w) => CONCRETE_WORDS.has(w))) return false;
	return ws.some((w) => VAGUE_WORDS.has(w));
}

/** A target the teams can check later has a number in it: "40", "fewer than 1 in 10", "5 days". */
export function hasNumber(target: string): boolean {
	return /\d/.test(target);
}

/** An NPS target is a whole number from −100 to 100. */
export function isNpsTarget(value: number): boolean {
	return Number.isInteger(value) && value >= -100 && value <= 100;
}

/** A measure counts once it says what is measured and gives a target with a number. */
export function isCompleteMeasure(m: SuccessMeasure): boolean {
	return m.name.trim().length > 0 && hasNumber(m.target);
}

/** How the room will know it got there: an NPS target or at least one complete measure. */
export function hasSuccessMeasure(e: DesiredExperience): boolean {
	return e.npsTarget !== null || e.measures.some(isCompleteMeasure);
}

export function chosenAmbition(e: DesiredExperience): Ambition | undefined {
	return e.ambitions.find((a) => a.id === e.chosenAmbitionId && a.text.trim());
}

/**
 * Reads what the room typed as an NPS target: null when the field is empty, the number when it
 * is a valid target, undefined when it is not (140, 4.5, "forty") and must not be saved.
 */
export function readNpsTarget(text: string): number | null | undefined {
	const s = text.trim().replace(/^[−–]/, '-');
	if (s === '') return null;
	const n = Number(s);
	return isNpsTarget(n) ? n || 0 : undefined;
}

/** A target the room has started writing but that has no number yet: worth a hint, not a block. */
export function targetNeedsNumber(target: string): boolean {
	return target.trim().length > 0 && !hasNumber(target);
}
