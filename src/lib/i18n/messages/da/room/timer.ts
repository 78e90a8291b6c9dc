// The step timer and the day's pace in Danish.
// The keys are the English file's (room/timer.ts); the compiler checks both have the same.
import type { timer as english } from '../../en/room/timer';

export const timer = {
	'timer.label': 'Nedtælling for dette trin',
	'timer.left': '{time} tilbage',
	'timer.over': '{time} over tiden',
	'timer.of': 'af {minutes} min.',
	'timer.start': 'Start',
	'timer.pause': 'Pause',
	'timer.resume': 'Fortsæt',
	'timer.reset': 'Nulstil',
	'timer.keyHint': 'T starter og pauser',
	'timer.onTime': 'Til tiden',
	'timer.ahead': '{n} min. foran',
	'timer.behind': '{n} min. bagud',
	'timer.amber': 'Tid til at runde af',
	'timer.red': 'Tiden er gået'
} satisfies Record<keyof typeof english, string>;
