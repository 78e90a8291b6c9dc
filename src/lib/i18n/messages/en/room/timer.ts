// The step timer and the day's pace in English.
export const timer = {
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
};
