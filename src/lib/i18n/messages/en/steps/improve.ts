// Step 10 “Keep improving”: the words on its screen in English.
export const improve = {
	'step.improve.title': 'Keep improving',
	'step.improve.purpose':
		'A map that nobody maintains goes stale. Decide how feedback keeps coming and who does what next.',
	'step.improve.prompt1': 'Once today is over, how do we keep hearing from customers?',
	'step.improve.prompt2': 'Which numbers will tell us the journey is getting better?',
	'step.improve.prompt3':
		'When do we meet over this map again — and what would make us meet sooner?',
	'step.improve.prompt4': 'Who owns each action, and by which date is it done?',
	'step.improve.prompt5': 'Where will these actions live tomorrow: which board, ticket or tool?',
	'step.improve.tip':
		'Do not close the workshop until every action has a date and an owner who is in the room. Book the review before people leave: a meeting in the calendar outlasts a good intention.',
	'warn.improve.noActions': 'No actions yet. A map without actions changes nothing.',
	'warn.improve.noReviewDate': 'Set a date to revisit the map.',

	'improve.feedback.heading': 'How feedback keeps coming in',
	'improve.feedback.intro':
		'What you ask or collect, and where: e.g. an NPS question after delivery, or a feedback link in a status e-mail.',
	'improve.feedback.what': 'Feedback {n}',
	'improve.feedback.where': 'Touchpoint for feedback {n}',
	'improve.feedback.anywhere': 'At no particular touchpoint',
	'improve.feedback.add': 'Add a way to get feedback',

	'improve.measures.heading': 'Measures we follow',
	'improve.measures.intro': 'Where each number stands today, and where it should get to.',
	'improve.measures.name': 'Measure {n}',
	'improve.measures.current': 'Value now {n}',
	'improve.measures.target': 'Target {n}',
	'improve.measures.targetHint':
		'Put a number in the target, e.g. “below 0.1” or “95 %”, so you can tell when you are there.',
	'improve.measures.add': 'Add a measure',

	'improve.review.heading': 'When we look at the map again',
	'field.improve.reviewDate': 'Next review of the map',
	'improve.review.when': '{date} — {relative}',
	'improve.review.past':
		'This date has already passed. Pick a new one, e.g. three months from today, and put it in the calendar.',
	'field.improve.reviewTriggers': 'What triggers an earlier review',
	'improve.review.triggersHint':
		'Big changes, e.g. a new tool, a new supplier, or NPS dropping below an agreed level.',

	'actions.heading': 'Actions',
	'actions.add': 'Add action',
	'actions.fromOpportunity': 'Make actions from opportunities without one',
	'actions.pending': 'Opportunities without an action',
	'actions.makeOne': 'Make an action',
	'actions.noOpportunity': 'No opportunity',
	'actions.overdue': 'Overdue: the due date has passed and it is not done.',
	'field.action.title': 'Action',
	'field.action.owner': 'Owner',
	'field.action.due': 'Due date',
	'field.action.status': 'Status',
	'field.action.opportunity': 'Comes from opportunity',
	'actionStatus.todo': 'To do',
	'actionStatus.doing': 'In progress',
	'actionStatus.done': 'Done',

	'export.heading': 'Take the actions to your tools',
	'export.intro':
		'CSV for an import into Jira or Trello; Markdown for a ticket, a wiki page or a chat.',
	'export.none': 'Add an action first, then take the list to the tools the teams use.',
	'export.downloadCsv': 'Download CSV',
	'export.copyCsv': 'Copy CSV',
	'export.downloadMarkdown': 'Download Markdown',
	'export.copyMarkdown': 'Copy Markdown',
	'export.copied': 'Copied. Paste it where the team works.',
	'export.copyFailed':
		'The browser would not let us copy. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
	'export.fallback': 'Text to copy',
	'export.problem': 'Problem',
	'export.idea': 'Idea',
	'export.journey': 'Journey',
	'export.label.todo': 'to-do',
	'export.label.doing': 'in-progress',
	'export.label.done': 'done',
	'export.label.map': 'journey-map',
	'export.md.heading': 'Actions',
	'export.md.due': 'due',
	'export.md.untitled': 'Untitled action'
};
