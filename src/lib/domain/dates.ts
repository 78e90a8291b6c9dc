// Dates as the app writes them: today's date where the workshop is held, a date written out in
// the language ("Tuesday 23 February 2027 — in 13 weeks", "23 Feb 2027"), and overdue actions.
// Intl does the words and the plurals, so no language needs "week(s)". Step 10, the projector,
// the invitation and the report all write dates through here.
import type { Action, Locale } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The BCP 47 tag Intl formats each language with. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE' };

/** An ISO date as a UTC timestamp, so no time zone moves it to another day. */
function utcDay(iso: string): number {
	const [, y, m, d] = ISO.exec(iso)!;
	return Date.UTC(Number(y), Number(m) - 1, Number(d));
}
const DAY_MS = 86_400_000;

/** Today as yyyy-mm-dd in local time: the day it is in the room. */
export function todayIso(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A whole ISO date (yyyy-mm-dd), as a date input gives it. */
export function isIsoDate(value: string): boolean {
	return ISO.test(value);
}

/** Whole days from `from` to `to` (both ISO dates); negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
	return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** A date before today. */
export function isPast(iso: string, today: string): boolean {
	return isIsoDate(iso) && iso < today;
}

/** Due before today and not done. */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
	return action.status !== 'done' && isPast(action.due, today);
}

/** "Tuesday 23 February 2027" in the UI language. */
export function longDate(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(utcDay(iso));
}

/** "23 Feb 2027": an ISO date in a few characters. */
export function shortDate(iso: string, locale: Locale): string {
	return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(utcDay(iso));
}

/** "in 13 weeks", "tomorrow", "3 days ago": days up to two weeks, then weeks, then months. */
export function fromToday(iso: string, today: string, locale: Locale): string {
	const days = daysBetween(today, iso);
	const format = new Intl.RelativeTimeFormat(LOCALE_TAGS[locale], { numeric: 'auto' });
	const size = Math.abs(days);
	if (size < 14) return format.format(days, 'day');
	if (size < 183) return format.format(Math.round(days / 7), 'week');
	return format.format(Math.round(days / 30.44), 'month');
}
