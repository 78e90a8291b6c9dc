// Step 3 “Desired experience”: the words on its screen in English.
export const experience = {
	'warn.experience.noAmbitionChosen': 'Choose one of the ambitions — the room needs one direction.',
	'warn.experience.vagueStatements':
		'Some statements are vague. Add a number, a deadline or an “always/never” so they can be checked.',
	'step.experience.title': 'Desired experience',
	'step.experience.purpose':
		'Decide what experience you want to give, and make it concrete enough to measure.',
	'step.experience.prompt1':
		'A year from now, what should the customer tell a colleague about this journey?',
	'step.experience.prompt2':
		'What are two or three ways we could aim — and which one can our teams really deliver?',
	'step.experience.prompt3':
		'“Good service” — what exactly would the customer notice? Say it with a number, a deadline or an “always”.',
	'step.experience.prompt4': 'What must never happen to the customer on this journey?',
	'step.experience.prompt5': 'Which number will tell us, in six months, that we got there?',
	'step.experience.tip':
		'Let the room write the ambitions before anyone picks one. When a statement sounds nice but cannot be checked, ask “How would the customer notice?” until it has a number or an “always”.',
	'field.experience.vision': 'Vision',
	'experience.visionHint': 'One or two sentences the whole room can stand behind.',
	'field.experience.ambition': 'Ambition',
	'field.experience.ambitionOption': 'Option {n}',
	'experience.ambitionHint': 'Write two or three, then choose one.',
	'experience.chooseAmbition': 'Choose this ambition',
	'experience.chosen': 'Chosen',
	'experience.addAmbition': 'Add an option',
	'experience.tooManyAmbitions':
		'More than three options make the choice hard. Can some of them be merged?',
	'field.experience.statements': 'Experience statements',
	'field.experience.statement': 'Statement {n}',
	'experience.statementsHint':
		'Write what the customer will notice, e.g. “The customer always knows when the laptop arrives.”',
	'experience.vagueStatement':
		'Vague: add a number, a deadline or an “always/never”, e.g. “answered within 2 days”.',
	'experience.addStatement': 'Add statement',
	'field.experience.successMeasure': 'How success is measured',
	'field.experience.npsTarget': 'NPS target',
	'experience.npsHint': 'A whole number from −100 to 100. Leave it empty if you do not use NPS.',
	'experience.npsInvalid':
		'Type a whole number from −100 to 100, e.g. 40. Until then, it is not saved.',
	'experience.measures': 'Other measures',
	'experience.measuresHint':
		'What will you count, and what should it reach? E.g. chase calls per order: fewer than 1 in 10.',
	'field.experience.measureName': 'Measure {n}',
	'field.experience.measureTarget': 'Target {n}',
	'experience.targetNeedsNumber':
		'Give the target a number, e.g. “fewer than 1 in 10” or “5 days”.',
	'experience.addMeasure': 'Add a measure'
};
