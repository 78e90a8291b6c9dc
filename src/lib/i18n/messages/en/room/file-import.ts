// What the start page says once a workshop file is chosen: why a file is refused and where,
// the question when a workshop is already here, and what was opened. Loaded with the file, not
// with the page. In English.
export const fileImport = {
	'handover.failed': 'This file could not be opened.',
	'handover.unchanged': 'Nothing on this device was changed.',
	'handover.cancelled': 'The file was not opened. Nothing on this device was changed.',
	'handover.error.tooBig':
		'It is larger than 5 MB, and a workshop file is much smaller. Check that it is the file you were sent.',
	'handover.error.notJson':
		'It is not a workshop file, or it was damaged on the way: its content cannot be read.',
	'handover.error.wrongFormat': 'This is not a Journey Workshop file.',
	'handover.error.newerVersion':
		'It was made by a newer version of Journey Workshop. Reload this page while you are online to get the new version, then open the file again.',
	'handover.error.noWorkshops': 'The file holds no workshop.',
	'handover.error.unsafeKey':
		'It contains a field called “{key}”, which a workshop file never has.',
	'handover.error.invalid': 'Something in it is not as a workshop file should be: {where}.',
	'handover.error.exists':
		'The same workshop appeared on this device while the file was opening. Try again.',
	'handover.error.clash':
		'Parts of it carry the same ids as another workshop on this device, so the two cannot live side by side.',
	'handover.error.storage':
		'The browser would not save it. The device may be running out of space.',
	'handover.where.workshop': 'workshop {n}',
	'handover.where.list': 'the list of {list}',
	'handover.where.row': '{list} no. {row}',
	'handover.where.field': 'the field “{field}”',
	'handover.list.stakeholders': 'stakeholder',
	'handover.list.personas': 'persona',
	'handover.list.interviews': 'interview',
	'handover.list.touchpoints': 'touchpoint',
	'handover.list.opportunities': 'opportunity',
	'handover.list.actions': 'action',
	'handover.listOf.stakeholders': 'stakeholders',
	'handover.listOf.personas': 'personas',
	'handover.listOf.interviews': 'interviews',
	'handover.listOf.touchpoints': 'touchpoints',
	'handover.listOf.opportunities': 'opportunities',
	'handover.listOf.actions': 'actions',
	'handover.conflict.titleOne': '“{name}” is already on this device',
	'handover.conflict.titleMany': '{count} of the workshops are already on this device',
	'handover.conflict.bodyOne':
		'The file holds a version of a workshop you already have here. Which should you keep?',
	'handover.conflict.bodyMany':
		'The file holds versions of workshops you already have here. Your choice applies to all of them.',
	'handover.conflict.dates': 'Here: edited {here}. In the file: edited {file}.',
	'handover.conflict.replaceNote':
		'Replacing throws away what was written in the one on this device.',
	'handover.conflict.replaceOne': 'Replace the one on this device',
	'handover.conflict.replaceMany': 'Replace the ones on this device',
	'handover.conflict.copyOne': 'Keep both (import as a copy)',
	'handover.conflict.copyMany': 'Keep both (import as copies)',
	'handover.conflict.cancel': 'Cancel',
	'handover.copyName': '{name} (copy)',
	'handover.done.new': '“{name}” is on this device now.',
	'handover.done.replaced': '“{name}” now holds the version from the file.',
	'handover.done.copy': '“{name}” was added. The one you already had is unchanged.',
	'handover.done.many': 'The file’s {count} workshops are on this device now.',
	'handover.openIt': 'Open “{name}”',
	'handover.error.tooLong':
		'A text in it is longer than {max} characters, more than a field here takes: {where}.'
};
