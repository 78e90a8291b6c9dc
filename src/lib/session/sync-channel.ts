// Between tabs with the same workshop open: when a tab saves its version of a field over a
// version another tab had just saved, it says so here, so the other tab can tell its person
// and offer to put their text back. The data itself travels through the database.
import type { Path } from '$lib/domain/merge';
import type { ListName } from '$lib/domain/types';

export interface Overwrote {
	workshopId: string;
	list: ListName | null;
	id: string;
	path: Path;
	/** The value that was replaced: the other tab's. */
	lost: unknown;
}

function isOverwrote(data: unknown): data is Overwrote {
	const m = data as Partial<Overwrote> | null;
	return typeof m?.workshopId === 'string' && typeof m.id === 'string' && Array.isArray(m.path);
}

export interface SyncChannel {
	post(message: Overwrote): void;
	close(): void;
}

export function openSyncChannel(onmessage: (m: Overwrote) => void): SyncChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel('journey-workshop.sync');
	channel.onmessage = (event: MessageEvent) => {
		if (isOverwrote(event.data)) onmessage(event.data);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
