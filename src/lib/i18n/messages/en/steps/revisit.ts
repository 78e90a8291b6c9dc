// Revisiting a journey (step 10's button, steps 8 and 10 then and now, the projector): the words
// in English.
export const revisit = {
	'revisit.button': 'Revisit this journey',
	'revisit.title': 'Revisit this journey',
	'revisit.intro':
		'A new workshop on the same journey, on the review date set in step 10. The scope, stakeholders, personas, phases and touchpoints come along. Interviews, opportunities and actions stay with this one, to compare with.',
	'revisit.scores': 'Feelings on the touchpoints',
	'revisit.scoresEmpty': 'Start empty: the room scores every touchpoint again',
	'revisit.scoresKept': 'As they were: the room changes only what moved',
	'revisit.create': 'Make the revisit',
	'revisit.cancel': 'Cancel',
	'revisit.failed': 'The revisit could not be made. Nothing was changed.',
	'revisit.missing':
		'This workshop revisits “{name}” of {date}, which is not on this device. Open its file here to compare then and now.',
	'revisit.since': 'Since {date}',
	'revisit.line': 'Feeling on {date}',
	'revisit.tooltip': 'On {date}: {score}',
	'revisit.moved': 'Moved',
	'revisit.moved.none': 'No feeling has moved yet.',
	'revisit.moved.item': '{title}: {mark}',
	'revisit.moved.label': '{title}, {direction} by {n}',
	'revisit.up': 'up',
	'revisit.down': 'down',
	'revisit.new': 'New since then',
	'revisit.removed': 'No longer on the map',
	'revisit.actions': 'The actions from {date}',
	'revisit.actions.none': 'No actions were planned then.',
	'revisit.done': 'Done',
	'revisit.notDone': 'Not done',
	'revisit.actions.count': '{done} of {total} done',
	'revisit.measures': 'The measures then and now',
	'revisit.measure': 'Measure',
	'revisit.then': 'On {date}',
	'revisit.now': 'Now',
	'revisit.target': 'Target',
	'revisit.unknown': 'Not noted'
};
