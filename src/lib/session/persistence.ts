// Asks the browser to keep this site's storage even when the disk runs low, so saved workshops
// are not evicted. Asked once a workshop exists (a browser may grant it only to sites in use);
// the answer decides whether the app reminds the user to keep a backup.
export type StorageKeep = 'persisted' | 'refused' | 'unsupported';

export async function keepStorage(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<StorageKeep> {
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	try {
		if (await storage.persisted()) return 'persisted';
		return (await storage.persist()) ? 'persisted' : 'refused';
	} catch {
		return 'unsupported';
	}
}
