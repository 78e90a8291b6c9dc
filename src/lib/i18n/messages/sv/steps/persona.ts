// Step 4 “Persona”: the words on its screen in Swedish.
// The keys are the English file's (steps/persona.ts); the compiler checks both have the same.
import type { persona as english } from '../../en/steps/persona';

export const persona = {
	'step.persona.title': 'Persona',
	'step.persona.purpose':
		'Beskriv den typiska kunden på den här resan, så att gruppen designar för en människa och inte för ”användare”.',
	'step.persona.prompt1': 'Vem brukar påbörja den här resan, och vad jobbar de med?',
	'step.persona.prompt2': 'Ringer de helst, mejlar de eller går de in i portalen?',
	'step.persona.prompt3': 'Vad förväntar de sig av oss – och vad ska bara vara klart från början?',
	'step.persona.prompt4': 'Vad vill de åstadkomma, och vad står i vägen?',
	'step.persona.prompt5': 'Vad skulle de säga om oss vid kaffeautomaten?',
	'step.persona.tip':
		'Börja med en persona: den kund ni oftast möter på den här resan. Lägg bara till fler när kunderna verkligen skiljer sig åt. Låt gruppen välja namnet – ett namn som alla använder håller kunden kvar i samtalet.',
	'warn.persona.noPrimaryName': 'Ge den primära personan ett namn.',
	'personas.add': 'Lägg till persona',
	'personas.list': 'Personas',
	'personas.empty': 'Inga personas än. Lägg till den typiska kunden på den här resan.',
	'field.persona.name': 'Namn',
	'field.persona.jobTitle': 'Yrkesroll',
	'field.persona.channel': 'Föredragen kanal',
	'field.persona.channelOther': 'Vilken kanal?',
	'field.persona.expectations': 'Förväntningar',
	'field.persona.needs': 'Behov',
	'field.persona.needsHint': 'T.ex. vilka program – och ska de vara förinstallerade?',
	'field.persona.goals': 'Mål',
	'field.persona.frustrations': 'Frustrationer',
	'field.persona.quote': 'Citat',
	'field.persona.quoteHint': 'Något de kan tänkas säga, med sina egna ord.',
	'field.persona.colour': 'Avatarfärg',
	'persona.isPrimary': 'Primär persona',
	'persona.makePrimary': 'Gör till primär',
	'persona.edit': 'Redigera',
	'persona.done': 'Klar',
	'persona.numbered': 'Persona {n}',
	'persona.unnamed': 'Inget namn än',
	'persona.noDetails': 'Inget skrivet än. Välj ”Redigera” för att beskriva personan.',
	'persona.quoted': '”{quote}”',
	'persona.colour.blue': 'Blå',
	'persona.colour.green': 'Grön',
	'persona.colour.purple': 'Lila',
	'persona.colour.red': 'Röd',
	'persona.colour.teal': 'Blågrön',
	'persona.colour.orange': 'Orange',
	'persona.colour.pink': 'Rosa',
	'persona.colour.grey': 'Grå'
} satisfies Record<keyof typeof english, string>;
