// The team lead's preparation view: agenda, invitees, invitation, checklist, hand-over in English.
export const prepare = {
	'prepare.title': 'Prepare the workshop',
	'prepare.journey': 'Journey: {name}',
	'prepare.intro':
		'Settle the day before it comes: when and where, who is invited, the agenda, and the file the facilitator opens in the room.',
	'prepare.open': 'Open the workshop',
	'prepare.kept': 'Still saved: {value}.',

	'prepare.when.title': 'When and where',
	'prepare.when.shared': 'The date and the facilitator are the same fields as in step 1.',
	'prepare.when.start': 'Start time',
	'prepare.when.startHint': 'Hours and minutes on the 24-hour clock, e.g. 09:00.',
	'prepare.when.startInvalid': 'Write the time as hours and minutes, e.g. 09:00 or 13:30.',
	'prepare.when.place': 'Place',
	'prepare.when.placeHint': 'The building and the room, so nobody has to ask.',

	'prepare.agenda.title': 'The agenda',
	'prepare.agenda.intro':
		'A timebox for every step. If the room runs over, the steps still to come give up time, so the day still ends on time.',
	'prepare.agenda.step': 'Step',
	'prepare.agenda.minutes': 'Minutes',
	'prepare.agenda.time': 'Time',
	'prepare.agenda.row': '{n}. {title}',
	'prepare.agenda.unit': 'min',
	'prepare.agenda.span': '{from} → {to}',
	'prepare.agenda.minutesInvalid': 'Write a whole number of minutes from 1 to 240.',
	'prepare.agenda.total': 'In all: {duration}',
	'prepare.agenda.day': 'The day: {from} → {to}',
	'prepare.agenda.noStart': 'Set a start time above to see when each step begins and ends.',
	'prepare.agenda.minimum': 'Minimum per step (minutes)',
	'prepare.agenda.minimumHint': 'When the day runs late, no step is cut below this.',
	'prepare.agenda.minimumInvalid': 'Write a whole number of minutes, 1 or more.',
	'prepare.agenda.minimumTooLong': 'The minimum can’t be longer than the shortest step ({n} min).',
	'prepare.agenda.belowMinimum':
		'Shorter than the minimum of {n} min: {steps}. Re-balancing never shortens these steps.',
	'prepare.agenda.reset': 'Back to the default agenda',
	'prepare.agenda.resetHint':
		'Three hours, with the most time for touchpoints, emotions and opportunities.',
	'prepare.agenda.resetDone': 'The agenda is back to the default',
	'prepare.duration.hm': '{h} h {m} min',
	'prepare.duration.h': '{h} h',
	'prepare.duration.m': '{m} min',

	'prepare.invitees.title': 'Who is invited',
	'prepare.invitees.intro': 'Choose from the stakeholders of step 2.',
	'prepare.invitees.legend': 'Stakeholders to invite',
	'prepare.invitees.count': '{n} of {total} invited',
	'prepare.invitees.attending': 'Invite everyone marked as in the room',
	'prepare.invitees.inRoom': 'in the room',
	'prepare.invitees.unnamed': 'Stakeholder without a name',
	'prepare.invitees.none':
		'No stakeholders yet. Add the people you want to invite here; they appear in step 2 as well.',
	'prepare.invitees.name': 'Name of someone to invite',
	'prepare.invitees.add': 'Add and invite',
	'prepare.invitees.nameRequired': 'Write a name first.',

	'prepare.invitation.title': 'The invitation',
	'prepare.invitation.intro':
		'Ready to paste into an e-mail or a calendar invite. It follows what you fill in on this page.',
	'prepare.invitation.label': 'Invitation text',
	'prepare.invitation.copy': 'Copy the invitation',
	'prepare.invitation.copied': 'Copied. Paste it into your e-mail or calendar invite.',
	'prepare.invitation.copyFailed':
		'The browser would not let us copy. The invitation is selected: press Ctrl+C (⌘C on a Mac) to copy it.',

	'prepare.invite.subject': 'Invitation: customer journey workshop – {journey}',
	'prepare.invite.greeting': 'Hello,',
	'prepare.invite.intro':
		'You are invited to a workshop where we map the customer journey “{journey}” together: what the customer goes through, step by step, and how it feels along the way.',
	'prepare.invite.when': 'When: {when}',
	'prepare.invite.where': 'Where: {place}',
	'prepare.invite.facilitator': 'Facilitator: {name}',
	'prepare.invite.dateOpen': 'date to be decided',
	'prepare.invite.placeOpen': 'to be decided',
	'prepare.invite.time': '{from}–{to}',
	'prepare.invite.slot': '{from}–{to}',
	'prepare.invite.length': 'about {minutes} minutes',
	'prepare.invite.why': 'Why we meet',
	'prepare.invite.purpose':
		'To see the journey through the customer’s eyes, find where it hurts, and agree on what to change and who will do it.',
	'prepare.invite.goal': 'The map should help us with this: {goal}',
	'prepare.invite.agenda': 'Agenda',
	'prepare.invite.agendaMinutes': '{minutes} min',
	'prepare.invite.bring': 'Please bring',
	'prepare.invite.bring1': 'Stories from customers: complaints, praise, questions you often hear.',
	'prepare.invite.bring2': 'Examples of what the customer sees: e-mails, forms, web pages.',
	'prepare.invite.bring3':
		'What you know of your own part of the journey, in front of the customer or behind the scenes.',
	'prepare.invite.closing': 'See you there!',
	'prepare.invite.untitled': 'untitled journey',

	'prepare.advance.title': 'Prepared in advance',
	'prepare.advance.intro':
		'The persona and the interviews can be ready before the day, so the room starts from real customers.',
	'prepare.advance.personas': 'Personas: {n}',
	'prepare.advance.primary': 'Primary persona: {name}',
	'prepare.advance.noPrimary': 'No persona has a name yet.',
	'prepare.advance.interviews': 'Interviews: {n}',
	'prepare.advance.persona': 'Fill in the persona now',
	'prepare.advance.interview': 'Add interview notes now',
	'prepare.advance.needsName':
		'Give the journey a name first: open the workshop and fill in step 1.',

	'prepare.checklist.title': 'Checklist',
	'prepare.checklist.legend': 'Ready for the day',
	'prepare.checklist.count': '{n} of {total} ready',
	'prepare.checklist.room': 'Room booked',
	'prepare.checklist.projector': 'Projector or big screen',
	'prepare.checklist.stickyNotes': 'Sticky notes and markers',
	'prepare.checklist.guidePrinted': 'Interview guide printed',
	'prepare.checklist.interviewsDone': 'Interviews done',
	'prepare.checklist.invitationsSent': 'Invitations sent',
	'prepare.checklist.guide': 'Open the interview guide',

	'prepare.handover.title': 'Hand over',
	'prepare.handover.intro':
		'Send this file to the facilitator. On their laptop they choose “{open}” on the start page, and everything you prepared is there, with or without a network.',
	'prepare.handover.download': 'Download the workshop file',
	'prepare.handover.done': 'The workshop file “{file}” is downloading.'
};
