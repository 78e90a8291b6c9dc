// Revisiting a journey: the words in Danish.
// The keys are the English file's (steps/revisit.ts); the compiler checks both have the same.
import type { revisit as english } from '../../en/steps/revisit';

export const revisit = {
	'revisit.button': 'Gense denne kunderejse',
	'revisit.title': 'Gense denne kunderejse',
	'revisit.intro':
		'En ny workshop om den samme rejse, på datoen for gennemgangen fra trin 10. Afgrænsning, interessenter, personaer, faser og touchpoints kommer med. Interviews, muligheder og handlinger bliver i denne, så I kan sammenligne.',
	'revisit.scores': 'Følelserne ved touchpointene',
	'revisit.scoresEmpty': 'Start forfra: rummet vurderer hvert touchpoint igen',
	'revisit.scoresKept': 'Som de var: rummet ændrer kun det, der har flyttet sig',
	'revisit.create': 'Opret genbesøget',
	'revisit.cancel': 'Annuller',
	'revisit.failed': 'Genbesøget kunne ikke oprettes. Intet er ændret.',
	'revisit.missing':
		'Denne workshop genser “{name}” fra {date}, som ikke er på denne enhed. Åbn dens fil her for at sammenligne før og nu.',
	'revisit.since': 'Siden {date}',
	'revisit.line': 'Følelse den {date}',
	'revisit.tooltip': '{date}: {score}',
	'revisit.moved': 'Flyttet',
	'revisit.moved.none': 'Ingen følelse har flyttet sig endnu.',
	'revisit.moved.item': '{title}: {mark}',
	'revisit.moved.label': '{title}, {direction} med {n}',
	'revisit.up': 'op',
	'revisit.down': 'ned',
	'revisit.new': 'Nye siden da',
	'revisit.newMark': 'ny',
	'revisit.removedLine': 'Ikke længere på kortet: {names}',
	'revisit.removed': 'Ikke længere på kortet',
	'revisit.actions': 'Handlingerne fra {date}',
	'revisit.actions.none': 'Der var ingen handlinger planlagt dengang.',
	'revisit.done': 'Gjort',
	'revisit.notDone': 'Ikke gjort',
	'revisit.actions.count': '{done} af {total} gjort',
	'revisit.measures': 'Målingerne før og nu',
	'revisit.measure': 'Måling',
	'revisit.then': '{date}',
	'revisit.now': 'Nu',
	'revisit.target': 'Mål',
	'revisit.unknown': 'Ikke noteret'
} satisfies Record<keyof typeof english, string>;
