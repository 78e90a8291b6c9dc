// The presenter window on the facilitator's own screen in Danish.
// The keys are the English file's (room/presenter.ts); the compiler checks both have the same.
import type { presenter as english } from '../../en/room/presenter';

export const presenter = {
	'presenter.title': 'Præsentation',
	'presenter.connected': 'Projektorvinduet følger dette vindue.',
	'presenter.waiting': 'Leder efter projektorvinduet…',
	'presenter.closed': 'Projektorvinduet er lukket. Intet er gået tabt.',
	'presenter.openProjector': 'Åbn projektorvinduet',
	'presenter.notes': 'Dine noter til dette trin',
	'presenter.notesHint': 'Kun du kan se dem. De gemmes sammen med workshoppen.',
	'presenter.controls': 'Styr rummet',
	'presenter.projectorOn': 'Projektortilstand: til',
	'presenter.projectorOff': 'Projektortilstand: fra',
	'presenter.themeDark': 'Tema: mørkt',
	'presenter.themeLight': 'Tema: lyst',
	'presenter.promptsShown': 'Spørgsmål på skærmen: vises',
	'presenter.promptsHidden': 'Spørgsmål på skærmen: skjult',
	'presenter.next': 'Næste',
	'presenter.nextStep': 'Trin {n}: {title} · {minutes} min.',
	'presenter.last': 'Derefter: rapporten.',
	'presenter.agenda': 'Dagen',
	'presenter.minutes': '{minutes} min.',
	'presenter.now': 'nu',
	'presenter.ends': 'Slutter kl. {time}'
} satisfies Record<keyof typeof english, string>;
