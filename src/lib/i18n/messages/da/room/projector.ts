// The projector view of each step and its quick-add line in Danish.
// The keys are the English file's (room/projector.ts); the compiler checks both have the same.
import type { projector as english } from '../../en/room/projector';

export const projector = {
	'projector.journey.empty':
		'Ingen kunderejse endnu – spørg rummet: hvilken ene rejse kortlægger vi først, og hvor starter den?',
	'projector.stakeholders.empty':
		'Ingen på listen endnu – spørg rummet: hvem møder kunden på rejsen, og hvem arbejder i baggrunden?',
	'projector.experience.empty':
		'Ingen ønsket oplevelse endnu – spørg rummet: hvad skal kunden altid kunne regne med?',
	'projector.persona.empty':
		'Ingen persona endnu – spørg rummet: hvem er den kunde, vi oftest møder på rejsen?',
	'projector.persona.others': 'Andre personaer: {names}',
	'projector.interviews.empty':
		'Ingen interviews endnu – spørg rummet: hvem har for nylig talt med en kunde, der har været igennem rejsen?',
	'projector.plan.empty':
		'Ingen faser endnu – spørg rummet: hvad er rejsens store etaper, sagt med kundens ord?',
	'projector.touchpoints.empty':
		'Ingen kontaktpunkter endnu – spørg rummet: hvor møder kunden os første gang, og hvad sker der så?',
	'projector.emotions.empty':
		'Ingen kontaktpunkter at vurdere endnu – kortlæg dem i trin 7, og spørg så rummet: hvordan har kunden det ved hvert af dem?',
	'projector.emotions.unscored':
		'Intet er vurderet endnu – spørg rummet: hvilket ansigt passer til det første kontaktpunkt?',
	'projector.opportunities.empty':
		'Ingen muligheder endnu – spørg rummet: hvilket lavpunkt vil I løse først, og hvordan?',
	'projector.improve.empty':
		'Ingen handlinger endnu – spørg rummet: hvem gør hvad nu, og hvornår skal det være færdigt?',
	'projector.improve.noDue': 'Ingen frist endnu',
	'projector.improve.measure': '{name}: nu {current}, mål {target}',
	'projector.report.empty': 'Intet til rapporten endnu – giv først kunderejsen et navn i trin 1.',
	'projector.report.people':
		'Interessenter: {stakeholders} · personaer: {personas} · interviews: {interviews}',
	'projector.pages.page': 'Side {n} af {count}',
	'projector.pages.next': '↓ næste side',
	'projector.pages.back': '↑ side tilbage',
	'projector.pages.phase': 'Fase {n} af {total}',
	'projector.pages.phases': 'Faser {from}–{to} af {total}',
	'projector.pages.touchpoint': 'kontaktpunkt {n} af {total}',
	'projector.pages.touchpoints': 'kontaktpunkter {from}–{to} af {total}',
	'projector.pages.curve': 'Kontaktpunkter {from}–{to} af {total}',
	'projector.pages.lows': 'Lavpunkter {from}–{to} af {total}',
	'projector.pages.ideas': '{shown} af {total} idéer',
	'projector.pages.single': '{n} af {total}',
	'projector.pages.part': '{from}–{to} af {total}',
	'projector.pages.onPage': 'På side {pages}',
	'projector.add.stakeholders': 'Ny interessent',
	'projector.add.experience': 'Nyt oplevelsesudsagn',
	'projector.add.plan': 'Ny fase',
	'projector.add.touchpoints': 'Nyt kontaktpunkt',
	'projector.add.opportunities': 'Ny idé',
	'projector.add.improve': 'Ny handling',
	'projector.added': '“{item}” er tilføjet'
} satisfies Record<keyof typeof english, string>;
