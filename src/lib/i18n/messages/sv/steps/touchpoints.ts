// Step 7 “Touchpoints”: the words on its screen in Swedish.
// The keys are the English file's (steps/touchpoints.ts); the compiler checks both have the same.
import type { touchpoints as english } from '../../en/steps/touchpoints';

export const touchpoints = {
	'step.touchpoints.title': 'Beröringspunkter',
	'step.touchpoints.purpose':
		'Varje tillfälle då kunden möter er, i tur och ordning – och glappen där ingen hör av sig.',
	'step.touchpoints.prompt1':
		'Var möter kunden oss allra första gången – en annons, en webbsida, en kollega?',
	'step.touchpoints.prompt2': 'Och sedan? Gå igenom resan ett ögonblick i taget.',
	'step.touchpoints.prompt3': 'Var väntar kunden utan att höra från någon? Lägg ett glapp där.',
	'step.touchpoints.prompt4': 'Vem i organisationen tar hand om det här ögonblicket?',
	'step.touchpoints.prompt5': 'Vilket citat från intervjuerna visar vad som verkligen händer här?',
	'step.touchpoints.tip':
		'Låt gruppen diktera: tryck Enter efter varje titel så öppnas nästa kort i samma fas. Fyll i kanal, ansvarig och vikt efteråt, ett kort i taget – och läs upp ett citat när gruppen inte är överens.',
	'warn.touchpoints.none': 'Inga beröringspunkter än.',
	'touchpoints.add': 'Lägg till beröringspunkt',
	'touchpoints.addGap': 'Lägg till glapp',
	'touchpoints.addTo': 'Lägg till beröringspunkt i {phase}',
	'touchpoints.addGapTo': 'Lägg till glapp i {phase}',
	'touchpoints.gap': 'Glapp',
	'touchpoints.gapName': 'Glapp: {title}',
	'touchpoints.untitled': 'Beröringspunkt utan titel',
	'touchpoints.untitledGap': 'Glapp utan titel',
	'touchpoints.count': 'Beröringspunkter: {n}',
	'touchpoints.showing': 'Visar {shown} av {total}',
	'touchpoints.noPhase': 'Fasen är borttagen',
	'touchpoints.noPhases':
		'Tidslinjen har en kolumn per fas. Lägg först till resans faser i steg 6.',
	'touchpoints.allHidden': 'Dolda av filtren.',
	'touchpoints.keys':
		'Enter öppnar ett kort. Alt+↑ eller Alt+↓ flyttar det inom fasen, Alt+← eller Alt+→ till fasen före eller efter; G lägger till ett glapp direkt efter det; Delete tar bort det. Korten går också att dra.',
	'touchpoints.moved': '”{title}” flyttad till {phase}, plats {position} av {count}',
	'touchpoints.duplicated': '”{title}” kopierad. Kopian ligger direkt efter.',
	'touchpoints.card.customer': 'Kund {n}',
	'touchpoints.card.business': 'Verksamhet {n}',
	'touchpoints.card.quotes': 'Kopplade citat:',
	'touchpoints.edit': 'Beröringspunkt',
	'touchpoints.editGap': 'Glapp',
	'touchpoints.isGap': 'Ett glapp: här saknas kommunikation',
	'touchpoints.duplicate': 'Duplicera',
	'touchpoints.gapAfter': 'Lägg till ett glapp efter det här kortet',
	'touchpoints.delete': 'Ta bort',
	'touchpoints.done': 'Klar',
	'touchpoints.filters': 'Filter',
	'touchpoints.filter.phase': 'Visa fas',
	'touchpoints.filter.channel': 'Visa kanal',
	'touchpoints.filter.owner': 'Visa ansvarig',
	'touchpoints.filter.allPhases': 'Alla faser',
	'touchpoints.filter.allChannels': 'Alla kanaler',
	'touchpoints.filter.allOwners': 'Alla',
	'touchpoints.filter.noChannel': 'Ingen kanal än',
	'touchpoints.filter.clear': 'Rensa filter',
	'touchpoints.evidence': 'Citat från intervjuerna',
	'touchpoints.evidence.none':
		'Inga citat än. Skriv in dem vid intervjuerna i steg 5, ett per rad.',
	'touchpoints.evidence.interview': 'Intervju {n}',
	'touchpoints.evidence.stale': 'Kopplat, men finns inte längre i någon intervju',
	'field.touchpoint.title': 'Beröringspunkt',
	'field.touchpoint.gapTitle': 'Glapp: var saknas kommunikation?',
	'field.touchpoint.phase': 'Fas',
	'field.touchpoint.channel': 'Kanal',
	'field.touchpoint.customerAction': 'Vad kunden gör',
	'field.touchpoint.owner': 'Ansvarig',
	'field.touchpoint.importanceCustomer': 'Vikt för kunden (1–5)',
	'field.touchpoint.importanceBusiness': 'Vikt för verksamheten (1–5)',
	'error.importance': 'Ange ett tal från 1 till 5.'
} satisfies Record<keyof typeof english, string>;
