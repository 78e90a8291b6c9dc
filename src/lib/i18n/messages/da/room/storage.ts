// What the app says about keeping the room's work: a failed save, and a browser that may clear
// its storage. In Danish.
// The keys are the English file's (room/storage.ts); the compiler checks both have the same.
import type { storage as english } from '../../en/room/storage';

export const storage = {
	'storage.failed': 'Dine seneste ændringer er ikke gemt endnu.',
	'storage.failedWhy':
		'Browseren ville ikke skrive dem (disken er måske fuld). De bliver i dette vindue og forsøges igen med få sekunders mellemrum – hent en sikkerhedskopi, så intet går tabt.',
	'storage.backup': 'Hent en sikkerhedskopi nu',
	'storage.notPersisted':
		'Denne browser kan slette gemte workshops, når den mangler plads. Hent workshopfilen efter workshoppen, så den er i sikkerhed.',
	'storage.dismiss': 'Forstået'
} satisfies Record<keyof typeof english, string>;
