// Step 7 “Touchpoints”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const touchpoints = defineMessages({
	en: {
		'step.touchpoints.title': 'Touchpoints',
		'step.touchpoints.purpose':
			'Every moment the customer meets you, in order — and the gaps where nobody tells them anything.',
		'step.touchpoints.prompt1': 'What is the very first thing the customer sees or does?',
		'step.touchpoints.prompt2': 'What happens next — and who is responsible for it?',
		'step.touchpoints.prompt3': 'Where is the customer left waiting without news?',
		'warn.touchpoints.none': 'No touchpoints yet.',
		'touchpoints.add': 'Add touchpoint',
		'touchpoints.addGap': 'Add gap',
		'touchpoints.gap': 'Gap',
		'touchpoints.count': 'Touchpoints: {n}',
		'field.touchpoint.title': 'Touchpoint',
		'field.touchpoint.gapTitle': 'Gap: where is communication missing?',
		'field.touchpoint.phase': 'Phase',
		'field.touchpoint.channel': 'Channel',
		'field.touchpoint.customerAction': 'What the customer does',
		'field.touchpoint.owner': 'Responsible',
		'field.touchpoint.importanceCustomer': 'Importance to the customer (1–5)',
		'field.touchpoint.importanceBusiness': 'Importance to the business (1–5)',
		'error.importance': 'Enter a number from 1 to 5.'
	},
	da: {
		'step.touchpoints.title': 'Kontaktpunkter',
		'step.touchpoints.purpose':
			'Hvert øjeblik kunden møder jer, i rækkefølge — og hullerne, hvor ingen fortæller dem noget.',
		'step.touchpoints.prompt1': 'Hvad er det allerførste, kunden ser eller gør?',
		'step.touchpoints.prompt2': 'Hvad sker der så — og hvem er ansvarlig for det?',
		'step.touchpoints.prompt3': 'Hvor står kunden og venter uden at høre noget?',
		'warn.touchpoints.none': 'Ingen kontaktpunkter endnu.',
		'touchpoints.add': 'Tilføj kontaktpunkt',
		'touchpoints.addGap': 'Tilføj hul',
		'touchpoints.gap': 'Hul',
		'touchpoints.count': 'Kontaktpunkter: {n}',
		'field.touchpoint.title': 'Kontaktpunkt',
		'field.touchpoint.gapTitle': 'Hul: hvor mangler kommunikationen?',
		'field.touchpoint.phase': 'Fase',
		'field.touchpoint.channel': 'Kanal',
		'field.touchpoint.customerAction': 'Hvad kunden gør',
		'field.touchpoint.owner': 'Ansvarlig',
		'field.touchpoint.importanceCustomer': 'Vigtighed for kunden (1–5)',
		'field.touchpoint.importanceBusiness': 'Vigtighed for forretningen (1–5)',
		'error.importance': 'Skriv et tal fra 1 til 5.'
	},
	sv: {
		'step.touchpoints.title': 'Beröringspunkter',
		'step.touchpoints.purpose':
			'Varje tillfälle då kunden möter er, i ordning — och glappen där kunden inte får veta någonting.',
		'step.touchpoints.prompt1': 'Vad är det allra första kunden ser eller gör?',
		'step.touchpoints.prompt2': 'Vad händer sedan — och vem ansvarar för det?',
		'step.touchpoints.prompt3': 'Var får kunden vänta utan att höra något?',
		'warn.touchpoints.none': 'Inga beröringspunkter än.',
		'touchpoints.add': 'Lägg till beröringspunkt',
		'touchpoints.addGap': 'Lägg till glapp',
		'touchpoints.gap': 'Glapp',
		'touchpoints.count': 'Beröringspunkter: {n}',
		'field.touchpoint.title': 'Beröringspunkt',
		'field.touchpoint.gapTitle': 'Glapp: var saknas kommunikation?',
		'field.touchpoint.phase': 'Fas',
		'field.touchpoint.channel': 'Kanal',
		'field.touchpoint.customerAction': 'Vad kunden gör',
		'field.touchpoint.owner': 'Ansvarig',
		'field.touchpoint.importanceCustomer': 'Vikt för kunden (1–5)',
		'field.touchpoint.importanceBusiness': 'Vikt för verksamheten (1–5)',
		'error.importance': 'Ange ett tal från 1 till 5.'
	}
});
