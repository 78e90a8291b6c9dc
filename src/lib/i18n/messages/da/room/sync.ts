// What the app says when the same workshop is changed in two tabs or windows at once, or deleted
// in one while open in another. In Danish.
// The keys are the English file's (room/sync.ts); the compiler checks both have the same.
import type { sync as english } from '../../en/room/sync';

export const sync = {
	'sync.replaced':
		'{where} blev ændret i en anden fane i samme øjeblik, og den fanes udgave er gemt.',
	'sync.conflict.afar': '{where} blev også ændret på den anden bærbare. Din version er gemt.',
	'sync.replaced.afar':
		'{where} blev ændret på den anden bærbare i samme øjeblik, og dens version er gemt.',
	'sync.theirs.afar': 'Den anden bærbare skrev: “{text}”',
	'sync.yours': 'Du skrev: “{text}”',
	'sync.putBack': 'Gendan min',
	'sync.ok': 'OK',
	'sync.title': 'Ændret to steder på én gang',
	'sync.conflict': '{where} blev også ændret i en anden fane. Denne fanes udgave er gemt.',
	'sync.theirs': 'Den anden fane skrev: “{text}”',
	'sync.takeTheirs': 'Brug den anden udgave',
	'sync.keepMine': 'Behold min',
	'sync.deleted':
		'{where} blev slettet i en anden fane, mens du ændrede den her. Den er beholdt med dine ændringer.',
	'sync.deleteToo': 'Slet den også her',
	'sync.more': 'og {n} til',
	'sync.gone':
		'Denne workshop er slettet i en anden fane. Det, du ser her, bliver ikke længere gemt.',
	'sync.keepHere': 'Behold den: gem denne kopi igen',
	'sync.leave': 'Gå til forsiden',
	'sync.where.step': 'Trin {n}, {title}',
	'sync.where.row': 'Trin {n}, {title}: “{name}”',
	'sync.where.prepare': 'Forberedelsen',
	'sync.where.notes': 'Dine noter til trin {n}'
} satisfies Record<keyof typeof english, string>;
