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
		'step.journey.prompt4': 'Who is the customer here: a colleague, a consumer or a business?',
		'step.journey.prompt5': 'What should this map help the business achieve?',
		'step.journey.tip':
			'Pick a journey narrow enough to finish today. If the room disagrees on where it starts or ends, write both down and keep the one the customer would recognise.',
		'field.facilitator': 'Facilitator',
		'field.date': 'Workshop date',
		'field.journey.name': 'Journey name',
		'field.journey.nameHint': 'For example: an employee orders a new laptop.',
		'field.journey.nameRequired': 'Give the journey a name — every other step builds on it.',
		'field.journey.segment': 'Customer segment',
		'field.journey.trigger': 'Where it starts (the trigger)',
		'field.journey.triggerHint':
			'The moment the customer needs something, e.g. a new colleague starts on Monday.',
		'field.journey.end': 'Where it ends',
		'field.journey.endHint':
			'After aftercare, not at delivery: include the first days of use and getting help.',
		'field.journey.lifecycle': 'Part of the customer lifecycle it covers',
		'field.journey.lifecycleHint': 'Choose every part the journey touches.',
		'field.journey.businessGoal': 'Business goal the map should serve',
		'field.journey.businessGoalHint':
			'What should change for the business, e.g. fewer calls to the service desk.',
		'segment.none': 'Choose…',
		'segment.internal': 'Internal customers',
		'segment.b2c': 'Consumers (B2C)',
		'segment.b2b': 'Businesses (B2B)',
		'segment.internalHint':
			'Colleagues are the customers. They cannot go elsewhere, so their frustration is easy to overlook.',
		'segment.b2cHint':
			'Usually one person decides, often quickly and alone, so every touchpoint has to work on its own.',
		'segment.b2bHint':
			'Expect a longer journey: several people decide, lead times are long and getting started can take months.',
		'lifecycle.aware': 'Becoming aware',
		'lifecycle.consider': 'Comparing and choosing',
		'lifecycle.buy': 'Buying or ordering',
		'lifecycle.onboard': 'Getting started',
		'lifecycle.use': 'Everyday use',
		'lifecycle.support': 'Getting help',
		'lifecycle.renew': 'Renewing or leaving'
	},
	da: {
		'step.journey.title': 'Én kunderejse',
		'step.journey.purpose':
			'Vælg én kunderejse at kortlægge først, og bliv enige om, hvor den starter, og hvor den reelt slutter.',
		'step.journey.prompt1': 'Hvilken rejse klager vores kunder mest over — eller roser mest?',
		'step.journey.prompt2': 'Hvad får kunden til at gå i gang med rejsen?',
		'step.journey.prompt3':
			'Hvornår er den helt slut for kunden — efter opfølgningen, ikke ved leveringen?',
		'step.journey.prompt4': 'Hvem er kunden her: en kollega, en forbruger eller en virksomhed?',
		'step.journey.prompt5': 'Hvad skal kortet hjælpe forretningen med at opnå?',
		'step.journey.tip':
			'Vælg en rejse, der er smal nok til at blive færdig i dag. Er rummet uenigt om, hvor den starter eller slutter, så skriv begge dele op, og behold den, kunden selv ville genkende.',
		'field.facilitator': 'Facilitator',
		'field.date': 'Dato for workshoppen',
		'field.journey.name': 'Kunderejsens navn',
		'field.journey.nameHint': 'For eksempel: en medarbejder bestiller en ny bærbar computer.',
		'field.journey.nameRequired': 'Giv kunderejsen et navn — alle de andre trin bygger på den.',
		'field.journey.segment': 'Kundesegment',
		'field.journey.trigger': 'Hvor den starter (udløseren)',
		'field.journey.triggerHint':
			'Øjeblikket, hvor kunden får brug for noget, f.eks. når en ny kollega starter på mandag.',
		'field.journey.end': 'Hvor den slutter',
		'field.journey.endHint':
			'Efter opfølgningen, ikke ved leveringen: tag de første dages brug og hjælp med.',
		'field.journey.lifecycle': 'Den del af kundens livscyklus, rejsen dækker',
		'field.journey.lifecycleHint': 'Vælg alle de dele, rejsen berører.',
		'field.journey.businessGoal': 'Forretningsmålet, kortet skal understøtte',
		'field.journey.businessGoalHint':
			'Hvad skal ændre sig for forretningen, f.eks. færre opkald til servicedesken.',
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
	},
	sv: {
		'step.journey.title': 'En kundresa',
		'step.journey.purpose':
			'Välj en enda kundresa att kartlägga först, och bestäm var den börjar och var den egentligen slutar.',
		'step.journey.prompt1': 'Vilken kundresa klagar kunderna mest på, eller berömmer mest?',
		'step.journey.prompt2': 'Vad får kunden att påbörja den här resan?',
		'step.journey.prompt3':
			'När är resan verkligen över för kunden — efter uppföljningen, inte vid leveransen?',
		'step.journey.prompt4': 'Vem är kunden här: en kollega, en konsument eller ett företag?',
		'step.journey.prompt5': 'Vad ska kartan hjälpa verksamheten att uppnå?',
		'step.journey.tip':
			'Välj en resa som är smal nog att bli klar i dag. Om rummet inte är överens om var den börjar eller slutar, skriv upp båda och behåll den som kunden själv skulle känna igen.',
		'field.facilitator': 'Facilitator',
		'field.date': 'Datum för workshoppen',
		'field.journey.name': 'Kundresans namn',
		'field.journey.nameHint': 'Till exempel: en medarbetare beställer en ny bärbar dator.',
		'field.journey.nameRequired': 'Ge kundresan ett namn — alla andra steg bygger på den.',
		'field.journey.segment': 'Kundsegment',
		'field.journey.trigger': 'Var den börjar (vad som sätter i gång den)',
		'field.journey.triggerHint':
			'Ögonblicket då kunden behöver något, t.ex. när en ny kollega börjar på måndag.',
		'field.journey.end': 'Var den slutar',
		'field.journey.endHint':
			'Efter uppföljningen, inte vid leveransen: ta med de första dagarnas användning och hjälp.',
		'field.journey.lifecycle': 'Den del av kundens livscykel som resan täcker',
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
			'Oftast bestämmer en person, ofta snabbt och ensam, så varje beröringspunkt måste fungera på egen hand.',
		'segment.b2bHint':
			'Räkna med en längre resa: fler personer är med och beslutar, ledtiderna är långa och det kan ta månader att komma igång.',
		'lifecycle.aware': 'Blir medveten',
		'lifecycle.consider': 'Jämför och väljer',
		'lifecycle.buy': 'Köper eller beställer',
		'lifecycle.onboard': 'Kommer igång',
		'lifecycle.use': 'Vardaglig användning',
		'lifecycle.support': 'Får hjälp',
		'lifecycle.renew': 'Förnyar eller lämnar'
	}
});
