// The projector view of each step and its quick-add line in Swedish.
// The keys are the English file's (room/projector.ts); the compiler checks both have the same.
import type { projector as english } from '../../en/room/projector';

export const projector = {
	'projector.journey.empty':
		'Ingen kundresa än – fråga gruppen: vilken kundresa kartlägger vi först, och var börjar den?',
	'projector.stakeholders.empty':
		'Ingen på listan än – fråga gruppen: vem möter kunden på resan, och vem jobbar bakom kulisserna?',
	'projector.experience.empty':
		'Ingen önskad upplevelse än – fråga gruppen: vad ska kunden alltid kunna lita på?',
	'projector.persona.empty':
		'Ingen persona än – fråga gruppen: vem är kunden vi oftast möter på resan?',
	'projector.persona.others': 'Andra personas: {names}',
	'projector.interviews.empty':
		'Inga intervjuer än – fråga gruppen: vem har nyligen pratat med en kund som har gått igenom resan?',
	'projector.plan.empty':
		'Inga faser än – fråga gruppen: vilka är resans stora etapper, med kundens egna ord?',
	'projector.touchpoints.empty':
		'Inga beröringspunkter än – fråga gruppen: var möter kunden oss första gången, och vad händer sedan?',
	'projector.emotions.empty':
		'Inga beröringspunkter att bedöma än – kartlägg dem i steg 7 och fråga sedan gruppen: hur känns det för kunden vid var och en?',
	'projector.emotions.unscored':
		'Inget är bedömt än – fråga gruppen: vilket ansikte passar den första beröringspunkten?',
	'projector.opportunities.empty':
		'Inga möjligheter än – fråga gruppen: vilken lågpunkt vill ni åtgärda först, och hur?',
	'projector.improve.empty':
		'Inga åtgärder än – fråga gruppen: vem gör vad härnäst, och när ska det vara klart?',
	'projector.improve.noDue': 'Inget datum än',
	'projector.improve.measure': '{name}: nu {current}, mål {target}',
	'projector.report.empty': 'Inget till rapporten än – ge först kundresan ett namn i steg 1.',
	'projector.report.people':
		'Intressenter: {stakeholders} · personas: {personas} · intervjuer: {interviews}',
	'projector.pages.page': 'Sida {n} av {count}',
	'projector.pages.next': '↓ nästa sida',
	'projector.pages.back': '↑ sidan före',
	'projector.pages.phase': 'Fas {n} av {total}',
	'projector.pages.phases': 'Faser {from}–{to} av {total}',
	'projector.pages.touchpoint': 'beröringspunkt {n} av {total}',
	'projector.pages.touchpoints': 'beröringspunkter {from}–{to} av {total}',
	'projector.pages.curve': 'Beröringspunkter {from}–{to} av {total}',
	'projector.pages.lows': 'Lågpunkter {from}–{to} av {total}',
	'projector.pages.ideas': '{shown} av {total} idéer',
	'projector.pages.single': '{n} av {total}',
	'projector.pages.part': '{from}–{to} av {total}',
	'projector.pages.onPage': 'På sida {pages}',
	'projector.add.stakeholders': 'Ny intressent',
	'projector.add.experience': 'Nytt påstående om upplevelsen',
	'projector.add.plan': 'Ny fas',
	'projector.add.touchpoints': 'Ny beröringspunkt',
	'projector.add.opportunities': 'Ny idé',
	'projector.add.improve': 'Ny åtgärd',
	'projector.added': '”{item}” har lagts till'
} satisfies Record<keyof typeof english, string>;
