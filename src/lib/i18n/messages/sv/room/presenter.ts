// The presenter window on the facilitator's own screen in Swedish.
// The keys are the English file's (room/presenter.ts); the compiler checks both have the same.
import type { presenter as english } from '../../en/room/presenter';

export const presenter = {
	'presenter.title': 'Presentatör',
	'presenter.connected': 'Projektorfönstret följer det här fönstret.',
	'presenter.waiting': 'Letar efter projektorfönstret…',
	'presenter.closed': 'Projektorfönstret är stängt. Inget har gått förlorat.',
	'presenter.openProjector': 'Öppna projektorfönstret',
	'presenter.notes': 'Dina anteckningar för det här steget',
	'presenter.notesHint': 'Bara du ser dem. De sparas med workshoppen.',
	'presenter.controls': 'Styr workshoppen',
	'presenter.projectorOn': 'Projektorläge: på',
	'presenter.projectorOff': 'Projektorläge: av',
	'presenter.themeDark': 'Tema: mörkt',
	'presenter.themeLight': 'Tema: ljust',
	'presenter.promptsShown': 'Frågor på skärmen: visas',
	'presenter.promptsHidden': 'Frågor på skärmen: dolda',
	'presenter.next': 'Härnäst',
	'presenter.nextStep': 'Steg {n}: {title} · {minutes} min',
	'presenter.last': 'Därefter: rapporten.',
	'presenter.agenda': 'Dagen',
	'presenter.minutes': '{minutes} min',
	'presenter.now': 'nu',
	'presenter.ends': 'Slutar kl. {time}'
} satisfies Record<keyof typeof english, string>;
