// The phases' names over the curve are measured to their bands: whole when they fit, smaller or
// on two lines when the band is narrow, and shortened with "…" only when nothing else fits —
// never cut off without a sign, as "Before the move" was ("Before the mov").
import { fitName, needsTwoLines, stripHeight, type Measure } from '$lib/chart/band-names';

/** A stand-in for the canvas: every letter and space 0.6 of the type size wide. */
const measure: Measure = (text, size) => text.length * size * 0.6;
const width = (text: string, size: number) => measure(text, size);

describe('fitName', () => {
	it('keeps a name whole, at full size, in a band wide enough', () => {
		expect(fitName('Before the move', 200, 15, measure)).toEqual({
			lines: ['Before the move'],
			size: 15
		});
	});

	it('shrinks a little before it wraps', () => {
		const fitted = fitName('Before the move', width('Before the move', 13), 15, measure);
		expect(fitted).toEqual({ lines: ['Before the move'], size: 13 });
	});

	it('wraps at a space onto two lines when smaller is not enough', () => {
		const fitted = fitName('Before the move', width('Before the', 12), 15, measure);
		expect(fitted).toEqual({ lines: ['Before the', 'move'], size: 12 });
		for (const line of fitted.lines)
			expect(width(line, fitted.size)).toBeLessThanOrEqual(width('Before the', 12));
	});

	it('says with "…" when a name is shortened, and every letter it shows fits', () => {
		const band = width('Befo', 12);
		const one = fitName('Before the move', band, 15, measure, 1);
		expect(one.lines).toHaveLength(1);
		expect(one.lines[0]).toMatch(/…$/);
		expect('Before the move'.startsWith(one.lines[0]!.slice(0, -1))).toBe(true);
		expect(width(one.lines[0]!, one.size)).toBeLessThanOrEqual(band);

		// One long word has no space to wrap at.
		const word = fitName('Leveringsbekræftelse', width('Leveringsbek', 12), 15, measure);
		expect(word.lines).toEqual([expect.stringMatching(/^Leveringsbe.*…$/)]);
		expect(width(word.lines[0]!, word.size)).toBeLessThanOrEqual(width('Leveringsbek', 12));
	});

	it('shortens the second line, not the first, when two lines are still too few', () => {
		const band = width('Before', 12);
		const fitted = fitName('Before the move to the new office', band, 15, measure);
		expect(fitted.lines[0]).toBe('Before');
		expect(fitted.lines[1]).toMatch(/…$/);
		for (const line of fitted.lines) expect(width(line, 12)).toBeLessThanOrEqual(band);
	});
});

describe('the strip over the chart', () => {
	it('grows to two lines only when some name needs them', () => {
		const names = ['Before the move', 'During', 'After'];
		expect(needsTwoLines(names, [400, 400, 400], 15, measure)).toBe(false);
		expect(needsTwoLines(names, [width('Before the', 12), 400, 400], 15, measure)).toBe(true);
		expect(stripHeight(1, 15, 24)).toBe(24);
		// Two lines of 12 px at 1.2 line height, and a little air.
		expect(stripHeight(2, 15, 24)).toBeGreaterThanOrEqual(2 * 12 * 1.2);
	});
});
