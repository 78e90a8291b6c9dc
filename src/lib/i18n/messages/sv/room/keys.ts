// The room's controls in the top bar, the keyboard shortcuts and their list (the ? key) in Swedish.
// The keys are the English file's (room/keys.ts); the compiler checks both have the same.
import type { keys as english } from '../../en/room/keys';

export const keys = {
	'room.projector': 'Projektor',
	'room.presenter': 'Presentatör',
	'room.presenterOpen': 'Presentatör ✓',
	'room.keys': 'Kortkommandon',
	'keys.title': 'Kortkommandon',
	'keys.intro': 'De fungerar när du inte skriver i ett fält.',
	'keys.room': 'Styra workshoppen',
	'keys.inProjector': 'I projektorläge',
	'keys.pageNext': 'Nästa sida, när ett steg fyller mer än en skärm',
	'keys.pageBack': 'Föregående sida',
	'keys.inStep': 'Inne i ett steg',
	'keys.close': 'Stäng',
	'keys.next': 'Nästa steg',
	'keys.back': 'Föregående steg',
	'keys.timer': 'Starta eller pausa timern',
	'keys.add': 'Lägg till något i det här steget',
	'keys.projector': 'Projektorläge på eller av',
	'keys.fullscreen': 'Helskärm på eller av',
	'keys.theme': 'Mörkt eller ljust projektortema',
	'keys.prompts': 'Visa eller dölj frågorna till gruppen',
	'keys.presenter': 'Öppna presentatörsfönstret',
	'keys.language': 'Nästa språk: English, Dansk, Svenska',
	'keys.help': 'Den här listan',
	'keys.enter': 'Nästa rad (Enter på en tom rad avslutar)',
	'keys.reorder': 'Flytta en rad eller fas upp eller ner',
	'keys.moveCard': 'Flytta en beröringspunkt till fasen före eller efter',
	'keys.delete': 'Ta bort den markerade beröringspunkten eller det markerade kortet',
	'keys.undo': 'Ångra den senaste borttagningen',
	'keys.score': 'Bedöm känslan vid en beröringspunkt (steg 8)',
	'keys.vote': 'Lägg till eller ta bort en röst (steg 9)',
	'keys.escape': 'Stäng en dialog, lämna helskärm'
} satisfies Record<keyof typeof english, string>;
