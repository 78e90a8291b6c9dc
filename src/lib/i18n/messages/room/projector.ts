// The projector view of each step and its quick-add line, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const projector = defineMessages({
	en: {
		'projector.journey.empty':
			'No journey yet — ask the room: which one journey do we map first, and where does it start?',
		'projector.stakeholders.empty':
			'No one listed yet — ask the room: who meets the customer on this journey, and who works behind the scenes?',
		'projector.experience.empty':
			'No desired experience yet — ask the room: what should the customer always be able to count on?',
		'projector.persona.empty':
			'No persona yet — ask the room: who is the customer we meet most often on this journey?',
		'projector.persona.others': 'Other personas: {names}',
		'projector.interviews.empty':
			'No interviews yet — ask the room: who has talked to a customer who went through this journey lately?',
		'projector.plan.empty':
			'No phases yet — ask the room: what are the big stages of the journey, in the customer’s words?',
		'projector.touchpoints.empty':
			'No touchpoints yet — ask the room: where does the customer first meet us, and what happens next?',
		'projector.emotions.empty':
			'No touchpoints to score yet — map them in step 7, then ask the room: how does the customer feel at each one?',
		'projector.emotions.unscored':
			'Nothing scored yet — ask the room: which face fits the first touchpoint?',
		'projector.opportunities.empty':
			'No opportunities yet — ask the room: which low point would you fix first, and how?',
		'projector.opportunities.top': 'Most votes',
		'projector.opportunities.noVotes': 'No votes yet — give everyone three votes.',
		'projector.opportunities.more': '+ {n} more',
		'projector.improve.empty':
			'No actions yet — ask the room: who does what next, and by which date?',
		'projector.improve.noDue': 'No date yet',
		'projector.improve.measure': '{name}: now {current}, target {target}',
		'projector.report.empty':
			'Nothing for the report yet — give the journey a name in step 1 first.',
		'projector.report.people':
			'Stakeholders: {stakeholders} · personas: {personas} · interviews: {interviews}',
		'projector.add.stakeholders': 'New stakeholder',
		'projector.add.experience': 'New experience statement',
		'projector.add.plan': 'New phase',
		'projector.add.touchpoints': 'New touchpoint',
		'projector.add.opportunities': 'New idea',
		'projector.add.improve': 'New action',
		'projector.added': 'Added “{item}”'
	},
	da: {
		'projector.journey.empty':
			'Ingen kunderejse endnu — spørg rummet: hvilken ene rejse kortlægger vi først, og hvor starter den?',
		'projector.stakeholders.empty':
			'Ingen på listen endnu — spørg rummet: hvem møder kunden på rejsen, og hvem arbejder i baggrunden?',
		'projector.experience.empty':
			'Ingen ønsket oplevelse endnu — spørg rummet: hvad skal kunden altid kunne regne med?',
		'projector.persona.empty':
			'Ingen persona endnu — spørg rummet: hvem er den kunde, vi oftest møder på rejsen?',
		'projector.persona.others': 'Andre personaer: {names}',
		'projector.interviews.empty':
			'Ingen interviews endnu — spørg rummet: hvem har for nylig talt med en kunde, der har været igennem rejsen?',
		'projector.plan.empty':
			'Ingen faser endnu — spørg rummet: hvad er rejsens store etaper, sagt med kundens ord?',
		'projector.touchpoints.empty':
			'Ingen kontaktpunkter endnu — spørg rummet: hvor møder kunden os første gang, og hvad sker der så?',
		'projector.emotions.empty':
			'Ingen kontaktpunkter at vurdere endnu — kortlæg dem i trin 7, og spørg så rummet: hvordan har kunden det ved hvert af dem?',
		'projector.emotions.unscored':
			'Intet er vurderet endnu — spørg rummet: hvilket ansigt passer til det første kontaktpunkt?',
		'projector.opportunities.empty':
			'Ingen muligheder endnu — spørg rummet: hvilket lavpunkt vil I løse først, og hvordan?',
		'projector.opportunities.top': 'Flest stemmer',
		'projector.opportunities.noVotes': 'Ingen stemmer endnu — giv alle tre stemmer hver.',
		'projector.opportunities.more': '+ {n} til',
		'projector.improve.empty':
			'Ingen handlinger endnu — spørg rummet: hvem gør hvad nu, og hvornår skal det være færdigt?',
		'projector.improve.noDue': 'Ingen frist endnu',
		'projector.improve.measure': '{name}: nu {current}, mål {target}',
		'projector.report.empty': 'Intet til rapporten endnu — giv først kunderejsen et navn i trin 1.',
		'projector.report.people':
			'Interessenter: {stakeholders} · personaer: {personas} · interviews: {interviews}',
		'projector.add.stakeholders': 'Ny interessent',
		'projector.add.experience': 'Nyt oplevelsesudsagn',
		'projector.add.plan': 'Ny fase',
		'projector.add.touchpoints': 'Nyt kontaktpunkt',
		'projector.add.opportunities': 'Ny idé',
		'projector.add.improve': 'Ny handling',
		'projector.added': '“{item}” er tilføjet'
	},
	sv: {
		'projector.journey.empty':
			'Ingen kundresa än — fråga rummet: vilken kundresa kartlägger vi först, och var börjar den?',
		'projector.stakeholders.empty':
			'Ingen på listan än — fråga rummet: vem möter kunden på resan, och vem jobbar bakom kulisserna?',
		'projector.experience.empty':
			'Ingen önskad upplevelse än — fråga rummet: vad ska kunden alltid kunna lita på?',
		'projector.persona.empty':
			'Ingen persona än — fråga rummet: vem är kunden vi oftast möter på resan?',
		'projector.persona.others': 'Andra personor: {names}',
		'projector.interviews.empty':
			'Inga intervjuer än — fråga rummet: vem har nyligen pratat med en kund som har gått igenom resan?',
		'projector.plan.empty':
			'Inga faser än — fråga rummet: vilka är resans stora etapper, med kundens egna ord?',
		'projector.touchpoints.empty':
			'Inga beröringspunkter än — fråga rummet: var möter kunden oss första gången, och vad händer sedan?',
		'projector.emotions.empty':
			'Inga beröringspunkter att bedöma än — kartlägg dem i steg 7 och fråga sedan rummet: hur känns det för kunden vid var och en?',
		'projector.emotions.unscored':
			'Inget är bedömt än — fråga rummet: vilket ansikte passar den första beröringspunkten?',
		'projector.opportunities.empty':
			'Inga möjligheter än — fråga rummet: vilken lågpunkt vill ni åtgärda först, och hur?',
		'projector.opportunities.top': 'Flest röster',
		'projector.opportunities.noVotes': 'Inga röster än — ge alla tre röster var.',
		'projector.opportunities.more': '+ {n} till',
		'projector.improve.empty':
			'Inga åtgärder än — fråga rummet: vem gör vad härnäst, och till vilket datum?',
		'projector.improve.noDue': 'Inget datum än',
		'projector.improve.measure': '{name}: nu {current}, mål {target}',
		'projector.report.empty': 'Inget till rapporten än — ge först kundresan ett namn i steg 1.',
		'projector.report.people':
			'Intressenter: {stakeholders} · personor: {personas} · intervjuer: {interviews}',
		'projector.add.stakeholders': 'Ny intressent',
		'projector.add.experience': 'Nytt påstående om upplevelsen',
		'projector.add.plan': 'Ny fas',
		'projector.add.touchpoints': 'Ny beröringspunkt',
		'projector.add.opportunities': 'Ny idé',
		'projector.add.improve': 'Ny åtgärd',
		'projector.added': '”{item}” har lagts till'
	}
});
