// What the app says about keeping the room's work: a failed save, and a browser that may clear
// its storage. In English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const storage = defineMessages({
	en: {
		'storage.failed': 'Your last changes are not saved yet.',
		'storage.failedWhy':
			'The browser would not write them (the disk may be full). They are kept in this window and tried again every few seconds — download a backup to be safe.',
		'storage.backup': 'Download a backup now',
		'storage.notPersisted':
			'This browser may clear saved workshops when it runs short of space. Download the workshop file after the workshop to keep it safe.',
		'storage.dismiss': 'Got it'
	},
	da: {
		'storage.failed': 'Dine seneste ændringer er ikke gemt endnu.',
		'storage.failedWhy':
			'Browseren ville ikke skrive dem (disken er måske fuld). De bliver i dette vindue og forsøges igen med få sekunders mellemrum — hent en sikkerhedskopi for en sikkerheds skyld.',
		'storage.backup': 'Hent en sikkerhedskopi nu',
		'storage.notPersisted':
			'Denne browser kan slette gemte workshops, når den mangler plads. Hent workshopfilen efter workshoppen, så den er i sikkerhed.',
		'storage.dismiss': 'Forstået'
	},
	sv: {
		'storage.failed': 'Dina senaste ändringar är inte sparade än.',
		'storage.failedWhy':
			'Webbläsaren ville inte skriva dem (disken kan vara full). De finns kvar i det här fönstret och provas igen med några sekunders mellanrum — ladda ner en säkerhetskopia för säkerhets skull.',
		'storage.backup': 'Ladda ner en säkerhetskopia nu',
		'storage.notPersisted':
			'Den här webbläsaren kan radera sparade workshoppar när den får ont om plats. Ladda ner workshopfilen efter workshopen så att den är i säkerhet.',
		'storage.dismiss': 'Uppfattat'
	}
});
