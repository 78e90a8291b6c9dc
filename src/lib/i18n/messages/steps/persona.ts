// Step 4 “Persona”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const persona = defineMessages({
	en: {
		'step.persona.title': 'Persona',
		'step.persona.purpose':
			'Describe the typical customer of this journey, so the room designs for a person, not for “users”.',
		'step.persona.prompt1': 'Who usually goes through this journey?',
		'step.persona.prompt2': 'What do they expect, and what would they rather not do themselves?',
		'step.persona.prompt3': 'What frustrates them today?',
		'warn.persona.noPrimaryName': 'Give the primary persona a name.',
		'personas.add': 'Add persona',
		'field.persona.primary': 'Primary persona for this journey',
		'field.persona.name': 'Name',
		'field.persona.jobTitle': 'Job title',
		'field.persona.channel': 'Preferred channel',
		'field.persona.expectations': 'Expectations',
		'field.persona.needs': 'Needs',
		'field.persona.goals': 'Goals',
		'field.persona.frustrations': 'Frustrations'
	},
	da: {
		'step.persona.title': 'Persona',
		'step.persona.purpose':
			'Beskriv den typiske kunde på denne rejse, så rummet designer til et menneske og ikke til “brugere”.',
		'step.persona.prompt1': 'Hvem går typisk igennem denne rejse?',
		'step.persona.prompt2': 'Hvad forventer de, og hvad vil de helst slippe for selv at gøre?',
		'step.persona.prompt3': 'Hvad frustrerer dem i dag?',
		'warn.persona.noPrimaryName': 'Giv den primære persona et navn.',
		'personas.add': 'Tilføj persona',
		'field.persona.primary': 'Primær persona for denne rejse',
		'field.persona.name': 'Navn',
		'field.persona.jobTitle': 'Jobtitel',
		'field.persona.channel': 'Foretrukken kanal',
		'field.persona.expectations': 'Forventninger',
		'field.persona.needs': 'Behov',
		'field.persona.goals': 'Mål',
		'field.persona.frustrations': 'Frustrationer'
	},
	sv: {
		'step.persona.title': 'Persona',
		'step.persona.purpose':
			'Beskriv den typiska kunden på den här resan, så att gruppen designar för en människa och inte för ”användare”.',
		'step.persona.prompt1': 'Vem brukar gå igenom den här resan?',
		'step.persona.prompt2': 'Vad förväntar de sig, och vad vill de helst slippa göra själva?',
		'step.persona.prompt3': 'Vad frustrerar dem i dag?',
		'warn.persona.noPrimaryName': 'Ge den primära personan ett namn.',
		'personas.add': 'Lägg till persona',
		'field.persona.primary': 'Primär persona för den här kundresan',
		'field.persona.name': 'Namn',
		'field.persona.jobTitle': 'Befattning',
		'field.persona.channel': 'Föredragen kanal',
		'field.persona.expectations': 'Förväntningar',
		'field.persona.needs': 'Behov',
		'field.persona.goals': 'Mål',
		'field.persona.frustrations': 'Frustrationer'
	}
});
