// Step 9 “Opportunities”: the words on its screen in Swedish.
// The keys are the English file's (steps/opportunities.ts); the compiler checks both have the same.
import type { opportunities as english } from '../../en/steps/opportunities';

export const opportunities = {
	'step.opportunities.title': 'Möjligheter',
	'step.opportunities.purpose':
		'Gör om lågpunkterna, glappen och smärtpunkterna till idéer med en ansvarig.',
	'step.opportunities.prompt1':
		'Vilken lågpunkt drabbar kunden hårdast, och vad skulle göra den lättare att stå ut med?',
	'step.opportunities.prompt2':
		'Om vi inte kan göra det snabbare, hur kan vi hålla kunden informerad medan hen väntar?',
	'step.opportunities.prompt3': 'Vilken idé kan vi börja med på måndag, med dem som är här i dag?',
	'step.opportunities.prompt4': 'Vem är ansvarig för idén när vi har gått härifrån?',
	'step.opportunities.prompt5': 'Om du hade tre röster, var skulle du lägga dem?',
	'step.opportunities.tip':
		'Samla idéer först och värdera dem sedan. Ge därefter alla tre röster, kom överens om effekt och insats tillsammans och börja med de snabba vinsterna. En idé utan ansvarig blir sällan av: bestäm ett namn innan ni går vidare.',
	'warn.opportunities.noOwner':
		'Några möjligheter saknar ansvarig. Idéer utan ansvarig rinner ut i sanden.',

	'opportunities.suggested': 'Förslag: lågpunkter, glapp och smärtpunkter att ta itu med',
	'opportunities.noSuggestions':
		'Inget väntar: varje lågpunkt, glapp och smärtpunkt har en möjlighet.',
	'opportunities.reason.gap': 'Glapp',
	'opportunities.reason.painPoint.one': 'Smärtpunkt · nämnd i {n} intervju',
	'opportunities.reason.painPoint.other': 'Smärtpunkt · nämnd i {n} intervjuer',
	'opportunities.fromSuggestion': 'Gör till möjlighet',
	'opportunities.taken': 'Har en möjlighet',
	'opportunities.goTo': 'Gå dit',
	'opportunities.showAll': 'Visa alla ({n})',
	'opportunities.showFewer': 'Visa färre',

	'opportunities.views': 'Visa möjligheter som',
	'opportunities.view.list': 'Lista',
	'opportunities.view.grid': 'Effekt / insats',
	'opportunities.add': 'Lägg till möjlighet',
	'opportunities.empty': 'Inga möjligheter än. Utgå från ett förslag eller skriv en egen.',
	'opportunities.item': 'Möjlighet {n}',

	'opportunities.sort': 'Ordning',
	'opportunities.sort.added': 'Som de lades till',
	'opportunities.sort.votes': 'Efter röster',
	'opportunities.sort.priority': 'Efter prioritet (snabba vinster först)',
	'opportunities.sortNow': 'Sortera nu',
	'opportunities.sortStale': 'Något har ändrats. Ordningen ligger kvar tills du sorterar igen.',

	'opportunities.voteHint':
		'Prickröstning: Tabba till korten, ↑ ↓ från kort till kort, + eller − för att rösta. Enter öppnar kortets fält, Esc går tillbaka.',
	'opportunities.vote.group': 'Röster på {item}',
	'opportunities.vote.add': 'Lägg en röst: {item}',
	'opportunities.vote.remove': 'Ta tillbaka en röst: {item}',
	'opportunities.votes.one': '{item}: {n} röst',
	'opportunities.votes.other': '{item}: {n} röster',
	'opportunities.chipVotes.one': '{n} röst',
	'opportunities.chipVotes.other': '{n} röster',

	'field.opportunity.touchpoints': 'Beröringspunkter som den gäller',
	'field.opportunity.problem': 'Problem',
	'field.opportunity.idea': 'Idé',
	'field.opportunity.impact': 'Effekt (1–5)',
	'field.opportunity.effort': 'Insats (1–5)',
	'field.opportunity.owner': 'Ansvarig',
	'field.opportunity.votes': 'Röster',
	'field.opportunity.painPoint': 'Smärtpunkt som den svarar på',
	'opportunities.touchpoints.chosen': 'Valda: {list}',
	'opportunities.touchpoints.noneChosen': 'Ingen vald än',
	'opportunities.touchpoints.empty': 'Inga beröringspunkter än: lägg till dem i steg 7.',
	'opportunities.touchpoints.gap': 'glapp',

	'opportunities.grid.title': 'Effekt mot insats',
	'opportunities.grid.impact': 'Effekt',
	'opportunities.grid.effort': 'Insats',
	'opportunities.grid.high': 'hög (4–5)',
	'opportunities.grid.low': 'låg (1–3)',
	'opportunities.grid.none': 'Inga än',
	'opportunities.grid.quickWin': 'Snabba vinster',
	'opportunities.grid.bigBet': 'Stora satsningar',
	'opportunities.grid.fillIn': 'Små förbättringar',
	'opportunities.grid.moneyPit': 'Pengaslukare',
	'opportunities.grid.quickWin.hint': 'Hög effekt, liten insats: börja här',
	'opportunities.grid.bigBet.hint': 'Hög effekt, stor insats: planera dem',
	'opportunities.grid.fillIn.hint': 'Låg effekt, liten insats: när det finns tid',
	'opportunities.grid.moneyPit.hint': 'Låg effekt, stor insats: tänk efter en gång till',

	'quadrant.quickWin': 'Snabb vinst',
	'quadrant.bigBet': 'Stor satsning',
	'quadrant.fillIn': 'Liten förbättring',
	'quadrant.moneyPit': 'Pengaslukare'
} satisfies Record<keyof typeof english, string>;
