// The step timer and the day's pace in Swedish.
// The keys are the English file's (room/timer.ts); the compiler checks both have the same.
import type { timer as english } from '../../en/room/timer';

export const timer = {
	'timer.label': 'Nedräkning för det här steget',
	'timer.left': '{time} kvar',
	'timer.over': '{time} över tiden',
	'timer.of': 'av {minutes} min',
	'timer.start': 'Starta',
	'timer.pause': 'Pausa',
	'timer.resume': 'Fortsätt',
	'timer.reset': 'Nollställ',
	'timer.keyHint': 'T startar och pausar',
	'timer.onTime': 'I tid',
	'timer.ahead': '{n} min före',
	'timer.behind': '{n} min efter',
	'timer.amber': 'Dags att runda av',
	'timer.red': 'Tiden är ute'
} satisfies Record<keyof typeof english, string>;
