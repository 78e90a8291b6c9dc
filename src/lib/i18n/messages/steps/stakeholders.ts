// Step 2 “Everyone involved”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const stakeholders = defineMessages({
	en: {
		'step.stakeholders.title': 'Everyone involved',
		'step.stakeholders.purpose':
			'The experience is a shared job. List everyone who delivers a part of it, front stage and back stage.',
		'step.stakeholders.prompt1': 'Who does the customer meet along the way?',
		'step.stakeholders.prompt2': 'Who works behind the scenes to make it happen?',
		'step.stakeholders.prompt3': 'Who is missing from this room today?',
		'warn.stakeholders.fewerThanTwo':
			'A journey is rarely delivered by fewer than two people. Who else is involved?',
		'stakeholders.heading': 'Stakeholders',
		'stakeholders.add': 'Add stakeholder',
		'field.stakeholder.name': 'Name',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Role in the journey',
		'field.stakeholder.stage': 'Stage',
		'field.stakeholder.attends': 'Takes part in the workshop',
		'stage.front': 'Front stage (meets the customer)',
		'stage.back': 'Back stage (behind the scenes)'
	},
	da: {
		'step.stakeholders.title': 'Alle involverede',
		'step.stakeholders.purpose':
			'Kundeoplevelsen er et fælles ansvar. Skriv alle op, der leverer en del af den — foran og bag kulissen.',
		'step.stakeholders.prompt1': 'Hvem møder kunden undervejs?',
		'step.stakeholders.prompt2': 'Hvem arbejder bag kulissen for at få det til at ske?',
		'step.stakeholders.prompt3': 'Hvem mangler i rummet i dag?',
		'warn.stakeholders.fewerThanTwo':
			'En kunderejse leveres sjældent af under to personer. Hvem er ellers med?',
		'stakeholders.heading': 'Interessenter',
		'stakeholders.add': 'Tilføj interessent',
		'field.stakeholder.name': 'Navn',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Rolle i rejsen',
		'field.stakeholder.stage': 'Placering',
		'field.stakeholder.attends': 'Deltager i workshoppen',
		'stage.front': 'Foran kulissen (møder kunden)',
		'stage.back': 'Bag kulissen'
	},
	sv: {
		'step.stakeholders.title': 'Alla inblandade',
		'step.stakeholders.purpose':
			'Upplevelsen är ett gemensamt ansvar. Lista alla som levererar någon del av den, både de som möter kunden och de som jobbar bakom kulisserna.',
		'step.stakeholders.prompt1': 'Vilka möter kunden längs vägen?',
		'step.stakeholders.prompt2': 'Vilka jobbar bakom kulisserna för att det ska fungera?',
		'step.stakeholders.prompt3': 'Vem saknas i rummet i dag?',
		'warn.stakeholders.fewerThanTwo':
			'En kundresa levereras sällan av färre än två personer. Vilka fler är inblandade?',
		'stakeholders.heading': 'Intressenter',
		'stakeholders.add': 'Lägg till intressent',
		'field.stakeholder.name': 'Namn',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Roll i kundresan',
		'field.stakeholder.stage': 'Front stage eller back stage',
		'field.stakeholder.attends': 'Deltar i workshoppen',
		'stage.front': 'Front stage (möter kunden)',
		'stage.back': 'Back stage (bakom kulisserna)'
	}
});
