// The workshop's agenda: a timebox per step, a start time, and the rule that keeps the day on
// time. Rooms overrun; when a step does, the steps still to come give up time in proportion to
// their size, never below the minimum the team lead set, so the workshop still ends when the
// invitation said. Pure arithmetic in minutes, so the timer, the agenda view and the presenter
// window all agree. The timeboxes a new workshop starts with are in timeboxes.ts.
import { MAX_STEP_MINUTES } from './timeboxes';
import { STEP_IDS } from './types';
import type { Agenda, StepId } from './types';

export function totalMinutes(agenda: Agenda): number {
	return STEP_IDS.reduce((sum, id) => sum + agenda.minutes[id], 0);
}

/** "HH:MM" → minutes after midnight, or null when it is not a time of day. */
export function parseClock(text: string): number | null {
	// "09:00", or "09.00" as Danes write it.
	const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
	if (!m) return null;
	const [h, min] = [Number(m[1]), Number(m[2])];
	return h < 24 && min < 60 ? h * 60 + min : null;
}

const DAY = 24 * 60;
/** Minutes after midnight, wrapped past midnight into one day. */
const wrap = (minutes: number) => ((Math.round(minutes) % DAY) + DAY) % DAY;

/** Minutes after midnight as stored: "HH:MM". */
function storedClock(minutes: number): string {
	const m = wrap(minutes);
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface AgendaSlot {
	step: StepId;
	minutes: number;
	/** Minutes after midnight, or null without a start time. */
	from: number | null;
	to: number | null;
}

/** Each step's place in the day, in step order. */
export function schedule(agenda: Agenda): AgendaSlot[] {
	let at = parseClock(agenda.start);
	return STEP_IDS.map((step) => {
		const minutes = agenda.minutes[step];
		const from = at;
		at = at === null ? null : at + minutes;
		return { step, minutes, from, to: at };
	});
}

/** A timebox typed by the team lead: a whole number of minutes from 1 to 240, or null. */
export function parseMinutes(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) return null;
	const n = Number(trimmed);
	return n >= 1 && n <= MAX_STEP_MINUTES ? n : null;
}

/**
 * Fits `planned` minutes into `available` minutes, proportionally, with no entry below
 * `minimum` (nor below its own plan when there is time to spare: the day never grows a step).
 * When even the minimums do not fit, every entry gets its minimum and the day runs late.
 */
export function rebalance(
	planned: readonly number[],
	available: number,
	minimum: number
): number[] {
	if (sumOf(planned) <= available) return [...planned];
	const floor = planned.map((p) => Math.min(p, minimum));
	if (sumOf(floor) >= available) return floor;
	// Water-filling: an entry whose share would fall below its floor is pinned there, and the
	// others share what is left, until nobody falls below.
	let free = planned.map((_, i) => i);
	while (free.length > 0) {
		const pinned = sumOf(floor.filter((_, i) => !free.includes(i)));
		const left = available - pinned;
		const share = sumOf(free.map((i) => planned[i]!));
		const under = free.filter((i) => (planned[i]! * left) / share < floor[i]!);
		if (under.length === 0) {
			const fitted = planned.map((p, i) => (free.includes(i) ? (p * left) / share : floor[i]!));
			return roundKeepingSum(fitted, available);
		}
		free = free.filter((i) => !under.includes(i));
	}
	return floor;
}

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Whole minutes that still add up to `total` (largest remainders get the spare minutes). */
function roundKeepingSum(values: readonly number[], total: number): number[] {
	const floors = values.map(Math.floor);
	let spare = Math.round(total) - sumOf(floors);
	const order = values
		.map((v, i) => ({ i, rest: v - Math.floor(v) }))
		.sort((a, b) => b.rest - a.rest);
	for (const { i } of order) {
		if (spare <= 0) break;
		floors[i]!++;
		spare--;
	}
	return floors;
}

export interface DayPlan {
	/** Minutes per step: what the steps before the current one took, the current step's
	 *  timebox, and the re-balanced timeboxes of the steps still to come. */
	minutes: Record<StepId, number>;
	/** Positive when the day will end late even after re-balancing, negative when early. */
	behindMinutes: number;
}

/**
 * Plans the rest of the day from where the room is: the steps before `current` took what they
 * took (`spent`, in minutes), and the current step and those after it share the time left of
 * the planned day. When the current step runs past its timebox, the steps after it give up
 * the difference too.
 */
export function replan(
	agenda: Agenda,
	current: StepId,
	spent: Partial<Record<StepId, number>>
): DayPlan {
	const index = STEP_IDS.indexOf(current);
	const before = STEP_IDS.slice(0, index);
	const later = STEP_IDS.slice(index + 1);
	const total = totalMinutes(agenda);
	// A step before this one with no time recorded (filled in beforehand, or the timer never
	// started) counts as having taken its plan: the room is not "ahead" for work done earlier.
	const took = (s: StepId) => spent[s] ?? agenda.minutes[s];
	const used = sumOf(before.map(took));
	const planned = (steps: readonly StepId[]) => steps.map((s) => agenda.minutes[s]);
	const [box = 0] = rebalance(
		planned([current]).concat(planned(later)),
		total - used,
		agenda.minimum
	);
	const now = Math.max(box, spent[current] ?? 0);
	const fitted = rebalance(planned(later), Math.max(0, total - used - now), agenda.minimum);
	const minutes = { ...agenda.minutes, [current]: box };
	before.forEach((s) => (minutes[s] = Math.round(took(s))));
	later.forEach((s, i) => (minutes[s] = fitted[i]!));
	return { minutes, behindMinutes: Math.round(used + now + sumOf(fitted) - total) };
}

// The team lead's agenda form: what a typed start time or minimum means, where the day ends,
// and what to warn about. Kept here so the preparation view and its tests share one reading.

/** A start time typed by the team lead: "HH:MM" (normalised, "9:05" or "9.05" → "09:05"), '' for none yet,
 *  or null when it is not a time of day. */
export function parseStart(text: string): string | null {
	if (text.trim() === '') return '';
	const minutes = parseClock(text);
	return minutes === null ? null : storedClock(minutes);
}

/** The whole day from the first step's start to the last step's end, or null without a start. */
export function daySpan(agenda: Agenda): { from: number; to: number } | null {
	const from = parseClock(agenda.start);
	return from === null ? null : { from, to: from + totalMinutes(agenda) };
}

/** The shortest timebox of the day, in minutes. */
export function shortestTimebox(agenda: Agenda): number {
	return Math.min(...STEP_IDS.map((id) => agenda.minutes[id]));
}

/** Steps planned shorter than the minimum: re-balancing never shortens them at all. */
export function belowMinimum(agenda: Agenda): StepId[] {
	return STEP_IDS.filter((id) => agenda.minutes[id] < agenda.minimum);
}

export type MinimumCheck =
	| { ok: true; value: number }
	| { ok: false; problem: 'notWhole' }
	| { ok: false; problem: 'aboveShortest'; shortest: number };

/**
 * A minimum typed by the team lead: a whole number of minutes (1 to the longest timebox allowed)
 * that is no longer than the shortest step, since a minimum above a step's own length would
 * promise time that step never had.
 */
export function checkMinimum(text: string, agenda: Agenda): MinimumCheck {
	const value = parseMinutes(text);
	if (value === null) return { ok: false, problem: 'notWhole' };
	const shortest = shortestTimebox(agenda);
	return value > shortest ? { ok: false, problem: 'aboveShortest', shortest } : { ok: true, value };
}
