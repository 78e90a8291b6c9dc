// Step 1 “One journey”: the words on its screen in Swedish.
// The keys are the English file's (steps/journey.ts); the compiler checks both have the same.
import type { journey as english } from '../../en/steps/journey';

export const journey = {
	'step.journey.title': 'En kundresa',
	'step.journey.purpose':
		'Välj en enda kundresa att kartlägga först och bestäm var den börjar och var den verkligen slutar.',
	'step.journey.prompt1': 'Vilken kundresa klagar kunderna mest på, eller berömmer mest?',
	'step.journey.prompt2': 'Vad får kunden att påbörja den här resan?',
	'step.journey.prompt3':
		'När är resan verkligen över för kunden – efter uppföljningen, inte vid leveransen?',
	'step.journey.prompt4': 'Vem är kunden här: en kollega, en konsument eller ett företag?',
	'step.journey.prompt5': 'Vad ska kartan hjälpa verksamheten att uppnå?',
	'step.journey.tip':
		'Välj en resa som är så avgränsad att ni hinner bli klara i dag. Om gruppen inte är överens om var den börjar eller slutar, skriv upp båda och behåll den som kunden själv skulle känna igen.',
	'field.facilitator': 'Facilitator',
	'field.date': 'Datum för workshoppen',
	'field.journey.name': 'Kundresans namn',
	'field.journey.nameHint': 'Till exempel: en medarbetare beställer en ny bärbar dator.',
	'field.journey.nameRequired': 'Ge kundresan ett namn – alla andra steg bygger på den.',
	'field.journey.segment': 'Kundsegment',
	'field.journey.trigger': 'Var den börjar (vad som sätter i gång den)',
	'field.journey.triggerHint':
		'Ögonblicket då kunden behöver något, t.ex. när en ny kollega börjar på måndag.',
	'field.journey.end': 'Var den slutar',
	'field.journey.endHint':
		'Efter uppföljningen, inte vid leveransen: ta med de första dagarnas användning och den hjälp kunden får.',
	'field.journey.lifecycle': 'Del av kundens livscykel som resan täcker',
	'field.journey.lifecycleHint': 'Välj alla delar som resan berör.',
	'field.journey.businessGoal': 'Affärsmål som kartan ska stödja',
	'field.journey.businessGoalHint':
		'Vad ska bli annorlunda för verksamheten, t.ex. färre samtal till servicedesken.',
	'segment.none': 'Välj…',
	'segment.internal': 'Interna kunder',
	'segment.b2c': 'Konsumenter (B2C)',
	'segment.b2b': 'Företag (B2B)',
	'segment.internalHint':
		'Kollegorna är kunderna. De kan inte gå någon annanstans, så deras frustration är lätt att missa.',
	'segment.b2cHint':
		'Oftast bestämmer en person, snabbt och på egen hand, så varje beröringspunkt måste fungera för sig.',
	'segment.b2bHint':
		'Räkna med en längre resa: fler personer är med och beslutar, ledtiderna är långa och det kan ta månader att komma igång.',
	'lifecycle.aware': 'Blir medveten',
	'lifecycle.consider': 'Jämför och väljer',
	'lifecycle.buy': 'Köper eller beställer',
	'lifecycle.onboard': 'Kommer igång',
	'lifecycle.use': 'Använder i vardagen',
	'lifecycle.support': 'Får hjälp',
	'lifecycle.renew': 'Förnyar eller lämnar'
} satisfies Record<keyof typeof english, string>;
