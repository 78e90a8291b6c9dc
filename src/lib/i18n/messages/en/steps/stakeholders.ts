// Step 2 “Everyone involved”: the words on its screen in English.
export const stakeholders = {
	'step.stakeholders.title': 'Everyone involved',
	'step.stakeholders.purpose':
		'The experience is a shared job. List everyone who delivers a part of it, front stage and back stage.',
	'step.stakeholders.prompt1': 'Who does the customer meet along the way?',
	'step.stakeholders.prompt2':
		'Who works behind the scenes to make it happen — hardware, purchasing, finance?',
	'step.stakeholders.prompt3': 'Where is the customer handed over from one team to another?',
	'step.stakeholders.prompt4': 'Who is missing from this room today?',
	'step.stakeholders.prompt5': 'Who could change things when we find a low point later?',
	'step.stakeholders.tip':
		'Ask everyone in the room to add themselves first, then the colleagues they hand work to. Back-stage teams are easy to forget, and they often own the waiting the customer feels.',
	'warn.stakeholders.fewerThanTwo':
		'A journey is rarely delivered by fewer than two people. Who else is involved?',
	'stakeholders.heading': 'Stakeholders',
	'stakeholders.add': 'Add stakeholder',
	'stakeholders.overview': 'Who is involved',
	'stakeholders.attending': '{n} of {total} take part in the workshop',
	'stakeholders.front': 'Front stage · {n}',
	'stakeholders.back': 'Back stage · {n}',
	'stakeholders.frontHint': 'Meets the customer',
	'stakeholders.backHint': 'Works behind the scenes',
	'stakeholders.nobody': 'No one yet',
	'stakeholders.inRoom': 'In the room',
	'stakeholders.owns': 'Owner of {list}',
	'stakeholders.touchpoints.one': '{n} touchpoint',
	'stakeholders.touchpoints.other': '{n} touchpoints',
	'stakeholders.opportunities.one': '{n} opportunity',
	'stakeholders.opportunities.other': '{n} opportunities',
	'field.stakeholder.name': 'Name',
	'field.stakeholder.team': 'Team',
	'field.stakeholder.role': 'Role in the journey',
	'field.stakeholder.stage': 'Front or back stage',
	'field.stakeholder.attends': 'Takes part in the workshop',
	'stage.front': 'Front stage',
	'stage.back': 'Back stage'
};
