// Step 9 “Opportunities”: the words on its screen in English.
export const opportunities = {
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

	'opportunities.suggested': 'Suggested: the lows, gaps and pain points to answer',
	'opportunities.noSuggestions':
		'Nothing waiting: no low point, gap or pain point is left without an opportunity.',
	'opportunities.reason.gap': 'Gap',
	'opportunities.reason.painPoint.one': 'Pain point · heard in {n} interview',
	'opportunities.reason.painPoint.other': 'Pain point · heard in {n} interviews',
	'opportunities.fromSuggestion': 'Make an opportunity',
	'opportunities.taken': 'Has an opportunity',
	'opportunities.goTo': 'Go to it',
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

	'opportunities.voteHint':
		'Dot voting: Tab to the cards, ↑ ↓ to go from card to card, + or − to vote. Enter opens a card’s fields, Esc comes back.',
	'opportunities.vote.group': 'Votes for {item}',
	'opportunities.vote.add': 'Add a vote: {item}',
	'opportunities.vote.remove': 'Take back a vote: {item}',
	'opportunities.votes.one': '{item}: {n} vote',
	'opportunities.votes.other': '{item}: {n} votes',
	'opportunities.chipVotes.one': '{n} vote',
	'opportunities.chipVotes.other': '{n} votes',

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
};
