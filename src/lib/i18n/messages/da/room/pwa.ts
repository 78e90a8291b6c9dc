// What the app says when a new version of itself is ready: it waits for the facilitator, never
// reloading by itself in the middle of a workshop. In Danish.
// The keys are the English file's (room/pwa.ts); the compiler checks both have the same.
import type { pwa as english } from '../../en/room/pwa';

export const pwa = {
	'pwa.ready': 'En ny version er klar – genindlæs, når det passer dig',
	'pwa.safe': 'Dit arbejde gemmes, før siden genindlæses.',
	'pwa.reload': 'Genindlæs',
	'pwa.reloading': 'Genindlæser…',
	'pwa.later': 'Senere'
} satisfies Record<keyof typeof english, string>;
