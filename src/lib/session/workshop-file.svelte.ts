// The open workshop as a file: the one the team lead hands to the facilitator, named after the
// journey and the day so it is easy to find in a mail or a downloads folder, and the wizard's
// backup when saving fails ("not saved" offers it). Both are the backup format (db/backup.ts).
import { backupBlob } from '$lib/db/backup';
import { journeyFileName } from '$lib/domain/file-names';
import { workshopFileName } from '$lib/domain/invitation';
import { downloadBlob } from './download';
import type { WorkshopSession } from './workshop-session.svelte';

const fileOf = (session: WorkshopSession) => backupBlob([$state.snapshot(session.data)]);

/** Downloads the open workshop as a file; returns the file's name. */
export function downloadWorkshopFile(session: WorkshopSession): string {
	const name = workshopFileName(session.workshop.journey.name, session.workshop.date);
	downloadBlob(fileOf(session), name);
	return name;
}

/** Downloads what this tab holds of the workshop, stamped with the time, for safe keeping. */
export function downloadBackup(session: WorkshopSession) {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a file's time stamp, not state
	const now = new Date().toISOString();
	downloadBlob(
		fileOf(session),
		journeyFileName(session.workshop.journey.name, now, '-backup', 'json')
	);
}
