// Orden för workshopfiler som alla sidor kan visa; resten finns i file-import.ts. På svenska.
import type { handover as en } from '../../en/room/handover';

export const handover: Record<keyof typeof en, string> = {
	'handover.open': 'Öppna en workshopfil',
	'handover.reading': 'Öppnar filen…',
	'handover.download': 'Ladda ner filen',
	'handover.downloadAll': 'Ladda ner alla workshoppar',
	'handover.downloading': 'Filen ”{file}” laddas ner.',
	'handover.downloadingAll': 'Filen ”{file}” med alla {count} workshoppar laddas ner.',
	'handover.downloadFailed': 'Workshopparna gick inte att läsa från den här enheten. Försök igen.',
	'handover.error.read': 'Filen gick inte att läsa. Försök välja den igen.'
};
