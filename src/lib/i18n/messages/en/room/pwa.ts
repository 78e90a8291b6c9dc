// What the app says when a new version of itself is ready: it waits for the facilitator, never
// reloading by itself in the middle of a workshop. In English.
export const pwa = {
	'pwa.ready': 'A new version is ready — reload when convenient',
	'pwa.safe': 'Your work is saved before the page reloads.',
	'pwa.reload': 'Reload',
	'pwa.reloading': 'Reloading…',
	'pwa.later': 'Later'
};
