// What the app says when the same workshop is changed in two tabs or windows at once, or deleted
// in one while open in another. In English.
export const sync = {
	'sync.replaced':
		'{where} was changed in another tab at the same moment, and that tab’s version is saved.',
	'sync.conflict.afar': '{where} was also changed on the other laptop. Your version is saved.',
	'sync.replaced.afar':
		'{where} was changed on the other laptop at the same moment, and that laptop’s version is saved.',
	'sync.theirs.afar': 'The other laptop wrote: “{text}”',
	'sync.yours': 'You wrote: “{text}”',
	'sync.putBack': 'Put mine back',
	'sync.ok': 'OK',
	'sync.title': 'Changed in two places at once',
	'sync.conflict': '{where} was also changed in another tab. This tab’s version is saved.',
	'sync.theirs': 'The other tab wrote: “{text}”',
	'sync.takeTheirs': 'Use the other version',
	'sync.keepMine': 'Keep mine',
	'sync.deleted':
		'{where} was deleted in another tab while you changed it here. It is kept, with your changes.',
	'sync.deleteToo': 'Delete it here too',
	'sync.more': 'and {n} more',
	'sync.gone': 'This workshop was deleted in another tab. What you see here is no longer saved.',
	'sync.keepHere': 'Keep it: save this copy again',
	'sync.leave': 'Go to the start page',
	'sync.where.step': 'Step {n}, {title}',
	'sync.where.row': 'Step {n}, {title}: “{name}”',
	'sync.where.prepare': 'The preparation',
	'sync.where.notes': 'Your notes for step {n}'
};
