// The projector's theme by name, for the one output that cannot read the theme's CSS variables:
// the curve draws on a canvas. Shared through context, so every output keeps the same (no) props.
import { getContext, setContext } from 'svelte';
import type { ProjectorTheme } from './themes';

const KEY = Symbol('projector-theme');

/** `theme` is read when asked, so a switch of theme reaches the curve at once. */
export function setProjectorTheme(theme: () => ProjectorTheme) {
	setContext(KEY, theme);
}

/** A reader of the theme; call it where the theme is used (in `$derived`), get it at init. */
export function projectorTheme(): () => ProjectorTheme {
	return getContext<(() => ProjectorTheme) | undefined>(KEY) ?? (() => 'dark');
}
