// Dates, times of day, numbers and percentages as each language writes them, from the one module
// that builds the app's and the report's Intl formatters.
import {
	clock,
	dateTime,
	formatNumber,
	longDate,
	mediumDate,
	percent,
	shortDate,
	writtenDate
} from '$lib/domain/format';
import type { Locale } from '$lib/domain/types';

// Intl separates some parts with no-break spaces; the tests read them as spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const each = (f: (l: Locale) => string) => ({
	en: plain(f('en')),
	da: plain(f('da')),
	sv: plain(f('sv'))
});

describe('dates', () => {
	it('writes a date out with its weekday', () => {
		expect(each((l) => longDate('2027-02-23', l))).toEqual({
			en: 'Tuesday, 23 February 2027',
			da: 'tirsdag den 23. februar 2027',
			sv: 'tisdag 23 februari 2027'
		});
	});

	it('writes a date short, for a column', () => {
		expect(each((l) => shortDate('2027-02-23', l))).toEqual({
			en: '23 Feb 2027',
			da: '23. feb. 2027',
			sv: '23 feb. 2027'
		});
		expect(each((l) => mediumDate('2025-09-01', l))).toEqual({
			en: '1 Sept 2025',
			da: '1. sep. 2025',
			sv: '1 sep. 2025'
		});
	});

	it('writes a date as a date field shows it, the same day in every time zone', () => {
		expect(each((l) => writtenDate('2026-12-06', l))).toEqual({
			en: '6 December 2026',
			da: '6. december 2026',
			sv: '6 december 2026'
		});
	});

	it('writes a moment with its time of day', () => {
		const when = new Date(2026, 11, 6, 14, 5);
		expect(each((l) => dateTime(when, l))).toEqual({
			en: '6 Dec 2026, 14:05',
			da: '6. dec. 2026, 14.05',
			sv: '6 dec. 2026 14:05'
		});
		expect(dateTime(when.toISOString(), 'en')).toBe(dateTime(when, 'en'));
	});
});

describe('clock', () => {
	it('writes minutes after midnight as the language does, wrapped into one day', () => {
		expect(each((l) => clock(9 * 60 + 5, l))).toEqual({ en: '09:05', da: '09.05', sv: '09:05' });
		expect(clock(24 * 60 + 30, 'sv')).toBe('00:30');
		expect(clock(-30, 'en')).toBe('23:30');
	});
});

describe('numbers', () => {
	it("uses each language's separators", () => {
		expect(each((l) => formatNumber(1234.5, l))).toEqual({
			en: '1,234.5',
			da: '1.234,5',
			sv: '1 234,5'
		});
	});

	it('writes a share as a whole percentage', () => {
		expect(each((l) => percent(2 / 3, l))).toEqual({ en: '67%', da: '67 %', sv: '67 %' });
		expect(percent(0, 'en')).toBe('0%');
	});
});
