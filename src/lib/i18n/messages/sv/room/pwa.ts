// What the app says when a new version of itself is ready: it waits for the facilitator, never
// reloading by itself in the middle of a workshop. In Swedish.
// The keys are the English file's (room/pwa.ts); the compiler checks both have the same.
import type { pwa as english } from '../../en/room/pwa';

export const pwa = {
	'pwa.ready': 'En ny version är klar – ladda om när det passar',
	'pwa.safe': 'Ditt arbete sparas innan sidan laddas om.',
	'pwa.reload': 'Ladda om',
	'pwa.reloading': 'Laddar om…',
	'pwa.later': 'Senare'
} satisfies Record<keyof typeof english, string>;
