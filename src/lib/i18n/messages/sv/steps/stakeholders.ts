// Step 2 “Everyone involved”: the words on its screen in Swedish.
// The keys are the English file's (steps/stakeholders.ts); the compiler checks both have the same.
import type { stakeholders as english } from '../../en/steps/stakeholders';

export const stakeholders = {
	'step.stakeholders.title': 'Alla inblandade',
	'step.stakeholders.purpose':
		'Upplevelsen är ett gemensamt ansvar. Lista alla som levererar någon del av den, både de som möter kunden och de som jobbar bakom kulisserna.',
	'step.stakeholders.prompt1': 'Vilka möter kunden längs vägen?',
	'step.stakeholders.prompt2':
		'Vilka jobbar bakom kulisserna för att det ska fungera – hårdvara, inköp, ekonomi?',
	'step.stakeholders.prompt3': 'Var skickas kunden vidare från ett team till ett annat?',
	'step.stakeholders.prompt4': 'Vem saknas i rummet i dag?',
	'step.stakeholders.prompt5': 'Vem kan ändra på saker när vi senare hittar en lågpunkt?',
	'step.stakeholders.tip':
		'Be alla i rummet att först skriva upp sig själva och sedan de kollegor de lämnar över arbetet till. Teamen bakom kulisserna glöms lätt bort, och det är ofta hos dem som kunden får vänta.',
	'warn.stakeholders.fewerThanTwo':
		'En kundresa levereras sällan av färre än två personer. Vem mer är inblandad?',
	'stakeholders.heading': 'Intressenter',
	'stakeholders.add': 'Lägg till intressent',
	'stakeholders.overview': 'Vilka är inblandade',
	'stakeholders.attending': '{n} av {total} deltar i workshoppen',
	'stakeholders.front': 'Frontstage · {n}',
	'stakeholders.back': 'Backstage · {n}',
	'stakeholders.frontHint': 'Möter kunden',
	'stakeholders.backHint': 'Jobbar bakom kulisserna',
	'stakeholders.nobody': 'Ingen än',
	'stakeholders.inRoom': 'Deltar',
	'stakeholders.owns': 'Ansvarig för {list}',
	'stakeholders.touchpoints.one': '{n} beröringspunkt',
	'stakeholders.touchpoints.other': '{n} beröringspunkter',
	'stakeholders.opportunities.one': '{n} möjlighet',
	'stakeholders.opportunities.other': '{n} möjligheter',
	'field.stakeholder.name': 'Namn',
	'field.stakeholder.team': 'Team',
	'field.stakeholder.role': 'Roll i kundresan',
	'field.stakeholder.stage': 'Frontstage eller backstage',
	'field.stakeholder.attends': 'Deltar i workshoppen',
	'stage.front': 'Frontstage',
	'stage.back': 'Backstage'
} satisfies Record<keyof typeof english, string>;
