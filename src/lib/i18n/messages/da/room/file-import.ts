// Hvad startsiden siger, når en workshopfil er valgt. Hentes med filen. På dansk.
import type { fileImport as en } from '../../en/room/file-import';

export const fileImport: Record<keyof typeof en, string> = {
	'handover.failed': 'Filen kunne ikke åbnes.',
	'handover.unchanged': 'Intet på denne enhed er ændret.',
	'handover.cancelled': 'Filen blev ikke åbnet. Intet på denne enhed er ændret.',
	'handover.error.tooBig':
		'Den er større end 5 MB, og en workshopfil er meget mindre. Tjek, at det er den fil, du fik tilsendt.',
	'handover.error.notJson':
		'Det er ikke en workshopfil, eller den er blevet beskadiget undervejs: indholdet kan ikke læses.',
	'handover.error.wrongFormat': 'Det er ikke en fil fra Journey Workshop.',
	'handover.error.newerVersion':
		'Den er lavet med en nyere version af Journey Workshop. Genindlæs siden, mens du er online, så du får den nye version, og åbn så filen igen.',
	'handover.error.noWorkshops': 'Filen indeholder ingen workshop.',
	'handover.error.unsafeKey':
		'Den indeholder et felt med navnet “{key}”, som en workshopfil aldrig har.',
	'handover.error.invalid': 'Noget i den er ikke, som det skal være i en workshopfil: {where}.',
	'handover.error.exists':
		'Den samme workshop dukkede op på denne enhed, mens filen blev åbnet. Prøv igen.',
	'handover.error.clash':
		'Dele af den har de samme id’er som en anden workshop på denne enhed, så de to kan ikke ligge side om side.',
	'handover.error.storage':
		'Browseren ville ikke gemme den. Der er måske ikke mere plads på enheden.',
	'handover.where.workshop': 'workshop {n}',
	'handover.where.list': 'listen over {list}',
	'handover.where.row': '{list} nr. {row}',
	'handover.where.field': 'feltet “{field}”',
	'handover.list.stakeholders': 'interessent',
	'handover.list.personas': 'persona',
	'handover.list.interviews': 'interview',
	'handover.list.touchpoints': 'kontaktpunkt',
	'handover.list.opportunities': 'mulighed',
	'handover.list.actions': 'handling',
	'handover.listOf.stakeholders': 'interessenter',
	'handover.listOf.personas': 'personaer',
	'handover.listOf.interviews': 'interviews',
	'handover.listOf.touchpoints': 'kontaktpunkter',
	'handover.listOf.opportunities': 'muligheder',
	'handover.listOf.actions': 'handlinger',
	'handover.conflict.titleOne': '“{name}” findes allerede på denne enhed',
	'handover.conflict.titleMany': '{count} af workshoppene findes allerede på denne enhed',
	'handover.conflict.bodyOne':
		'Filen indeholder en version af en workshop, du allerede har her. Hvilken vil du beholde?',
	'handover.conflict.bodyMany':
		'Filen indeholder versioner af workshops, du allerede har her. Dit valg gælder dem alle.',
	'handover.conflict.dates': 'Her: ændret {here}. I filen: ændret {file}.',
	'handover.conflict.replaceNote':
		'Hvis du erstatter, forsvinder det, der er skrevet i den på denne enhed.',
	'handover.conflict.replaceOne': 'Erstat den på denne enhed',
	'handover.conflict.replaceMany': 'Erstat dem på denne enhed',
	'handover.conflict.copyOne': 'Behold begge (importér som kopi)',
	'handover.conflict.copyMany': 'Behold begge (importér som kopier)',
	'handover.conflict.cancel': 'Annullér',
	'handover.copyName': '{name} (kopi)',
	'handover.done.new': '“{name}” er nu på denne enhed.',
	'handover.done.replaced': '“{name}” indeholder nu versionen fra filen.',
	'handover.done.copy': '“{name}” er tilføjet. Den, du havde i forvejen, er uændret.',
	'handover.done.many': 'Filens {count} workshops er nu på denne enhed.',
	'handover.openIt': 'Åbn “{name}”',
	'handover.error.tooLong':
		'En tekst i den er længere end {max} tegn, mere end et felt her kan rumme: {where}.'
};
