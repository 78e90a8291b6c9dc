// The step timer and the day's pace, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const timer = defineMessages({
	en: {
		'timer.label': 'Timer for this step',
		'timer.left': '{time} left',
		'timer.over': '{time} over',
		'timer.of': 'of {minutes} min',
		'timer.start': 'Start',
		'timer.pause': 'Pause',
		'timer.resume': 'Resume',
		'timer.reset': 'Reset',
		'timer.keyHint': 'T starts and pauses',
		'timer.onTime': 'On time',
		'timer.ahead': 'Ahead by {n} min',
		'timer.behind': 'Behind by {n} min',
		'timer.amber': 'Time to wrap up',
		'timer.red': 'Time is up'
	},
	da: {
		'timer.label': 'Timer for dette trin',
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
	},
	sv: {
		'timer.label': 'Timer för det här steget',
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
	}
});
