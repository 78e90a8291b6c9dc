// Step 1 “One journey”: the words on its screen in Danish.
// The keys are the English file's (steps/journey.ts); the compiler checks both have the same.
import type { journey as english } from '../../en/steps/journey';

export const journey = {
	'step.journey.title': 'Én kunderejse',
	'step.journey.purpose':
		'Vælg én kunderejse at kortlægge først, og bliv enige om, hvor den starter, og hvor den reelt slutter.',
	'step.journey.prompt1': 'Hvilken rejse klager kunderne mest over – eller roser de mest?',
	'step.journey.prompt2': 'Hvad får kunden til at gå i gang med rejsen?',
	'step.journey.prompt3':
		'Hvornår er den helt slut for kunden – efter opfølgningen, ikke ved leveringen?',
	'step.journey.prompt4': 'Hvem er kunden her: en kollega, en forbruger eller en virksomhed?',
	'step.journey.prompt5': 'Hvad skal kortet hjælpe forretningen med at opnå?',
	'step.journey.tip':
		'Vælg en rejse, der er så afgrænset, at I kan nå den i dag. Er rummet uenigt om, hvor den starter eller slutter, så skriv begge bud op, og behold det, kunden selv ville genkende.',
	'field.facilitator': 'Facilitator',
	'field.date': 'Dato for workshoppen',
	'field.journey.name': 'Kunderejsens navn',
	'field.journey.nameHint': 'For eksempel: en medarbejder bestiller en ny bærbar computer.',
	'field.journey.nameRequired': 'Giv kunderejsen et navn – alle de andre trin bygger på den.',
	'field.journey.segment': 'Kundesegment',
	'field.journey.trigger': 'Hvor den starter (udløseren)',
	'field.journey.triggerHint':
		'Øjeblikket, hvor kunden får brug for noget, fx når en ny kollega starter på mandag.',
	'field.journey.end': 'Hvor den slutter',
	'field.journey.endHint':
		'Efter opfølgningen, ikke ved leveringen: tag de første dages brug og hjælp med.',
	'field.journey.lifecycle': 'Den del af kundens livscyklus, rejsen dækker',
	'field.journey.lifecycleHint': 'Vælg alle de dele, rejsen berører.',
	'field.journey.businessGoal': 'Forretningsmålet, kortet skal understøtte',
	'field.journey.businessGoalHint':
		'Hvad skal ændre sig for forretningen, fx færre opkald til servicedesken.',
	'segment.none': 'Vælg…',
	'segment.internal': 'Interne kunder',
	'segment.b2c': 'Forbrugere (B2C)',
	'segment.b2b': 'Virksomheder (B2B)',
	'segment.internalHint':
		'Kollegerne er kunderne. De kan ikke gå andre steder hen, så deres frustration bliver let overset.',
	'segment.b2cHint':
		'Som regel beslutter én person, ofte hurtigt og alene, så hvert kontaktpunkt skal fungere for sig.',
	'segment.b2bHint':
		'Regn med en længere rejse: flere personer beslutter, ledetiderne er lange, og det kan tage måneder at komme i gang.',
	'lifecycle.aware': 'Bliver opmærksom',
	'lifecycle.consider': 'Sammenligner og vælger',
	'lifecycle.buy': 'Køber eller bestiller',
	'lifecycle.onboard': 'Kommer i gang',
	'lifecycle.use': 'Daglig brug',
	'lifecycle.support': 'Får hjælp',
	'lifecycle.renew': 'Fornyer eller stopper'
} satisfies Record<keyof typeof english, string>;
