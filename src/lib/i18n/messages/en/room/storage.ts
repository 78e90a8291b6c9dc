// What the app says about keeping the room's work: a failed save, and a browser that may clear
// its storage. In English.
export const storage = {
	'storage.failed': 'Your last changes are not saved yet.',
	'storage.failedWhy':
		'The browser would not write them (the disk may be full). They are kept in this window and tried again every few seconds — download a backup to be safe.',
	'storage.backup': 'Download a backup now',
	'storage.notPersisted':
		'This browser may clear saved workshops when it runs short of space. Download the workshop file after the workshop to keep it safe.',
	'storage.dismiss': 'Got it'
};
