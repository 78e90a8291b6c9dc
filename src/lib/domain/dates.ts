// Dates as the app reckons with them: today's date where the workshop is held, how far a date is
// from today ("in 13 weeks"), overdue actions, and a date as someone types it. Writing a date out
// in a language is format.ts's.
import { LOCALE_TAGS, relative, utcDay } from './format';
import type { Action, Locale } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
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

/** "in 13 weeks", "tomorrow", "3 days ago": days up to two weeks, then weeks, then months. */
export function fromToday(iso: string, today: string, locale: Locale): string {
	const days = daysBetween(today, iso);
	const size = Math.abs(days);
	if (size < 14) return relative(days, 'day', locale);
	if (size < 183) return relative(Math.round(days / 7), 'week', locale);
	return relative(Math.round(days / 30.44), 'month', locale);
}

/** Every month's and weekday's name in the three languages, in lower case. */
function names(kind: 'month' | 'weekday'): string[][] {
	const tags = Object.values(LOCALE_TAGS);
	const count = kind === 'month' ? 12 : 7;
	return Array.from({ length: count }, (_, i) =>
		tags.map((tag) =>
			new Intl.DateTimeFormat(tag, { [kind]: 'long', timeZone: 'UTC' })
				// 4 January 2026 was a Sunday: day i of that week, or the 1st of month i.
				.format(kind === 'month' ? Date.UTC(2026, i, 1) : Date.UTC(2026, 0, 4 + i))
				.toLowerCase()
		)
	);
}
let months: string[][] | undefined;
let weekdays: string[] | undefined;

/** The month (1–12) a word names in any of the three languages: whole ("december"), or its first
 *  three letters or more ("dec", "sept", "okt"). */
function monthOf(word: string): number | undefined {
	months ??= names('month');
	if (word.length < 3) return undefined;
	const i = months.findIndex((all) => all.some((name) => name.startsWith(word)));
	return i < 0 ? undefined : i + 1;
}

function isoOf(year: number, month: number, day: number): string | null {
	if (year < 100) year += 2000;
	if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as someone types it, as an ISO date (yyyy-mm-dd), or null when it is not one. Day
 * first, as in all three languages — "6/12/2026", "6.12.26", "6/12-2026" — the ISO form itself,
 * and the month in words in any of the three languages ("6. december 2026", "6 dec 2026",
 * "December 6, 2026"), with or without the weekday. The field then shows it written out, so a
 * misread day and month is plain to see.
 */
export function readDate(text: string): string | null {
	weekdays ??= names('weekday').flat();
	let s = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
	// "Sunday 6 December", "søndag den 6. december", "sön 6 dec".
	const first = s.split(' ')[0]!.replace(/\.$/, '');
	if (first.length >= 3 && weekdays.some((w) => w.startsWith(first)))
		s = s.slice(s.indexOf(' ') + 1).replace(/^den /, '');
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})(?: ?[./-] ?| )(\d{1,2})(?: ?[./-] ?| )(\d{4}|\d{2})\.?$/.exec(s);
	if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
	m = /^(\d{1,2})\.? ?([\p{L}]+)\.? (\d{4})$/u.exec(s);
	if (m) {
		const month = monthOf(m[2]!);
		return month ? isoOf(Number(m[3]), month, Number(m[1])) : null;
	}
	m = /^([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/u.exec(s);
	if (m) {
		const month = monthOf(m[1]!);
		return month ? isoOf(Number(m[3]), month, Number(m[2])) : null;
	}
	return null;
}
