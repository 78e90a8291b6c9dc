// Step 4 “Persona”: the words on its screen in Danish.
// The keys are the English file's (steps/persona.ts); the compiler checks both have the same.
import type { persona as english } from '../../en/steps/persona';

export const persona = {
	'step.persona.title': 'Persona',
	'step.persona.purpose':
		'Beskriv den typiske kunde på denne rejse, så rummet designer til et menneske og ikke til “brugere”.',
	'step.persona.prompt1': 'Hvem starter typisk denne rejse, og hvad arbejder de med?',
	'step.persona.prompt2': 'Ringer de helst, skriver de en mail, eller bruger de portalen?',
	'step.persona.prompt3': 'Hvad forventer de af os – og hvad skal bare være på plads fra start?',
	'step.persona.prompt4': 'Hvad vil de gerne nå, og hvad står i vejen?',
	'step.persona.prompt5': 'Hvad ville de sige om os over en kop kaffe?',
	'step.persona.tip':
		'Start med én persona: den kunde, I oftest møder på denne rejse. Tilføj kun flere, når kunderne er meget forskellige. Lad rummet vælge navnet – et navn, som alle gentager, holder kunden med i samtalen.',
	'warn.persona.noPrimaryName': 'Giv den primære persona et navn.',
	'personas.add': 'Tilføj persona',
	'personas.list': 'Personaer',
	'personas.empty': 'Ingen personaer endnu. Tilføj den typiske kunde på denne rejse.',
	'field.persona.name': 'Navn',
	'field.persona.jobTitle': 'Jobtitel',
	'field.persona.channel': 'Foretrukken kanal',
	'field.persona.channelOther': 'Hvilken kanal?',
	'field.persona.expectations': 'Forventninger',
	'field.persona.needs': 'Behov',
	'field.persona.needsHint': 'Fx hvilken software – og skal den være installeret på forhånd?',
	'field.persona.goals': 'Mål',
	'field.persona.frustrations': 'Frustrationer',
	'field.persona.quote': 'Citat',
	'field.persona.quoteHint': 'Noget, de kunne finde på at sige, med deres egne ord.',
	'field.persona.colour': 'Farve på avatar',
	'persona.isPrimary': 'Primær persona',
	'persona.makePrimary': 'Gør til primær',
	'persona.edit': 'Redigér',
	'persona.done': 'Færdig',
	'persona.numbered': 'Persona {n}',
	'persona.unnamed': 'Intet navn endnu',
	'persona.noDetails': 'Intet skrevet endnu. Vælg “Redigér” for at beskrive personaen.',
	'persona.quoted': '“{quote}”',
	'persona.colour.blue': 'Blå',
	'persona.colour.green': 'Grøn',
	'persona.colour.purple': 'Lilla',
	'persona.colour.red': 'Rød',
	'persona.colour.teal': 'Blågrøn',
	'persona.colour.orange': 'Orange',
	'persona.colour.pink': 'Lyserød',
	'persona.colour.grey': 'Grå'
} satisfies Record<keyof typeof english, string>;
