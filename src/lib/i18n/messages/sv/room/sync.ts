// What the app says when the same workshop is changed in two tabs or windows at once, or deleted
// in one while open in another. In Swedish.
// The keys are the English file's (room/sync.ts); the compiler checks both have the same.
import type { sync as english } from '../../en/room/sync';

export const sync = {
	'sync.replaced':
		'{where} ändrades i en annan flik i samma stund, och den flikens version är sparad.',
	'sync.conflict.afar': '{where} ändrades också på den andra datorn. Din version är sparad.',
	'sync.replaced.afar':
		'{where} ändrades på den andra datorn i samma stund, och dess version är sparad.',
	'sync.theirs.afar': 'Den andra datorn skrev: ”{text}”',
	'sync.yours': 'Du skrev: ”{text}”',
	'sync.putBack': 'Återställ min version',
	'sync.ok': 'OK',
	'sync.title': 'Ändrat på två ställen samtidigt',
	'sync.conflict': '{where} ändrades också i en annan flik. Den här flikens version är sparad.',
	'sync.theirs': 'Den andra fliken skrev: ”{text}”',
	'sync.takeTheirs': 'Använd den andra versionen',
	'sync.keepMine': 'Behåll min',
	'sync.deleted':
		'{where} togs bort i en annan flik medan du ändrade här. Den finns kvar, med dina ändringar.',
	'sync.deleteToo': 'Ta bort här också',
	'sync.more': 'och {n} till',
	'sync.gone':
		'Den här workshoppen har tagits bort i en annan flik. Det du ser här sparas inte längre.',
	'sync.keepHere': 'Behåll den: spara den här kopian igen',
	'sync.leave': 'Gå till startsidan',
	'sync.where.step': 'Steg {n}, {title}',
	'sync.where.row': 'Steg {n}, {title}: ”{name}”',
	'sync.where.prepare': 'Förberedelserna',
	'sync.where.notes': 'Dina anteckningar för steg {n}'
} satisfies Record<keyof typeof english, string>;
