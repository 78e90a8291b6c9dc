// What the app says when a new version of itself is ready: it waits for the facilitator, never
// reloading by itself in the middle of a workshop. In English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const pwa = defineMessages({
	en: {
		'pwa.ready': 'A new version is ready — reload when convenient',
		'pwa.safe': 'Your work is saved before the page reloads.',
		'pwa.reload': 'Reload',
		'pwa.reloading': 'Reloading…',
		'pwa.later': 'Later'
	},
	da: {
		'pwa.ready': 'En ny version er klar — genindlæs, når det passer dig',
		'pwa.safe': 'Dit arbejde gemmes, før siden genindlæses.',
		'pwa.reload': 'Genindlæs',
		'pwa.reloading': 'Genindlæser…',
		'pwa.later': 'Senere'
	},
	sv: {
		'pwa.ready': 'En ny version är klar — ladda om när det passar',
		'pwa.safe': 'Ditt arbete sparas innan sidan laddas om.',
		'pwa.reload': 'Ladda om',
		'pwa.reloading': 'Laddar om…',
		'pwa.later': 'Senare'
	}
});
