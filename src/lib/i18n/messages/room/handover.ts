// Workshop files on the start page — opening one handed over by the team lead, downloading one or
// all of them — in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const handover = defineMessages({
	en: {
		'handover.open': 'Open a workshop file',
		'handover.reading': 'Opening the file…',
		'handover.failed': 'This file could not be opened.',
		'handover.unchanged': 'Nothing on this device was changed.',
		'handover.cancelled': 'The file was not opened. Nothing on this device was changed.',
		'handover.error.read': 'The file could not be read. Try choosing it again.',
		'handover.error.tooBig':
			'It is larger than 5 MB, and a workshop file is much smaller. Check that it is the file you were sent.',
		'handover.error.notJson':
			'It is not a workshop file, or it was damaged on the way: its content cannot be read.',
		'handover.error.wrongFormat': 'This is not a Journey Workshop file.',
		'handover.error.newerVersion':
			'It was made by a newer version of Journey Workshop. Reload this page while you are online to get the new version, then open the file again.',
		'handover.error.noWorkshops': 'The file holds no workshop.',
		'handover.error.unsafeKey':
			'It contains a field called “{key}”, which a workshop file never has.',
		'handover.error.invalid': 'Something in it is not as a workshop file should be: {where}.',
		'handover.error.exists':
			'The same workshop appeared on this device while the file was opening. Try again.',
		'handover.error.clash':
			'Parts of it carry the same ids as another workshop on this device, so the two cannot live side by side.',
		'handover.error.storage':
			'The browser would not save it. The device may be running out of space.',
		'handover.where.workshop': 'workshop {n}',
		'handover.where.list': 'the list of {list}',
		'handover.where.row': '{list} no. {row}',
		'handover.where.field': 'the field “{field}”',
		'handover.list.stakeholders': 'stakeholder',
		'handover.list.personas': 'persona',
		'handover.list.interviews': 'interview',
		'handover.list.touchpoints': 'touchpoint',
		'handover.list.opportunities': 'opportunity',
		'handover.list.actions': 'action',
		'handover.listOf.stakeholders': 'stakeholders',
		'handover.listOf.personas': 'personas',
		'handover.listOf.interviews': 'interviews',
		'handover.listOf.touchpoints': 'touchpoints',
		'handover.listOf.opportunities': 'opportunities',
		'handover.listOf.actions': 'actions',
		'handover.conflict.titleOne': '“{name}” is already on this device',
		'handover.conflict.titleMany': '{count} of the workshops are already on this device',
		'handover.conflict.bodyOne':
			'The file holds a version of a workshop you already have here. Which should you keep?',
		'handover.conflict.bodyMany':
			'The file holds versions of workshops you already have here. Your choice applies to all of them.',
		'handover.conflict.dates': 'Here: edited {here}. In the file: edited {file}.',
		'handover.conflict.replaceNote':
			'Replacing throws away what was written in the one on this device.',
		'handover.conflict.replaceOne': 'Replace the one on this device',
		'handover.conflict.replaceMany': 'Replace the ones on this device',
		'handover.conflict.copyOne': 'Keep both (import as a copy)',
		'handover.conflict.copyMany': 'Keep both (import as copies)',
		'handover.conflict.cancel': 'Cancel',
		'handover.copyName': '{name} (copy)',
		'handover.done.new': '“{name}” is on this device now.',
		'handover.done.replaced': '“{name}” now holds the version from the file.',
		'handover.done.copy': '“{name}” was added. The one you already had is unchanged.',
		'handover.done.many': 'The file’s {count} workshops are on this device now.',
		'handover.openIt': 'Open “{name}”',
		'handover.error.tooLong':
			'A text in it is longer than {max} characters, more than a field here takes: {where}.',
		'handover.download': 'Download file',
		'handover.downloadAll': 'Download all workshops',
		'handover.downloading': 'The file “{file}” is downloading.',
		'handover.downloadingAll': 'The file “{file}” with all {count} workshops is downloading.',
		'handover.downloadFailed': 'The workshops could not be read from this device. Try again.'
	},
	da: {
		'handover.open': 'Åbn en workshopfil',
		'handover.reading': 'Åbner filen…',
		'handover.failed': 'Filen kunne ikke åbnes.',
		'handover.unchanged': 'Intet på denne enhed er ændret.',
		'handover.cancelled': 'Filen blev ikke åbnet. Intet på denne enhed er ændret.',
		'handover.error.read': 'Filen kunne ikke læses. Prøv at vælge den igen.',
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
		'handover.list.touchpoints': 'touchpoint',
		'handover.list.opportunities': 'mulighed',
		'handover.list.actions': 'handling',
		'handover.listOf.stakeholders': 'interessenter',
		'handover.listOf.personas': 'personaer',
		'handover.listOf.interviews': 'interviews',
		'handover.listOf.touchpoints': 'touchpoints',
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
			'En tekst i den er længere end {max} tegn, mere end et felt her kan rumme: {where}.',
		'handover.download': 'Hent fil',
		'handover.downloadAll': 'Hent alle workshops',
		'handover.downloading': 'Filen “{file}” bliver hentet.',
		'handover.downloadingAll': 'Filen “{file}” med alle {count} workshops bliver hentet.',
		'handover.downloadFailed': 'Workshoppene kunne ikke læses fra denne enhed. Prøv igen.'
	},
	sv: {
		'handover.open': 'Öppna en workshopfil',
		'handover.reading': 'Öppnar filen…',
		'handover.failed': 'Filen gick inte att öppna.',
		'handover.unchanged': 'Inget på den här enheten har ändrats.',
		'handover.cancelled': 'Filen öppnades inte. Inget på den här enheten har ändrats.',
		'handover.error.read': 'Filen gick inte att läsa. Försök välja den igen.',
		'handover.error.tooBig':
			'Den är större än 5 MB, och en workshopfil är mycket mindre. Kontrollera att det är filen du fick.',
		'handover.error.notJson':
			'Det är inte en workshopfil, eller så har den skadats på vägen: innehållet går inte att läsa.',
		'handover.error.wrongFormat': 'Det här är inte en fil från Journey Workshop.',
		'handover.error.newerVersion':
			'Den är gjord med en nyare version av Journey Workshop. Ladda om sidan medan du är uppkopplad för att få den nya versionen, och öppna sedan filen igen.',
		'handover.error.noWorkshops': 'Filen innehåller ingen workshop.',
		'handover.error.unsafeKey':
			'Den innehåller ett fält som heter ”{key}”, något som en workshopfil aldrig har.',
		'handover.error.invalid': 'Något i den är inte som det ska vara i en workshopfil: {where}.',
		'handover.error.exists':
			'Samma workshop dök upp på den här enheten medan filen öppnades. Försök igen.',
		'handover.error.clash':
			'Delar av den har samma id som en annan workshop på den här enheten, så de två kan inte ligga sida vid sida.',
		'handover.error.storage':
			'Webbläsaren ville inte spara den. Enheten har kanske slut på utrymme.',
		'handover.where.workshop': 'workshop {n}',
		'handover.where.list': 'listan med {list}',
		'handover.where.row': '{list} nr {row}',
		'handover.where.field': 'fältet ”{field}”',
		'handover.list.stakeholders': 'intressent',
		'handover.list.personas': 'persona',
		'handover.list.interviews': 'intervju',
		'handover.list.touchpoints': 'beröringspunkt',
		'handover.list.opportunities': 'möjlighet',
		'handover.list.actions': 'åtgärd',
		'handover.listOf.stakeholders': 'intressenter',
		'handover.listOf.personas': 'personor',
		'handover.listOf.interviews': 'intervjuer',
		'handover.listOf.touchpoints': 'beröringspunkter',
		'handover.listOf.opportunities': 'möjligheter',
		'handover.listOf.actions': 'åtgärder',
		'handover.conflict.titleOne': '”{name}” finns redan på den här enheten',
		'handover.conflict.titleMany': '{count} av workshopparna finns redan på den här enheten',
		'handover.conflict.bodyOne':
			'Filen innehåller en version av en workshop som du redan har här. Vilken vill du behålla?',
		'handover.conflict.bodyMany':
			'Filen innehåller versioner av workshoppar som du redan har här. Ditt val gäller alla.',
		'handover.conflict.dates': 'Här: ändrad {here}. I filen: ändrad {file}.',
		'handover.conflict.replaceNote':
			'Om du ersätter försvinner det som skrivits i den på den här enheten.',
		'handover.conflict.replaceOne': 'Ersätt den på den här enheten',
		'handover.conflict.replaceMany': 'Ersätt dem på den här enheten',
		'handover.conflict.copyOne': 'Behåll båda (importera som kopia)',
		'handover.conflict.copyMany': 'Behåll båda (importera som kopior)',
		'handover.conflict.cancel': 'Avbryt',
		'handover.copyName': '{name} (kopia)',
		'handover.done.new': '”{name}” finns nu på den här enheten.',
		'handover.done.replaced': '”{name}” innehåller nu versionen från filen.',
		'handover.done.copy': '”{name}” har lagts till. Den du redan hade är oförändrad.',
		'handover.done.many': 'Filens {count} workshoppar finns nu på den här enheten.',
		'handover.openIt': 'Öppna ”{name}”',
		'handover.error.tooLong':
			'En text i den är längre än {max} tecken, mer än ett fält här rymmer: {where}.',
		'handover.download': 'Ladda ner fil',
		'handover.downloadAll': 'Ladda ner alla workshoppar',
		'handover.downloading': 'Filen ”{file}” laddas ner.',
		'handover.downloadingAll': 'Filen ”{file}” med alla {count} workshoppar laddas ner.',
		'handover.downloadFailed': 'Workshopparna gick inte att läsa från den här enheten. Försök igen.'
	}
});
