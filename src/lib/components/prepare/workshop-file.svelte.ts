// The file the team lead hands to the facilitator: the whole workshop in the backup format,
// named after the journey and the day, so it is easy to find in a mail or a downloads folder.
import { backupBlob } from '$lib/db/backup';
import { workshopFileName } from '$lib/domain/invitation';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { downloadBlob } from '../ui/download';

/** Downloads the open workshop as a file; returns the file's name. */
export function downloadWorkshopFile(session: WorkshopSession): string {
	const name = workshopFileName(session.workshop.journey.name, session.workshop.date);
	downloadBlob(backupBlob([$state.snapshot(session.data)]), name);
	return name;
}
