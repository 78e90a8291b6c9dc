// Step 9 “Opportunities”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const opportunities = defineMessages({
	en: {
		'step.opportunities.title': 'Opportunities',
		'step.opportunities.purpose':
			'Turn the lows, the gaps and the pain points into ideas with an owner.',
		'step.opportunities.prompt1': 'What would lift this low point?',
		'step.opportunities.prompt2':
			'If we cannot be faster, can we at least keep the customer informed?',
		'step.opportunities.prompt3': 'Which ideas give the most for the least effort?',
		'warn.opportunities.noOwner': 'Some opportunities have no owner. Ideas without owners fade.',
		'opportunities.suggested': 'Suggested: lows and gaps without an idea yet',
		'opportunities.fromSuggestion': 'Make an opportunity',
		'opportunities.add': 'Add opportunity',
		'opportunities.ranked': 'Ranked: quick wins first',
		'field.opportunity.touchpoint': 'Touchpoint it addresses',
		'field.opportunity.problem': 'Problem',
		'field.opportunity.idea': 'Idea',
		'field.opportunity.impact': 'Impact (1–5)',
		'field.opportunity.effort': 'Effort (1–5)',
		'field.opportunity.owner': 'Owner',
		'field.opportunity.votes': 'Votes',
		'quadrant.quickWin': 'Quick win',
		'quadrant.bigBet': 'Big bet',
		'quadrant.fillIn': 'Fill-in',
		'quadrant.moneyPit': 'Money pit',
		'touchpoint.none': 'None'
	},
	da: {
		'step.opportunities.title': 'Muligheder',
		'step.opportunities.purpose':
			'Gør lavpunkter, huller og smertepunkter til idéer med en ansvarlig.',
		'step.opportunities.prompt1': 'Hvad ville løfte dette lavpunkt?',
		'step.opportunities.prompt2':
			'Hvis vi ikke kan blive hurtigere, kan vi så i det mindste holde kunden orienteret?',
		'step.opportunities.prompt3': 'Hvilke idéer giver mest for mindst indsats?',
		'warn.opportunities.noOwner':
			'Nogle muligheder har ingen ansvarlig. Idéer uden ejer går i glemmebogen.',
		'opportunities.suggested': 'Forslag: lavpunkter og huller uden en idé endnu',
		'opportunities.fromSuggestion': 'Lav en mulighed',
		'opportunities.add': 'Tilføj mulighed',
		'opportunities.ranked': 'Prioriteret: de nemme gevinster først',
		'field.opportunity.touchpoint': 'Kontaktpunkt, den handler om',
		'field.opportunity.problem': 'Problem',
		'field.opportunity.idea': 'Idé',
		'field.opportunity.impact': 'Effekt (1–5)',
		'field.opportunity.effort': 'Indsats (1–5)',
		'field.opportunity.owner': 'Ansvarlig',
		'field.opportunity.votes': 'Stemmer',
		'quadrant.quickWin': 'Nem gevinst',
		'quadrant.bigBet': 'Stor satsning',
		'quadrant.fillIn': 'Småting',
		'quadrant.moneyPit': 'Pengesluger',
		'touchpoint.none': 'Intet'
	},
	sv: {
		'step.opportunities.title': 'Möjligheter',
		'step.opportunities.purpose':
			'Gör om lågpunkterna, glappen och smärtpunkterna till idéer med en ansvarig.',
		'step.opportunities.prompt1': 'Vad skulle lyfta den här lågpunkten?',
		'step.opportunities.prompt2':
			'Om vi inte kan bli snabbare, kan vi åtminstone hålla kunden informerad?',
		'step.opportunities.prompt3': 'Vilka idéer ger mest för minst insats?',
		'warn.opportunities.noOwner':
			'Några möjligheter saknar ansvarig. Idéer utan ansvarig rinner ut i sanden.',
		'opportunities.suggested': 'Förslag: lågpunkter och glapp som ännu saknar idé',
		'opportunities.fromSuggestion': 'Gör till möjlighet',
		'opportunities.add': 'Lägg till möjlighet',
		'opportunities.ranked': 'Rangordnade: snabba vinster först',
		'field.opportunity.touchpoint': 'Beröringspunkt som den gäller',
		'field.opportunity.problem': 'Problem',
		'field.opportunity.idea': 'Idé',
		'field.opportunity.impact': 'Effekt (1–5)',
		'field.opportunity.effort': 'Insats (1–5)',
		'field.opportunity.owner': 'Ansvarig',
		'field.opportunity.votes': 'Röster',
		'quadrant.quickWin': 'Snabb vinst',
		'quadrant.bigBet': 'Stor satsning',
		'quadrant.fillIn': 'Liten förbättring',
		'quadrant.moneyPit': 'Pengaslukare',
		'touchpoint.none': 'Ingen'
	}
});
