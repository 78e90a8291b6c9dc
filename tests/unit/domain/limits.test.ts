import { countText, pasteOverflows, spokenLeft, TEXT_LIMIT } from '$lib/domain/limits';

describe('text limits', () => {
	it('are ordered from names to notes, in the ranges a projector column and a report cell take', () => {
		expect(TEXT_LIMIT.name).toBeGreaterThanOrEqual(80);
		expect(TEXT_LIMIT.name).toBeLessThanOrEqual(TEXT_LIMIT.title);
		expect(TEXT_LIMIT.title).toBeLessThanOrEqual(120);
		expect(TEXT_LIMIT.line).toBe(200);
		expect(TEXT_LIMIT.note).toBeGreaterThanOrEqual(1000);
		expect(TEXT_LIMIT.note).toBeLessThanOrEqual(2000);
	});

	it('shows the count from 80 % of the limit, and says when a text is over it', () => {
		expect(countText('x'.repeat(95), 120)).toMatchObject({ shown: false, over: false, left: 25 });
		expect(countText('x'.repeat(96), 120)).toMatchObject({ shown: true, over: false, left: 24 });
		expect(countText('x'.repeat(120), 120)).toMatchObject({ shown: true, over: false, left: 0 });
		expect(countText('æ'.repeat(130), 120)).toMatchObject({ length: 130, over: true, left: -10 });
	});

	it('knows when a paste over a selection would not fit', () => {
		expect(pasteOverflows('abcdef', 6, 6, 'gh', 8)).toBe(false);
		expect(pasteOverflows('abcdef', 6, 6, 'ghi', 8)).toBe(true);
		// Replacing a selection frees its characters.
		expect(pasteOverflows('abcdef', 0, 3, 'xyzuv', 8)).toBe(false);
	});

	it('tells a screen reader the characters left by tens, then each one', () => {
		expect([40, 39, 21, 11, 10, 3, 0, -4].map(spokenLeft)).toEqual([40, 30, 20, 10, 10, 3, 0, -4]);
	});
});
