// Step 9 “Opportunities”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const opportunities = defineMessages({
	en: {
		'step.opportunities.title': 'Opportunities',
		'step.opportunities.purpose':
			'Turn the lows, the gaps and the pain points into ideas with an owner.',
		'step.opportunities.prompt1':
			'Which low point hurts the customer most, and what would make it easier to live with?',
		'step.opportunities.prompt2':
			'If we cannot make it faster, how could we keep the customer informed while they wait?',
		'step.opportunities.prompt3':
			'Which idea could we start on Monday, with the people in this room?',
		'step.opportunities.prompt4': 'Who owns this idea once we leave the room?',
		'step.opportunities.prompt5': 'If you had three votes, where would you put them?',
		'step.opportunities.tip':
			'Collect ideas first and judge them afterwards. Then give everyone three votes, agree on impact and effort together, and start with the quick wins. An idea without an owner rarely happens: settle on a name before you move on.',
		'warn.opportunities.noOwner': 'Some opportunities have no owner. Ideas without owners fade.',

		'opportunities.suggested': 'Suggested: lows, gaps and pain points with no opportunity yet',
		'opportunities.noSuggestions':
			'Nothing waiting: no low point, gap or pain point is left without an opportunity.',
		'opportunities.reason.gap': 'Gap',
		'opportunities.reason.painPoint.one': 'Pain point · heard in 1 interview',
		'opportunities.reason.painPoint.many': 'Pain point · heard in {n} interviews',
		'opportunities.fromSuggestion': 'Make an opportunity',
		'opportunities.showAll': 'Show all ({n})',
		'opportunities.showFewer': 'Show fewer',

		'opportunities.views': 'Show opportunities as',
		'opportunities.view.list': 'List',
		'opportunities.view.grid': 'Impact / effort',
		'opportunities.add': 'Add opportunity',
		'opportunities.empty': 'No opportunities yet. Start from a suggestion, or add your own.',
		'opportunities.item': 'Opportunity {n}',

		'opportunities.sort': 'Order',
		'opportunities.sort.added': 'As added',
		'opportunities.sort.votes': 'By votes',
		'opportunities.sort.priority': 'By priority (quick wins first)',
		'opportunities.sortNow': 'Sort now',
		'opportunities.sortStale': 'Something changed. The list stays put until you sort again.',

		'opportunities.voteHint': 'Dot voting: press + or − anywhere on a card, or use its buttons.',
		'opportunities.vote.group': 'Votes for {item}',
		'opportunities.vote.add': 'Add a vote: {item}',
		'opportunities.vote.remove': 'Take back a vote: {item}',
		'opportunities.votes.one': '{item}: 1 vote',
		'opportunities.votes.many': '{item}: {n} votes',
		'opportunities.chipVotes.one': '1 vote',
		'opportunities.chipVotes.many': '{n} votes',

		'field.opportunity.touchpoints': 'Touchpoints it addresses',
		'field.opportunity.problem': 'Problem',
		'field.opportunity.idea': 'Idea',
		'field.opportunity.impact': 'Impact (1–5)',
		'field.opportunity.effort': 'Effort (1–5)',
		'field.opportunity.owner': 'Owner',
		'field.opportunity.votes': 'Votes',
		'field.opportunity.painPoint': 'Pain point it answers',
		'opportunities.touchpoints.chosen': 'Chosen: {list}',
		'opportunities.touchpoints.noneChosen': 'None chosen yet',
		'opportunities.touchpoints.empty': 'No touchpoints yet: add them in step 7.',
		'opportunities.touchpoints.gap': 'gap',

		'opportunities.grid.title': 'Impact against effort',
		'opportunities.grid.impact': 'Impact',
		'opportunities.grid.effort': 'Effort',
		'opportunities.grid.high': 'high (4–5)',
		'opportunities.grid.low': 'low (1–3)',
		'opportunities.grid.none': 'None yet',
		'opportunities.grid.quickWin': 'Quick wins',
		'opportunities.grid.bigBet': 'Big bets',
		'opportunities.grid.fillIn': 'Fill-ins',
		'opportunities.grid.moneyPit': 'Money pits',
		'opportunities.grid.quickWin.hint': 'High impact, low effort: start here',
		'opportunities.grid.bigBet.hint': 'High impact, high effort: plan them',
		'opportunities.grid.fillIn.hint': 'Low impact, low effort: when there is time',
		'opportunities.grid.moneyPit.hint': 'Low impact, high effort: think twice',

		'quadrant.quickWin': 'Quick win',
		'quadrant.bigBet': 'Big bet',
		'quadrant.fillIn': 'Fill-in',
		'quadrant.moneyPit': 'Money pit'
	},
	da: {
		'step.opportunities.title': 'Muligheder',
		'step.opportunities.purpose':
			'Gør lavpunkter, huller og smertepunkter til idéer med en ansvarlig.',
		'step.opportunities.prompt1':
			'Hvilket lavpunkt rammer kunden hårdest, og hvad ville gøre det lettere at leve med?',
		'step.opportunities.prompt2':
			'Hvis vi ikke kan gøre det hurtigere, hvordan kan vi så holde kunden orienteret, mens de venter?',
		'step.opportunities.prompt3':
			'Hvilken idé kunne vi gå i gang med på mandag, med dem der sidder her?',
		'step.opportunities.prompt4': 'Hvem er ansvarlig for idéen, når vi går herfra?',
		'step.opportunities.prompt5': 'Hvis du havde tre stemmer, hvor ville du så sætte dem?',
		'step.opportunities.tip':
			'Saml idéer først, og vurder dem bagefter. Giv så alle tre stemmer, bliv enige om effekt og indsats i fællesskab, og begynd med de nemme gevinster. En idé uden en ansvarlig bliver sjældent til noget: aftal et navn, før I går videre.',
		'warn.opportunities.noOwner':
			'Nogle muligheder har ingen ansvarlig. Idéer uden ejer går i glemmebogen.',

		'opportunities.suggested': 'Forslag: lavpunkter, huller og smertepunkter uden en mulighed',
		'opportunities.noSuggestions':
			'Intet venter: alle lavpunkter, huller og smertepunkter har en mulighed.',
		'opportunities.reason.gap': 'Hul',
		'opportunities.reason.painPoint.one': 'Smertepunkt · nævnt i 1 interview',
		'opportunities.reason.painPoint.many': 'Smertepunkt · nævnt i {n} interviews',
		'opportunities.fromSuggestion': 'Lav en mulighed',
		'opportunities.showAll': 'Vis alle ({n})',
		'opportunities.showFewer': 'Vis færre',

		'opportunities.views': 'Vis muligheder som',
		'opportunities.view.list': 'Liste',
		'opportunities.view.grid': 'Effekt / indsats',
		'opportunities.add': 'Tilføj mulighed',
		'opportunities.empty':
			'Ingen muligheder endnu. Tag udgangspunkt i et forslag, eller skriv din egen.',
		'opportunities.item': 'Mulighed {n}',

		'opportunities.sort': 'Rækkefølge',
		'opportunities.sort.added': 'Som tilføjet',
		'opportunities.sort.votes': 'Efter stemmer',
		'opportunities.sort.priority': 'Efter prioritet (nemme gevinster først)',
		'opportunities.sortNow': 'Sortér nu',
		'opportunities.sortStale': 'Noget er ændret. Listen bliver stående, til du sorterer igen.',

		'opportunities.voteHint':
			'Prikafstemning: tryk + eller − et vilkårligt sted på et kort, eller brug knapperne.',
		'opportunities.vote.group': 'Stemmer på {item}',
		'opportunities.vote.add': 'Giv en stemme: {item}',
		'opportunities.vote.remove': 'Tag en stemme tilbage: {item}',
		'opportunities.votes.one': '{item}: 1 stemme',
		'opportunities.votes.many': '{item}: {n} stemmer',
		'opportunities.chipVotes.one': '1 stemme',
		'opportunities.chipVotes.many': '{n} stemmer',

		'field.opportunity.touchpoints': 'Kontaktpunkter, den handler om',
		'field.opportunity.problem': 'Problem',
		'field.opportunity.idea': 'Idé',
		'field.opportunity.impact': 'Effekt (1–5)',
		'field.opportunity.effort': 'Indsats (1–5)',
		'field.opportunity.owner': 'Ansvarlig',
		'field.opportunity.votes': 'Stemmer',
		'field.opportunity.painPoint': 'Smertepunkt, den svarer på',
		'opportunities.touchpoints.chosen': 'Valgt: {list}',
		'opportunities.touchpoints.noneChosen': 'Ingen valgt endnu',
		'opportunities.touchpoints.empty': 'Ingen kontaktpunkter endnu: tilføj dem i trin 7.',
		'opportunities.touchpoints.gap': 'hul',

		'opportunities.grid.title': 'Effekt over for indsats',
		'opportunities.grid.impact': 'Effekt',
		'opportunities.grid.effort': 'Indsats',
		'opportunities.grid.high': 'høj (4–5)',
		'opportunities.grid.low': 'lav (1–3)',
		'opportunities.grid.none': 'Ingen endnu',
		'opportunities.grid.quickWin': 'Nemme gevinster',
		'opportunities.grid.bigBet': 'Store satsninger',
		'opportunities.grid.fillIn': 'Småting',
		'opportunities.grid.moneyPit': 'Pengeslugere',
		'opportunities.grid.quickWin.hint': 'Høj effekt, lille indsats: start her',
		'opportunities.grid.bigBet.hint': 'Høj effekt, stor indsats: planlæg dem',
		'opportunities.grid.fillIn.hint': 'Lav effekt, lille indsats: når der er tid',
		'opportunities.grid.moneyPit.hint': 'Lav effekt, stor indsats: tænk dig om',

		'quadrant.quickWin': 'Nem gevinst',
		'quadrant.bigBet': 'Stor satsning',
		'quadrant.fillIn': 'Småting',
		'quadrant.moneyPit': 'Pengesluger'
	},
	sv: {
		'step.opportunities.title': 'Möjligheter',
		'step.opportunities.purpose':
			'Gör om lågpunkterna, glappen och smärtpunkterna till idéer med en ansvarig.',
		'step.opportunities.prompt1':
			'Vilken lågpunkt drabbar kunden hårdast, och vad skulle göra den lättare att stå ut med?',
		'step.opportunities.prompt2':
			'Om vi inte kan göra det snabbare, hur kan vi hålla kunden informerad medan hen väntar?',
		'step.opportunities.prompt3':
			'Vilken idé skulle vi kunna börja med på måndag, med dem som sitter här?',
		'step.opportunities.prompt4': 'Vem är ansvarig för idén när vi har gått härifrån?',
		'step.opportunities.prompt5': 'Om du hade tre röster, var skulle du lägga dem?',
		'step.opportunities.tip':
			'Samla idéer först och värdera dem sedan. Ge därefter alla tre röster, kom överens om effekt och insats tillsammans och börja med de snabba vinsterna. En idé utan ansvarig blir sällan av: bestäm ett namn innan ni går vidare.',
		'warn.opportunities.noOwner':
			'Några möjligheter saknar ansvarig. Idéer utan ansvarig rinner ut i sanden.',

		'opportunities.suggested': 'Förslag: lågpunkter, glapp och smärtpunkter som saknar möjlighet',
		'opportunities.noSuggestions':
			'Inget väntar: varje lågpunkt, glapp och smärtpunkt har en möjlighet.',
		'opportunities.reason.gap': 'Glapp',
		'opportunities.reason.painPoint.one': 'Smärtpunkt · nämnd i 1 intervju',
		'opportunities.reason.painPoint.many': 'Smärtpunkt · nämnd i {n} intervjuer',
		'opportunities.fromSuggestion': 'Gör till möjlighet',
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
		'opportunities.sortStale': 'Något har ändrats. Listan står still tills du sorterar igen.',

		'opportunities.voteHint':
			'Prickröstning: tryck + eller − var som helst på ett kort, eller använd knapparna.',
		'opportunities.vote.group': 'Röster på {item}',
		'opportunities.vote.add': 'Lägg en röst: {item}',
		'opportunities.vote.remove': 'Ta tillbaka en röst: {item}',
		'opportunities.votes.one': '{item}: 1 röst',
		'opportunities.votes.many': '{item}: {n} röster',
		'opportunities.chipVotes.one': '1 röst',
		'opportunities.chipVotes.many': '{n} röster',

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
		'opportunities.grid.moneyPit.hint': 'Låg effekt, stor insats: tänk efter',

		'quadrant.quickWin': 'Snabb vinst',
		'quadrant.bigBet': 'Stor satsning',
		'quadrant.fillIn': 'Liten förbättring',
		'quadrant.moneyPit': 'Pengaslukare'
	}
});
