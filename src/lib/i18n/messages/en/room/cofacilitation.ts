// A co-facilitator on a second laptop, in English: the invite (wizard only, never the projector),
// joining by its link, and who else is in the workshop.
export const cofacilitation = {
	'co.invite': 'Invite a co-facilitator',
	'co.invite.hide': 'Hide the invite',
	'co.invite.hint':
		'Open this link on the other laptop, on the same Wi-Fi. It opens the whole workshop: give it only to your co-facilitator, never to the room.',
	'co.invite.qr': 'QR code of the link for a co-facilitator',
	'co.join.title': 'Join as co-facilitator',
	'co.join.lead':
		'The workshop is copied onto this laptop and kept in step with the other facilitator’s. If the network drops, keep working: it catches up when it is back.',
	'co.join.name': 'Your name',
	'co.join.nameHint': 'The other facilitator sees it beside the step you are on.',
	'co.join.go': 'Join the workshop',
	'co.join.joining': 'Copying the workshop…',
	'co.join.noToken': 'The link is missing its key. Open the whole link, or scan the QR code again.',
	'co.join.noServer':
		'Could not reach the facilitator’s laptop. Check that both laptops are on the same Wi-Fi, then try again.',
	'co.join.refused': 'This link does not open the workshop. Ask the facilitator for a new one.',
	'co.join.closed': 'The room is closed. Ask the facilitator to open it again.',
	'co.join.notShared':
		'The workshop is not shared yet: it has to be open on the facilitator’s laptop. Try again in a moment.',
	'co.join.storage':
		'This browser would not save the workshop (storage full or blocked). Free some space, or use another browser, and try again.',
	'co.presence.label': 'Also in this workshop',
	'co.presence.someone': 'A facilitator',
	'co.presence.step': 'step {n}',
	'co.presence.report': 'the report',
	'co.presence.typing': 'typing in “{field}”',
	'co.presence.follow': 'Follow',
	'co.presence.unfollow': 'Stop following',
	'co.presence.go': 'Go to step {n}'
};
