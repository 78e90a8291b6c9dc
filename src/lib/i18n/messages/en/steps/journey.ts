// Step 1 “One journey”: the words on its screen in English.
export const journey = {
	'step.journey.title': 'One journey',
	'step.journey.purpose':
		'Choose a single journey to map first, and say where it starts and where it really ends.',
	'step.journey.prompt1': 'Which journey do our customers complain about, or praise, the most?',
	'step.journey.prompt2': 'What makes the customer start this journey?',
	'step.journey.prompt3': 'When is it truly over for them — after aftercare, not at delivery?',
	'step.journey.prompt4': 'Who is the customer here: a colleague, a consumer or a business?',
	'step.journey.prompt5': 'What should this map help the business achieve?',
	'step.journey.tip':
		'Pick a journey narrow enough to finish today. If the room disagrees on where it starts or ends, write both down and keep the one the customer would recognise.',
	'field.facilitator': 'Facilitator',
	'field.date': 'Workshop date',
	'field.journey.name': 'Journey name',
	'field.journey.nameHint': 'For example: an employee orders a new laptop.',
	'field.journey.nameRequired': 'Give the journey a name — every other step builds on it.',
	'field.journey.segment': 'Customer segment',
	'field.journey.trigger': 'Where it starts (the trigger)',
	'field.journey.triggerHint':
		'The moment the customer needs something, e.g. a new colleague starts on Monday.',
	'field.journey.end': 'Where it ends',
	'field.journey.endHint':
		'After aftercare, not at delivery: include the first days of use and getting help.',
	'field.journey.lifecycle': 'Part of the customer lifecycle it covers',
	'field.journey.lifecycleHint': 'Choose every part the journey touches.',
	'field.journey.businessGoal': 'Business goal the map should serve',
	'field.journey.businessGoalHint':
		'What should change for the business, e.g. fewer calls to the service desk.',
	'segment.none': 'Choose…',
	'segment.internal': 'Internal customers',
	'segment.b2c': 'Consumers (B2C)',
	'segment.b2b': 'Businesses (B2B)',
	'segment.internalHint':
		'Colleagues are the customers. They cannot go elsewhere, so their frustration is easy to overlook.',
	'segment.b2cHint':
		'Usually one person decides, often quickly and alone, so every touchpoint has to work on its own.',
	'segment.b2bHint':
		'Expect a longer journey: several people decide, lead times are long and getting started can take months.',
	'lifecycle.aware': 'Becoming aware',
	'lifecycle.consider': 'Comparing and choosing',
	'lifecycle.buy': 'Buying or ordering',
	'lifecycle.onboard': 'Getting started',
	'lifecycle.use': 'Everyday use',
	'lifecycle.support': 'Getting help',
	'lifecycle.renew': 'Renewing or leaving'
};
