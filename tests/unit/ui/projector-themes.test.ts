// The projector themes keep their promise: every text colour at least 7:1 on the background and
// on the cards, and every line or mark that carries meaning at least 3:1 (WCAG's formula).
import { THEMES, themeStyle, type ThemeColours } from '$lib/components/projector/themes';

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: (keyof ThemeColours)[] = ['text', 'muted', 'accent', 'danger', 'ok', 'gap', 'amber'];
const MARKS: (keyof ThemeColours)[] = ['border', 'focus', 'accent', 'danger', 'gap'];

describe.each(Object.entries(THEMES))('the %s projector theme', (_, c) => {
	it.each(TEXT)('%s text reaches 7:1 on the background and on cards', (key) => {
		expect(contrast(c[key], c.bg)).toBeGreaterThanOrEqual(7);
		expect(contrast(c[key], c.surface)).toBeGreaterThanOrEqual(7);
	});

	it('text on the accent and on the highlight fill reaches 7:1', () => {
		expect(contrast(c.accentText, c.accent)).toBeGreaterThanOrEqual(7);
		expect(contrast(c.text, c.highlight)).toBeGreaterThanOrEqual(7);
	});

	it.each(MARKS)('%s as a line or mark reaches 3:1', (key) => {
		expect(contrast(c[key], c.bg)).toBeGreaterThanOrEqual(3);
		expect(contrast(c[key], c.surface)).toBeGreaterThanOrEqual(3);
	});
});

it('the theme becomes the CSS variables the app reads', () => {
	const style = themeStyle('dark');
	expect(style).toContain(`--bg: ${THEMES.dark.bg}`);
	expect(style).toContain(`--text: ${THEMES.dark.text}`);
	expect(themeStyle('light')).toContain(`--text: ${THEMES.light.text}`);
});
