// A workshop as a JSON file: the escape hatch when the browser will not save, and the file a
// team lead hands to the facilitator. Import and validation come with the durability work.
import type { WorkshopData } from '$lib/domain/types';

export const BACKUP_FORMAT = 'journey-workshop';
export const BACKUP_VERSION = 1;

export function backupBlob(workshops: WorkshopData[]): Blob {
	const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, workshops };
	return new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
}
