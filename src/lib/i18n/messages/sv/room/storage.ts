// What the app says about keeping the room's work: a failed save, and a browser that may clear
// its storage. In Swedish.
// The keys are the English file's (room/storage.ts); the compiler checks both have the same.
import type { storage as english } from '../../en/room/storage';

export const storage = {
	'storage.failed': 'Dina senaste ändringar är inte sparade än.',
	'storage.failedWhy':
		'Webbläsaren ville inte skriva dem (disken kan vara full). De finns kvar i det här fönstret och provas igen med några sekunders mellanrum – ladda ner en säkerhetskopia så att inget går förlorat.',
	'storage.backup': 'Ladda ner en säkerhetskopia nu',
	'storage.notPersisted':
		'Den här webbläsaren kan radera sparade workshoppar när den får ont om plats. Ladda ner workshopfilen efter workshoppen så att inget går förlorat.',
	'storage.dismiss': 'Uppfattat'
} satisfies Record<keyof typeof english, string>;
