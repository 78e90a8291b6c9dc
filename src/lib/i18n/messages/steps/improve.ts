// Step 10 “Keep improving”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const improve = defineMessages({
	en: {
		'step.improve.title': 'Keep improving',
		'step.improve.purpose':
			'A map that nobody maintains goes stale. Decide how feedback keeps coming and who does what next.',
		'step.improve.prompt1': 'How will we keep hearing from customers?',
		'step.improve.prompt2': 'When do we look at this map again?',
		'step.improve.prompt3': 'Who does what, and by when?',
		'warn.improve.noActions': 'No actions yet. A map without actions changes nothing.',
		'warn.improve.noReviewDate': 'Set a date to revisit the map.',
		'field.improve.feedback': 'How feedback keeps coming in',
		'field.improve.measures': 'Measures we follow',
		'field.improve.reviewDate': 'Next review of the map',
		'field.improve.reviewTriggers': 'What triggers an earlier review',
		'actions.heading': 'Actions',
		'actions.add': 'Add action',
		'actions.fromOpportunity': 'Make actions from opportunities without one',
		'field.action.title': 'Action',
		'field.action.owner': 'Owner',
		'field.action.due': 'Due date',
		'field.action.status': 'Status',
		'actionStatus.todo': 'To do',
		'actionStatus.doing': 'In progress',
		'actionStatus.done': 'Done'
	},
	da: {
		'step.improve.title': 'Bliv ved med at forbedre',
		'step.improve.purpose':
			'Et kort, som ingen vedligeholder, bliver hurtigt forældet. Beslut, hvordan feedback bliver ved med at komme, og hvem der gør hvad.',
		'step.improve.prompt1': 'Hvordan bliver vi ved med at høre fra kunderne?',
		'step.improve.prompt2': 'Hvornår ser vi på kortet igen?',
		'step.improve.prompt3': 'Hvem gør hvad, og hvornår?',
		'warn.improve.noActions': 'Ingen handlinger endnu. Et kort uden handlinger ændrer ingenting.',
		'warn.improve.noReviewDate': 'Sæt en dato for, hvornår kortet skal ses igen.',
		'field.improve.feedback': 'Sådan bliver feedback ved med at komme',
		'field.improve.measures': 'Målinger, vi følger',
		'field.improve.reviewDate': 'Næste gennemgang af kortet',
		'field.improve.reviewTriggers': 'Hvad der udløser en tidligere gennemgang',
		'actions.heading': 'Handlinger',
		'actions.add': 'Tilføj handling',
		'actions.fromOpportunity': 'Lav handlinger ud fra muligheder uden en',
		'field.action.title': 'Handling',
		'field.action.owner': 'Ansvarlig',
		'field.action.due': 'Frist',
		'field.action.status': 'Status',
		'actionStatus.todo': 'Ikke startet',
		'actionStatus.doing': 'I gang',
		'actionStatus.done': 'Færdig'
	},
	sv: {
		'step.improve.title': 'Fortsätt förbättra',
		'step.improve.purpose':
			'En karta som ingen underhåller blir snabbt inaktuell. Bestäm hur återkopplingen ska fortsätta komma in och vem som gör vad härnäst.',
		'step.improve.prompt1': 'Hur ser vi till att vi fortsätter att höra från kunderna?',
		'step.improve.prompt2': 'När tittar vi på kartan igen?',
		'step.improve.prompt3': 'Vem gör vad, och när ska det vara klart?',
		'warn.improve.noActions': 'Inga åtgärder än. En karta utan åtgärder förändrar ingenting.',
		'warn.improve.noReviewDate': 'Bestäm ett datum då ni går igenom kartan igen.',
		'field.improve.feedback': 'Så fortsätter återkopplingen att komma in',
		'field.improve.measures': 'Mått vi följer',
		'field.improve.reviewDate': 'Nästa genomgång av kartan',
		'field.improve.reviewTriggers': 'Vad som gör att vi går igenom den tidigare',
		'actions.heading': 'Åtgärder',
		'actions.add': 'Lägg till åtgärd',
		'actions.fromOpportunity': 'Skapa åtgärder från möjligheter som saknar en',
		'field.action.title': 'Åtgärd',
		'field.action.owner': 'Ansvarig',
		'field.action.due': 'Klart senast',
		'field.action.status': 'Status',
		'actionStatus.todo': 'Att göra',
		'actionStatus.doing': 'Pågår',
		'actionStatus.done': 'Klar'
	}
});
