// The room's controls in the top bar, the keyboard shortcuts and their list (the ? key) in Danish.
// The keys are the English file's (room/keys.ts); the compiler checks both have the same.
import type { keys as english } from '../../en/room/keys';

export const keys = {
	'room.projector': 'Projektor',
	'room.presenter': 'Præsentation',
	'room.presenterOpen': 'Præsentation ✓',
	'room.keys': 'Genveje',
	'keys.title': 'Tastaturgenveje',
	'keys.intro': 'De virker, når du ikke skriver i et felt.',
	'keys.room': 'Når du styrer rummet',
	'keys.inProjector': 'I projektortilstand',
	'keys.pageNext': 'Næste side, når et trin fylder mere end én skærm',
	'keys.pageBack': 'Forrige side',
	'keys.inStep': 'Inde i et trin',
	'keys.close': 'Luk',
	'keys.next': 'Næste trin',
	'keys.back': 'Forrige trin',
	'keys.timer': 'Start eller sæt timeren på pause',
	'keys.add': 'Tilføj noget til dette trin',
	'keys.projector': 'Projektortilstand til eller fra',
	'keys.fullscreen': 'Fuld skærm til eller fra',
	'keys.theme': 'Mørkt eller lyst projektortema',
	'keys.prompts': 'Vis eller skjul spørgsmålene til rummet',
	'keys.presenter': 'Åbn præsentationsvinduet',
	'keys.language': 'Næste sprog: English, Dansk, Svenska',
	'keys.help': 'Denne liste',
	'keys.enter': 'Næste række (Enter i en tom række stopper)',
	'keys.reorder': 'Flyt en række eller fase op eller ned',
	'keys.moveCard': 'Flyt et kontaktpunkt til fasen før eller efter',
	'keys.delete': 'Slet det valgte kontaktpunkt eller kort',
	'keys.undo': 'Fortryd den seneste sletning',
	'keys.score': 'Giv et kontaktpunkt en følelse (trin 8)',
	'keys.vote': 'Giv eller fjern en stemme (trin 9)',
	'keys.escape': 'Luk en dialog, forlad fuld skærm'
} satisfies Record<keyof typeof english, string>;
