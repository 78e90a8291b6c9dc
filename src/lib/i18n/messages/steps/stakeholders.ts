// Step 2 “Everyone involved”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const stakeholders = defineMessages({
	en: {
		'step.stakeholders.title': 'Everyone involved',
		'step.stakeholders.purpose':
			'The experience is a shared job. List everyone who delivers a part of it, front stage and back stage.',
		'step.stakeholders.prompt1': 'Who does the customer meet along the way?',
		'step.stakeholders.prompt2':
			'Who works behind the scenes to make it happen — hardware, purchasing, finance?',
		'step.stakeholders.prompt3': 'Where is the customer handed over from one team to another?',
		'step.stakeholders.prompt4': 'Who is missing from this room today?',
		'step.stakeholders.prompt5': 'Who could change things when we find a low point later?',
		'step.stakeholders.tip':
			'Ask everyone in the room to add themselves first, then the colleagues they hand work to. Back-stage teams are easy to forget, and they often own the waiting the customer feels.',
		'warn.stakeholders.fewerThanTwo':
			'A journey is rarely delivered by fewer than two people. Who else is involved?',
		'stakeholders.heading': 'Stakeholders',
		'stakeholders.add': 'Add stakeholder',
		'stakeholders.overview': 'Who is involved',
		'stakeholders.attending': '{n} of {total} take part in the workshop',
		'stakeholders.front': 'Front stage · {n}',
		'stakeholders.back': 'Back stage · {n}',
		'stakeholders.frontHint': 'Meets the customer',
		'stakeholders.backHint': 'Works behind the scenes',
		'stakeholders.nobody': 'No one yet',
		'stakeholders.inRoom': 'In the room',
		'stakeholders.owns': 'Owner of {list}',
		'stakeholders.touchpoints.one': '{n} touchpoint',
		'stakeholders.touchpoints.other': '{n} touchpoints',
		'stakeholders.opportunities.one': '{n} opportunity',
		'stakeholders.opportunities.other': '{n} opportunities',
		'field.stakeholder.name': 'Name',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Role in the journey',
		'field.stakeholder.stage': 'Front or back stage',
		'field.stakeholder.attends': 'Takes part in the workshop',
		'stage.front': 'Front stage',
		'stage.back': 'Back stage'
	},
	da: {
		'step.stakeholders.title': 'Alle involverede',
		'step.stakeholders.purpose':
			'Kundeoplevelsen er et fælles ansvar. Skriv alle op, der leverer en del af den — foran og bag kulissen.',
		'step.stakeholders.prompt1': 'Hvem møder kunden undervejs?',
		'step.stakeholders.prompt2':
			'Hvem arbejder bag kulissen for at få det til at ske — hardware, indkøb, økonomi?',
		'step.stakeholders.prompt3': 'Hvor bliver kunden sendt videre fra ét team til et andet?',
		'step.stakeholders.prompt4': 'Hvem mangler i rummet i dag?',
		'step.stakeholders.prompt5': 'Hvem kan ændre noget, når vi senere finder et lavpunkt?',
		'step.stakeholders.tip':
			'Bed alle i rummet om først at skrive sig selv på og derefter de kolleger, de giver opgaven videre til. Teams bag kulissen bliver let glemt, og det er ofte dem, der ejer den ventetid, kunden mærker.',
		'warn.stakeholders.fewerThanTwo':
			'En kunderejse leveres sjældent af under to personer. Hvem er ellers med?',
		'stakeholders.heading': 'Interessenter',
		'stakeholders.add': 'Tilføj interessent',
		'stakeholders.overview': 'Hvem er med',
		'stakeholders.attending': '{n} af {total} deltager i workshoppen',
		'stakeholders.front': 'Foran kulissen · {n}',
		'stakeholders.back': 'Bag kulissen · {n}',
		'stakeholders.frontHint': 'Møder kunden',
		'stakeholders.backHint': 'Arbejder i baggrunden',
		'stakeholders.nobody': 'Ingen endnu',
		'stakeholders.inRoom': 'I rummet',
		'stakeholders.owns': 'Ansvarlig for {list}',
		'stakeholders.touchpoints.one': '{n} touchpoint',
		'stakeholders.touchpoints.other': '{n} touchpoints',
		'stakeholders.opportunities.one': '{n} mulighed',
		'stakeholders.opportunities.other': '{n} muligheder',
		'field.stakeholder.name': 'Navn',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Rolle i rejsen',
		'field.stakeholder.stage': 'Foran eller bag kulissen',
		'field.stakeholder.attends': 'Deltager i workshoppen',
		'stage.front': 'Foran kulissen',
		'stage.back': 'Bag kulissen'
	},
	sv: {
		'step.stakeholders.title': 'Alla inblandade',
		'step.stakeholders.purpose':
			'Upplevelsen är ett gemensamt ansvar. Lista alla som levererar någon del av den, både de som möter kunden och de som jobbar bakom kulisserna.',
		'step.stakeholders.prompt1': 'Vilka möter kunden längs vägen?',
		'step.stakeholders.prompt2':
			'Vilka jobbar bakom kulisserna för att det ska fungera — hårdvara, inköp, ekonomi?',
		'step.stakeholders.prompt3': 'Var skickas kunden vidare från ett team till ett annat?',
		'step.stakeholders.prompt4': 'Vem saknas i rummet i dag?',
		'step.stakeholders.prompt5': 'Vem kan ändra på saker när vi senare hittar en lågpunkt?',
		'step.stakeholders.tip':
			'Be alla i rummet att först skriva upp sig själva och sedan de kollegor de lämnar över arbetet till. Team bakom kulisserna glöms lätt bort, och ofta är det de som äger väntan som kunden känner.',
		'warn.stakeholders.fewerThanTwo':
			'En kundresa levereras sällan av färre än två personer. Vilka fler är inblandade?',
		'stakeholders.heading': 'Intressenter',
		'stakeholders.add': 'Lägg till intressent',
		'stakeholders.overview': 'Vilka är med',
		'stakeholders.attending': '{n} av {total} deltar i workshoppen',
		'stakeholders.front': 'Front stage · {n}',
		'stakeholders.back': 'Back stage · {n}',
		'stakeholders.frontHint': 'Möter kunden',
		'stakeholders.backHint': 'Jobbar bakom kulisserna',
		'stakeholders.nobody': 'Ingen än',
		'stakeholders.inRoom': 'I rummet',
		'stakeholders.owns': 'Ansvarig för {list}',
		'stakeholders.touchpoints.one': '{n} beröringspunkt',
		'stakeholders.touchpoints.other': '{n} beröringspunkter',
		'stakeholders.opportunities.one': '{n} möjlighet',
		'stakeholders.opportunities.other': '{n} möjligheter',
		'field.stakeholder.name': 'Namn',
		'field.stakeholder.team': 'Team',
		'field.stakeholder.role': 'Roll i kundresan',
		'field.stakeholder.stage': 'Front stage eller back stage',
		'field.stakeholder.attends': 'Deltar i workshoppen',
		'stage.front': 'Front stage',
		'stage.back': 'Back stage'
	}
});
