// The avatar colours a persona can take, by index (Persona.colour). Every colour carries white
// initials at a contrast of at least 4.5:1, so the letters read from the back of the room, and
// every colour has a name, so nobody has to tell them apart by sight. The persona cards and the
// report both draw from it.
import { AVATAR_COLOURS } from './factories';

export const PALETTE = [
	{ name: 'blue', hex: '#1d4ed8' },
	{ name: 'green', hex: '#15803d' },
	{ name: 'purple', hex: '#7e22ce' },
	{ name: 'red', hex: '#b91c1c' },
	{ name: 'teal', hex: '#0f766e' },
	{ name: 'orange', hex: '#c2410c' },
	{ name: 'pink', hex: '#be185d' },
	{ name: 'grey', hex: '#475569' }
] as const satisfies readonly { name: string; hex: `#${string}` }[] & {
	length: typeof AVATAR_COLOURS;
};

/** The colour at `index`, wrapping round, so an odd stored value still draws an avatar. */
export function paletteColour(index: number) {
	const n = PALETTE.length;
	return PALETTE[(((Math.trunc(index) || 0) % n) + n) % n]!;
}
