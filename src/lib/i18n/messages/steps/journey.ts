// Step 1 “One journey”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const journey = defineMessages({
	en: {
		'step.journey.title': 'One journey',
		'step.journey.purpose':
			'Choose a single journey to map first, and say where it starts and where it really ends.',
		'step.journey.prompt1': 'Which journey do our customers complain about, or praise, the most?',
		'step.journey.prompt2': 'What makes the customer start this journey?',
		'step.journey.prompt3': 'When is it truly over for them — after aftercare, not at delivery?',
		'field.facilitator': 'Facilitator',
		'field.date': 'Workshop date',
		'field.journey.name': 'Journey name',
		'field.journey.segment': 'Customer segment',
		'field.journey.trigger': 'Where it starts (the trigger)',
		'field.journey.end': 'Where it ends',
		'field.journey.businessGoal': 'Business goal the map should serve',
		'segment.none': 'Choose…',
		'segment.internal': 'Internal customers',
		'segment.b2c': 'Consumers (B2C)',
		'segment.b2b': 'Businesses (B2B)',
		'segment.b2bHint': 'B2B journeys are longer and more people take part in the decision.'
	},
	da: {
		'step.journey.title': 'Én kunderejse',
		'step.journey.purpose':
			'Vælg én kunderejse at kortlægge først, og bliv enige om, hvor den starter, og hvor den reelt slutter.',
		'step.journey.prompt1': 'Hvilken rejse klager vores kunder mest over — eller roser mest?',
		'step.journey.prompt2': 'Hvad får kunden til at gå i gang med rejsen?',
		'step.journey.prompt3':
			'Hvornår er den helt slut for kunden — efter opfølgningen, ikke ved leveringen?',
		'field.facilitator': 'Facilitator',
		'field.date': 'Dato for workshoppen',
		'field.journey.name': 'Kunderejsens navn',
		'field.journey.segment': 'Kundesegment',
		'field.journey.trigger': 'Hvor den starter (udløseren)',
		'field.journey.end': 'Hvor den slutter',
		'field.journey.businessGoal': 'Forretningsmålet, kortet skal understøtte',
		'segment.none': 'Vælg…',
		'segment.internal': 'Interne kunder',
		'segment.b2c': 'Forbrugere (B2C)',
		'segment.b2b': 'Virksomheder (B2B)',
		'segment.b2bHint': 'B2B-rejser er længere, og flere personer er med til at beslutte.'
	},
	sv: {
		'step.journey.title': 'En kundresa',
		'step.journey.purpose':
			'Välj en enda kundresa att kartlägga först, och bestäm var den börjar och var den egentligen slutar.',
		'step.journey.prompt1': 'Vilken kundresa klagar kunderna mest på, eller berömmer mest?',
		'step.journey.prompt2': 'Vad får kunden att påbörja den här resan?',
		'step.journey.prompt3':
			'När är resan verkligen över för kunden — efter uppföljningen, inte vid leveransen?',
		'field.facilitator': 'Facilitator',
		'field.date': 'Datum för workshoppen',
		'field.journey.name': 'Kundresans namn',
		'field.journey.segment': 'Kundsegment',
		'field.journey.trigger': 'Var den börjar (vad som sätter i gång den)',
		'field.journey.end': 'Var den slutar',
		'field.journey.businessGoal': 'Affärsmål som kartan ska stödja',
		'segment.none': 'Välj…',
		'segment.internal': 'Interna kunder',
		'segment.b2c': 'Konsumenter (B2C)',
		'segment.b2b': 'Företag (B2B)',
		'segment.b2bHint': 'B2B-resor är längre, och fler personer är med och fattar beslutet.'
	}
});
