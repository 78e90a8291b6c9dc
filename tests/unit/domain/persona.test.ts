// A persona's avatar: initials from any name the room types, on colours white letters can be read on.
import { AVATAR_COLOURS } from '$lib/domain/factories';
import { initials } from '$lib/domain/persona';
import { PALETTE, paletteColour } from '$lib/domain/palette';

describe('initials', () => {
	it.each([
		['Emma Carter', 'EC'],
		['Åsa Østergård', 'ÅØ'],
		['åsa østergård', 'ÅØ'],
		['Jiří Nováček', 'JN'],
		['Anna Maria Lind', 'AL'],
		['Ludwig van Beethoven', 'LB'],
		['  Emma   Carter  ', 'EC'],
		['Emma\tCarter\n', 'EC']
	])('%j → %s (first letter of the first and the last name)', (name, expected) => {
		expect(initials(name)).toBe(expected);
	});

	it('a single name gives its first two letters', () => {
		expect(initials('Madonna')).toBe('MA');
		expect(initials('øjvind')).toBe('ØJ');
		expect(initials('X')).toBe('X');
	});

	it('skips punctuation and words without letters', () => {
		expect(initials("O'Brien")).toBe('OB');
		expect(initials('Emma (Em) Carter')).toBe('EC');
		expect(initials('Emma & Carter')).toBe('EC');
		expect(initials('Emma –')).toBe('EM');
	});

	it('keeps a letter and its combining accent together, composed', () => {
		// "A" + combining ring above, "O" + combining diaeresis.
		expect(initials('A\u030Asa O\u0308berg')).toBe('ÅÖ');
	});

	it('nothing to show gives "?"', () => {
		expect(initials('')).toBe('?');
		expect(initials('   ')).toBe('?');
		expect(initials('🙂 – !')).toBe('?');
	});

	it('never returns more than two letters', () => {
		for (const name of ['ßarah Lind', 'Anna Maria Eva Lind', 'ǆemal Bašić', '山田 太郎'])
			expect([...initials(name)].length).toBeLessThanOrEqual(2);
	});
});

describe('avatar palette', () => {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const v = parseInt(hex.slice(i, i + 2), 16) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

	it('has one named colour per stored index, all different', () => {
		expect(PALETTE).toHaveLength(AVATAR_COLOURS);
		expect(new Set(PALETTE.map((c) => c.name)).size).toBe(AVATAR_COLOURS);
		expect(new Set(PALETTE.map((c) => c.hex)).size).toBe(AVATAR_COLOURS);
	});

	it.each(PALETTE.map((c) => [c.name, c.hex]))(
		'white initials on %s (%s) have at least 4.5:1 contrast',
		(_name, hex) => {
			expect(contrastWithWhite(hex)).toBeGreaterThanOrEqual(4.5);
		}
	);

	it('an out-of-range stored index still draws a colour', () => {
		expect(paletteColour(AVATAR_COLOURS + 1)).toBe(PALETTE[1]);
		expect(paletteColour(-1)).toBe(PALETTE[AVATAR_COLOURS - 1]);
		expect(paletteColour(Number.NaN)).toBe(PALETTE[0]);
	});
});
