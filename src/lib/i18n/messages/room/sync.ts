// What the app says when the same workshop is changed in two tabs or windows at once, or deleted
// in one while open in another. In English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const sync = defineMessages({
	en: {
		'sync.replaced':
			'{where} was changed in another tab at the same moment, and that tab’s version is saved.',
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
	},
	da: {
		'sync.replaced':
			'{where} blev ændret i en anden fane i samme øjeblik, og den fanes udgave er gemt.',
		'sync.yours': 'Du skrev: “{text}”',
		'sync.putBack': 'Sæt min tilbage',
		'sync.ok': 'OK',
		'sync.title': 'Ændret to steder på én gang',
		'sync.conflict': '{where} blev også ændret i en anden fane. Denne fanes udgave er gemt.',
		'sync.theirs': 'Den anden fane skrev: “{text}”',
		'sync.takeTheirs': 'Brug den anden udgave',
		'sync.keepMine': 'Behold min',
		'sync.deleted':
			'{where} blev slettet i en anden fane, mens du ændrede den her. Den er beholdt med dine ændringer.',
		'sync.deleteToo': 'Slet den også her',
		'sync.more': 'og {n} mere',
		'sync.gone':
			'Denne workshop er slettet i en anden fane. Det, du ser her, bliver ikke længere gemt.',
		'sync.keepHere': 'Behold den: gem denne kopi igen',
		'sync.leave': 'Gå til forsiden',
		'sync.where.step': 'Trin {n}, {title}',
		'sync.where.row': 'Trin {n}, {title}: “{name}”',
		'sync.where.prepare': 'Forberedelsen',
		'sync.where.notes': 'Dine noter til trin {n}'
	},
	sv: {
		'sync.replaced':
			'{where} ändrades i en annan flik i samma stund, och den flikens version är sparad.',
		'sync.yours': 'Du skrev: ”{text}”',
		'sync.putBack': 'Sätt tillbaka min',
		'sync.ok': 'OK',
		'sync.title': 'Ändrat på två ställen samtidigt',
		'sync.conflict': '{where} ändrades också i en annan flik. Den här flikens version är sparad.',
		'sync.theirs': 'Den andra fliken skrev: ”{text}”',
		'sync.takeTheirs': 'Använd den andra versionen',
		'sync.keepMine': 'Behåll min',
		'sync.deleted':
			'{where} raderades i en annan flik medan du ändrade den här. Den finns kvar, med dina ändringar.',
		'sync.deleteToo': 'Radera den här också',
		'sync.more': 'och {n} till',
		'sync.gone':
			'Den här workshopen har raderats i en annan flik. Det du ser här sparas inte längre.',
		'sync.keepHere': 'Behåll den: spara den här kopian igen',
		'sync.leave': 'Gå till startsidan',
		'sync.where.step': 'Steg {n}, {title}',
		'sync.where.row': 'Steg {n}, {title}: ”{name}”',
		'sync.where.prepare': 'Förberedelserna',
		'sync.where.notes': 'Dina anteckningar för steg {n}'
	}
});
