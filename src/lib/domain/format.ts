// Dates, times of day, numbers and percentages as each language writes them: the one place the
// app, the projector, the invitation and the PDF report build an Intl formatter. Each format is
// made once per language and kept. It lives in the domain (Intl is the language's, not the
// browser's) so the domain's own texts — the invitation, the agenda — write them the same way.
import type { Locale } from './types';

/** The BCP 47 tag Intl formats each language with: the region the app's texts are written for. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date (yyyy-mm-dd) as a UTC timestamp, so no time zone moves it to another day. */
export function utcDay(iso: string): number {
	const [, y, m, d] = ISO.exec(iso)!;
	return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** One formatter per language and name, made the first time it is asked for. */
function cached<F>(make: (tag: string) => F): (locale: Locale) => F {
	const made = new Map<Locale, F>();
	return (locale) => {
		let found = made.get(locale);
		if (!found) {
			found = make(LOCALE_TAGS[locale]);
			made.set(locale, found);
		}
		return found;
	};
}

const UTC = { timeZone: 'UTC' } as const;
const FORMATS = {
	long: cached(
		(tag) =>
			new Intl.DateTimeFormat(tag, {
				weekday: 'long',
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				...UTC
			})
	),
	short: cached(
		(tag) =>
			new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', ...UTC })
	),
	written: cached((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', ...UTC })),
	medium: cached((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', ...UTC })),
	// A moment, in the device's own time zone: when a workshop was last edited.
	moment: cached(
		(tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })
	),
	clock: cached(
		(tag) =>
			new Intl.DateTimeFormat(tag, {
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				...UTC
			})
	),
	relative: cached((tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })),
	number: cached((tag) => new Intl.NumberFormat(tag)),
	percent: cached(
		(tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
	)
};

/** "Tuesday 23 February 2027", "tirsdag den 23. februar 2027": an ISO date with its weekday. */
export function longDate(iso: string, locale: Locale): string {
	return FORMATS.long(locale).format(utcDay(iso));
}

/** "23 Feb 2027": an ISO date in a few characters. */
export function shortDate(iso: string, locale: Locale): string {
	return FORMATS.short(locale).format(utcDay(iso));
}

/** "6 December 2026", "6. december 2026", "6 december 2026": an ISO date written out. */
export function writtenDate(iso: string, locale: Locale): string {
	return FORMATS.written(locale).format(utcDay(iso));
}

/** "1 Sept 2025", "1. sep. 2025": an ISO date for a table's column. */
export function mediumDate(iso: string, locale: Locale): string {
	return FORMATS.medium(locale).format(utcDay(iso));
}

/** "6 Dec 2026, 14:05": a moment (a timestamp, or an ISO date-time) in the device's time zone. */
export function dateTime(when: string | number | Date, locale: Locale): string {
	return FORMATS.moment(locale).format(new Date(when));
}

/** Minutes after midnight as the language writes a time of day: "09:00", Danish "09.00". */
export function clock(minutes: number, locale: Locale): string {
	const day = 24 * 60;
	const m = ((Math.round(minutes) % day) + day) % day;
	return FORMATS.clock(locale).format(Date.UTC(2000, 0, 1, 0, m));
}

/** "in 13 weeks", "tomorrow", "3 days ago": Intl does the words and the plurals. */
export function relative(value: number, unit: Intl.RelativeTimeFormatUnit, locale: Locale): string {
	return FORMATS.relative(locale).format(value, unit);
}

/** "1,234", "1.234", "1 234": a number with the language's separators. */
export function formatNumber(n: number, locale: Locale): string {
	return FORMATS.number(locale).format(n);
}

/** A share (0–1) as a whole percentage: "67%", "67 %". */
export function percent(share: number, locale: Locale): string {
	return FORMATS.percent(locale).format(share);
}
