// A date field in the app's own words: the date written out in the chosen language, and what
// someone types read back as a date — day first as in all three languages, the ISO form, or the
// month in words — or refused, never guessed.
import { readDate } from '$lib/domain/dates';
import { writtenDate } from '$lib/domain/format';

describe('writtenDate', () => {
	it('writes the date out in each language', () => {
		expect(writtenDate('2026-12-06', 'en')).toBe('6 December 2026');
		expect(writtenDate('2026-12-06', 'da')).toBe('6. december 2026');
		expect(writtenDate('2026-12-06', 'sv')).toBe('6 december 2026');
	});
});

describe('readDate', () => {
	it('reads what the field shows, in every language, back as the same date', () => {
		for (const l of ['en', 'da', 'sv'] as const)
			for (const iso of ['2026-12-06', '2027-01-31', '2028-02-29', '2026-05-01'])
				expect(readDate(writtenDate(iso, l))).toBe(iso);
	});

	it('reads day-first numbers, the ISO form, and short years', () => {
		expect(readDate('6/12/2026')).toBe('2026-12-06');
		expect(readDate('6.12.2026')).toBe('2026-12-06');
		expect(readDate('6/12-2026')).toBe('2026-12-06');
		expect(readDate('06-12-26')).toBe('2026-12-06');
		expect(readDate('6 12 2026')).toBe('2026-12-06');
		expect(readDate(' 2026-12-06 ')).toBe('2026-12-06');
		// Day first, never the US month first: 12/06 is the 12th of June.
		expect(readDate('12/06/2026')).toBe('2026-06-12');
	});

	it('reads the month in words, short or long, with or without the weekday', () => {
		expect(readDate('6 dec 2026')).toBe('2026-12-06');
		expect(readDate('6. Dec. 2026')).toBe('2026-12-06');
		expect(readDate('December 6, 2026')).toBe('2026-12-06');
		expect(readDate('3 marts 2027')).toBe('2027-03-03');
		expect(readDate('3 mars 2027')).toBe('2027-03-03');
		expect(readDate('17. maj 2027')).toBe('2027-05-17');
		expect(readDate('1 okt 2027')).toBe('2027-10-01');
		expect(readDate('Sunday 6 December 2026')).toBe('2026-12-06');
		expect(readDate('søndag den 6. december 2026')).toBe('2026-12-06');
		expect(readDate('lördag 5 december 2026')).toBe('2026-12-05');
	});

	it('refuses what is not a date rather than guess', () => {
		for (const text of [
			'',
			'soon',
			'31/2/2027',
			'29 February 2027',
			'6/13/2026',
			'6 decembre 2026',
			'6 de 2026',
			'12/6',
			'2026-12',
			'6 December'
		])
			expect(readDate(text), text).toBeNull();
	});
});
