// The presenter window on the facilitator's own screen in English.
export const presenter = {
	'presenter.title': 'Presenter',
	'presenter.connected': 'The projector window follows this one.',
	'presenter.waiting': 'Looking for the projector window…',
	'presenter.closed': 'The projector window is closed. Nothing is lost.',
	'presenter.openProjector': 'Open the projector window',
	'presenter.notes': 'Your notes for this step',
	'presenter.notesHint': 'Only you see these. They are saved with the workshop.',
	'presenter.controls': 'Run the room',
	'presenter.projectorOn': 'Projector mode: on',
	'presenter.projectorOff': 'Projector mode: off',
	'presenter.themeDark': 'Theme: dark',
	'presenter.themeLight': 'Theme: light',
	'presenter.promptsShown': 'Questions on screen: shown',
	'presenter.promptsHidden': 'Questions on screen: hidden',
	'presenter.next': 'Up next',
	'presenter.nextStep': 'Step {n}: {title} · {minutes} min',
	'presenter.last': 'After this: the report.',
	'presenter.agenda': 'The day',
	'presenter.minutes': '{minutes} min',
	'presenter.now': 'now',
	'presenter.ends': 'Ends at {time}'
};
