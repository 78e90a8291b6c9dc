// The projector's two high-contrast themes. Projectors wash colours out and rooms are lit, so
// every text colour reaches 7:1 on both backgrounds and every line or mark that carries meaning
// 3:1 (a unit test measures them). Applied as the app's CSS variables on the projector view, so
// every component drawn inside it follows without knowing.
export type ProjectorTheme = 'dark' | 'light';

export interface ThemeColours {
	bg: string;
	surface: string;
	text: string;
	muted: string;
	accent: string;
	accentText: string;
	danger: string;
	ok: string;
	gap: string;
	amber: string;
	/** Lines and marks: borders, the curve, focus rings. */
	border: string;
	focus: string;
	/** A fill behind text (the current step, a badge): the text colour on it reaches 7:1. */
	highlight: string;
}

export const THEMES: Record<ProjectorTheme, ThemeColours> = {
	dark: {
		bg: '#0e141b',
		surface: '#18212c',
		text: '#f4f1ea',
		muted: '#c9d0d9',
		accent: '#9ccbff',
		accentText: '#0e141b',
		danger: '#ffa49b',
		ok: '#8fe0a8',
		gap: '#dcb4f2',
		amber: '#ffc76b',
		border: '#7d8a99',
		focus: '#ffd166',
		highlight: '#5a4508'
	},
	light: {
		bg: '#fdfcf9',
		surface: '#ffffff',
		text: '#0b1118',
		muted: '#353e49',
		accent: '#163152',
		accentText: '#ffffff',
		danger: '#8a1c12',
		ok: '#0f4a26',
		gap: '#55206f',
		amber: '#6b3d00',
		border: '#6a737d',
		focus: '#0b56b3',
		highlight: '#ffe08a'
	}
};

/** The theme as the CSS variables the app's styles read. */
export function themeStyle(theme: ProjectorTheme): string {
	const c = THEMES[theme];
	return [
		['--bg', c.bg],
		['--surface', c.surface],
		['--text', c.text],
		['--muted', c.muted],
		['--accent', c.accent],
		['--accent-text', c.accentText],
		['--danger', c.danger],
		['--ok', c.ok],
		['--gap', c.gap],
		['--amber', c.amber],
		['--amber-text', c.amber],
		['--border', c.border],
		['--focus', c.focus],
		['--highlight', c.highlight]
	]
		.map(([name, value]) => `${name}: ${value}`)
		.join('; ');
}
