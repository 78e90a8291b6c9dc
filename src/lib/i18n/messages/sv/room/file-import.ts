// Vad startsidan säger när en workshopfil är vald. Hämtas med filen. På svenska.
import type { fileImport as en } from '../../en/room/file-import';

export const fileImport: Record<keyof typeof en, string> = {
	'handover.failed': 'Filen gick inte att öppna.',
	'handover.unchanged': 'Inget på den här enheten har ändrats.',
	'handover.cancelled': 'Filen öppnades inte. Inget på den här enheten har ändrats.',
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
		'Delar av den har samma id som en annan workshop på den här enheten, så de två kan inte finnas samtidigt.',
	'handover.error.storage': 'Webbläsaren ville inte spara den. Enheten har kanske slut på utrymme.',
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
	'handover.listOf.personas': 'personas',
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
		'En text i den är längre än {max} tecken, mer än ett fält här rymmer: {where}.'
};
