// Step 3 “Desired experience”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const experience = defineMessages({
	en: {
		'warn.experience.noAmbitionChosen':
			'Choose one of the ambitions — the room needs one direction.',
		'warn.experience.vagueStatements':
			'Some statements are vague. Add a number, a deadline or an “always/never” so they can be checked.',
		'step.experience.title': 'Desired experience',
		'step.experience.purpose':
			'Decide what experience you want to give, and make it concrete enough to measure.',
		'step.experience.prompt1': 'What should the customer say about this journey a year from now?',
		'step.experience.prompt2': 'What is realistic for our teams to deliver?',
		'step.experience.prompt3': 'How will we know we got there?',
		'field.experience.vision': 'Vision',
		'field.experience.ambition': 'Chosen ambition',
		'field.experience.statements': 'Experience statements',
		'field.experience.statement': 'Statement {n}',
		'field.experience.successMeasure': 'How success is measured',
		'experience.addStatement': 'Add statement'
	},
	da: {
		'warn.experience.noAmbitionChosen': 'Vælg en af ambitionerne — rummet har brug for én retning.',
		'warn.experience.vagueStatements':
			'Nogle udsagn er for vage. Tilføj et tal, en frist eller et “altid/aldrig”, så de kan måles.',
		'step.experience.title': 'Ønsket oplevelse',
		'step.experience.purpose':
			'Beslut, hvilken oplevelse I vil give, og gør den så konkret, at den kan måles.',
		'step.experience.prompt1': 'Hvad skal kunden sige om rejsen om et år?',
		'step.experience.prompt2': 'Hvad er realistisk for vores teams at levere?',
		'step.experience.prompt3': 'Hvordan ved vi, at vi er nået i mål?',
		'field.experience.vision': 'Vision',
		'field.experience.ambition': 'Valgt ambition',
		'field.experience.statements': 'Oplevelsesudsagn',
		'field.experience.statement': 'Udsagn {n}',
		'field.experience.successMeasure': 'Sådan måler vi succes',
		'experience.addStatement': 'Tilføj udsagn'
	},
	sv: {
		'warn.experience.noAmbitionChosen': 'Välj en av ambitionerna — rummet behöver en riktning.',
		'warn.experience.vagueStatements':
			'Några påståenden är för vaga. Lägg till en siffra, en tidsgräns eller ett “alltid/aldrig” så att de går att mäta.',
		'step.experience.title': 'Önskad upplevelse',
		'step.experience.purpose':
			'Bestäm vilken upplevelse ni vill ge, och gör den så konkret att den går att mäta.',
		'step.experience.prompt1': 'Vad ska kunden säga om den här resan om ett år?',
		'step.experience.prompt2': 'Vad är realistiskt för våra team att leverera?',
		'step.experience.prompt3': 'Hur vet vi att vi har kommit dit?',
		'field.experience.vision': 'Vision',
		'field.experience.ambition': 'Vald ambition',
		'field.experience.statements': 'Upplevelsen, konkret',
		'field.experience.statement': 'Påstående {n}',
		'field.experience.successMeasure': 'Så mäter vi framgång',
		'experience.addStatement': 'Lägg till påstående'
	}
});
