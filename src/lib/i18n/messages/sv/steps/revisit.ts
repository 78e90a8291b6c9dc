// Revisiting a journey: the words in Swedish.
// The keys are the English file's (steps/revisit.ts); the compiler checks both have the same.
import type { revisit as english } from '../../en/steps/revisit';

export const revisit = {
	'revisit.button': 'Återbesök den här kundresan',
	'revisit.title': 'Återbesök den här kundresan',
	'revisit.intro':
		'En ny workshop om samma resa, på datumet för genomgången från steg 10. Avgränsning, intressenter, personor, faser och beröringspunkter följer med. Intervjuer, möjligheter och åtgärder stannar i den här, så att ni kan jämföra.',
	'revisit.scores': 'Känslorna vid beröringspunkterna',
	'revisit.scoresEmpty': 'Börja om: rummet bedömer varje beröringspunkt igen',
	'revisit.scoresKept': 'Som de var: rummet ändrar bara det som har flyttat sig',
	'revisit.create': 'Skapa återbesöket',
	'revisit.cancel': 'Avbryt',
	'revisit.failed': 'Återbesöket kunde inte skapas. Inget har ändrats.',
	'revisit.missing':
		'Den här workshoppen återbesöker ”{name}” från {date}, som inte finns på den här enheten. Öppna dess fil här för att jämföra då och nu.',
	'revisit.since': 'Sedan {date}',
	'revisit.line': 'Känsla den {date}',
	'revisit.tooltip': '{date}: {score}',
	'revisit.moved': 'Flyttade',
	'revisit.moved.none': 'Ingen känsla har flyttat sig än.',
	'revisit.moved.item': '{title}: {mark}',
	'revisit.moved.label': '{title}, {direction} med {n}',
	'revisit.up': 'upp',
	'revisit.down': 'ned',
	'revisit.new': 'Nya sedan dess',
	'revisit.newMark': 'ny',
	'revisit.removedLine': 'Inte längre på kartan: {names}',
	'revisit.removed': 'Inte längre på kartan',
	'revisit.actions': 'Åtgärderna från {date}',
	'revisit.actions.none': 'Inga åtgärder planerades då.',
	'revisit.done': 'Klar',
	'revisit.notDone': 'Inte klar',
	'revisit.actions.count': '{done} av {total} klara',
	'revisit.measures': 'Mätetalen då och nu',
	'revisit.measure': 'Mätetal',
	'revisit.then': '{date}',
	'revisit.now': 'Nu',
	'revisit.target': 'Mål',
	'revisit.unknown': 'Inte noterat'
} satisfies Record<keyof typeof english, string>;
