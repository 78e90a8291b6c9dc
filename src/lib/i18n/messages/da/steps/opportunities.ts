// Step 9 “Opportunities”: the words on its screen in Danish.
// The keys are the English file's (steps/opportunities.ts); the compiler checks both have the same.
import type { opportunities as english } from '../../en/steps/opportunities';

export const opportunities = {
	'step.opportunities.title': 'Muligheder',
	'step.opportunities.purpose':
		'Gør lavpunkter, huller og smertepunkter til idéer med en ansvarlig.',
	'step.opportunities.prompt1':
		'Hvilket lavpunkt rammer kunden hårdest, og hvad ville gøre det lettere at leve med?',
	'step.opportunities.prompt2':
		'Hvis vi ikke kan gøre det hurtigere, hvordan kan vi så holde kunden orienteret, mens de venter?',
	'step.opportunities.prompt3':
		'Hvilken idé kunne vi gå i gang med på mandag med dem, der sidder her?',
	'step.opportunities.prompt4': 'Hvem er ansvarlig for idéen, når vi går herfra?',
	'step.opportunities.prompt5': 'Hvis du havde tre stemmer, hvor ville du så sætte dem?',
	'step.opportunities.tip':
		'Saml idéer først, og vurdér dem bagefter. Giv så alle tre stemmer, bliv enige om effekt og indsats i fællesskab, og begynd med de hurtige gevinster. En idé uden en ansvarlig bliver sjældent til noget: aftal et navn, før I går videre.',
	'warn.opportunities.noOwner':
		'Nogle muligheder har ingen ansvarlig. Idéer uden en ansvarlig går i glemmebogen.',

	'opportunities.suggested': 'Forslag: lavpunkter, huller og smertepunkter at tage fat på',
	'opportunities.noSuggestions':
		'Intet venter: alle lavpunkter, huller og smertepunkter har en mulighed.',
	'opportunities.reason.gap': 'Hul',
	'opportunities.reason.painPoint.one': 'Smertepunkt · nævnt i {n} interview',
	'opportunities.reason.painPoint.other': 'Smertepunkt · nævnt i {n} interviews',
	'opportunities.fromSuggestion': 'Lav en mulighed',
	'opportunities.taken': 'Har en mulighed',
	'opportunities.goTo': 'Gå til den',
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
	'opportunities.sort.priority': 'Efter prioritet (hurtige gevinster først)',
	'opportunities.sortNow': 'Sortér nu',
	'opportunities.sortStale': 'Noget er ændret. Listen bliver stående, til du sorterer igen.',

	'opportunities.voteHint':
		'Prikafstemning: Tab til kortene, ↑ ↓ fra kort til kort, + eller − for at stemme. Enter åbner kortets felter, Esc går tilbage.',
	'opportunities.vote.group': 'Stemmer på {item}',
	'opportunities.vote.add': 'Giv en stemme: {item}',
	'opportunities.vote.remove': 'Tag en stemme tilbage: {item}',
	'opportunities.votes.one': '{item}: {n} stemme',
	'opportunities.votes.other': '{item}: {n} stemmer',
	'opportunities.chipVotes.one': '{n} stemme',
	'opportunities.chipVotes.other': '{n} stemmer',

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
	'opportunities.grid.quickWin': 'Hurtige gevinster',
	'opportunities.grid.bigBet': 'Store satsninger',
	'opportunities.grid.fillIn': 'Småopgaver',
	'opportunities.grid.moneyPit': 'Pengeslugere',
	'opportunities.grid.quickWin.hint': 'Høj effekt, lille indsats: start her',
	'opportunities.grid.bigBet.hint': 'Høj effekt, stor indsats: planlæg dem',
	'opportunities.grid.fillIn.hint': 'Lav effekt, lille indsats: når der er tid',
	'opportunities.grid.moneyPit.hint': 'Lav effekt, stor indsats: tænk jer om',

	'quadrant.quickWin': 'Hurtig gevinst',
	'quadrant.bigBet': 'Stor satsning',
	'quadrant.fillIn': 'Småopgave',
	'quadrant.moneyPit': 'Pengesluger'
} satisfies Record<keyof typeof english, string>;
