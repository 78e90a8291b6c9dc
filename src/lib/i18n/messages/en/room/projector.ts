// The projector view of each step and its quick-add line in English.
export const projector = {
	'projector.journey.empty':
		'No journey yet — ask the room: which one journey do we map first, and where does it start?',
	'projector.stakeholders.empty':
		'No one listed yet — ask the room: who meets the customer on this journey, and who works behind the scenes?',
	'projector.experience.empty':
		'No desired experience yet — ask the room: what should the customer always be able to count on?',
	'projector.persona.empty':
		'No persona yet — ask the room: who is the customer we meet most often on this journey?',
	'projector.persona.others': 'Other personas: {names}',
	'projector.interviews.empty':
		'No interviews yet — ask the room: who has talked to a customer who went through this journey lately?',
	'projector.plan.empty':
		'No phases yet — ask the room: what are the big stages of the journey, in the customer’s words?',
	'projector.touchpoints.empty':
		'No touchpoints yet — ask the room: where does the customer first meet us, and what happens next?',
	'projector.emotions.empty':
		'No touchpoints to score yet — map them in step 7, then ask the room: how does the customer feel at each one?',
	'projector.emotions.unscored':
		'Nothing scored yet — ask the room: which face fits the first touchpoint?',
	'projector.opportunities.empty':
		'No opportunities yet — ask the room: which low point would you fix first, and how?',
	'projector.improve.empty':
		'No actions yet — ask the room: who does what next, and by which date?',
	'projector.improve.noDue': 'No date yet',
	'projector.improve.measure': '{name}: now {current}, target {target}',
	'projector.report.empty': 'Nothing for the report yet — give the journey a name in step 1 first.',
	'projector.report.people':
		'Stakeholders: {stakeholders} · personas: {personas} · interviews: {interviews}',
	'projector.pages.page': 'Page {n} of {count}',
	'projector.pages.next': '↓ next page',
	'projector.pages.back': '↑ page back',
	'projector.pages.phase': 'Phase {n} of {total}',
	'projector.pages.phases': 'Phases {from}–{to} of {total}',
	'projector.pages.touchpoint': 'touchpoint {n} of {total}',
	'projector.pages.touchpoints': 'touchpoints {from}–{to} of {total}',
	'projector.pages.curve': 'Touchpoints {from}–{to} of {total}',
	'projector.pages.lows': 'Lows {from}–{to} of {total}',
	'projector.pages.ideas': '{shown} of {total} ideas',
	'projector.pages.single': '{n} of {total}',
	'projector.pages.part': '{from}–{to} of {total}',
	'projector.pages.onPage': 'On page {pages}',
	'projector.add.stakeholders': 'New stakeholder',
	'projector.add.experience': 'New experience statement',
	'projector.add.plan': 'New phase',
	'projector.add.touchpoints': 'New touchpoint',
	'projector.add.opportunities': 'New idea',
	'projector.add.improve': 'New action',
	'projector.added': 'Added “{item}”'
};
