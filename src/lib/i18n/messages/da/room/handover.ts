// Ordene for workshopfiler, som alle sider kan vise; resten er i file-import.ts. På dansk.
import type { handover as en } from '../../en/room/handover';

export const handover: Record<keyof typeof en, string> = {
	'handover.open': 'Åbn en workshopfil',
	'handover.reading': 'Åbner filen…',
	'handover.download': 'Hent fil',
	'handover.downloadAll': 'Hent alle workshops',
	'handover.downloading': 'Filen “{file}” bliver hentet.',
	'handover.downloadingAll': 'Filen “{file}” med alle {count} workshops bliver hentet.',
	'handover.downloadFailed': 'Workshoppene kunne ikke læses fra denne enhed. Prøv igen.',
	'handover.error.read': 'Filen kunne ikke læses. Prøv at vælge den igen.'
};
