// A revisit's earlier visits for the screens that compare (steps 8 and 10, the projector, the
// report): the chain is read from the database when the workshop links to an earlier one, and the
// comparison follows today's edits as they happen (a score changed shows its arrow at once).
// A first visit reads nothing.
import { untrack } from 'svelte';
import { createRevisit, loadChain } from '$lib/db/revisit';
import { compareVisits, type Comparison } from '$lib/domain/revisit';
import type { WorkshopData } from '$lib/domain/types';
import type { WorkshopSession } from './workshop-session.svelte';

export class EarlierVisits {
	/** The earlier visits, oldest first; [] on a first visit or while reading. */
	earlier: WorkshopData[] = $state.raw([]);
	/** False until the chain has been read (or there is none to read). */
	ready = $state(false);
	readonly #session: WorkshopSession;

	/** Call while a component is being set up: the read lives as long as the component. */
	constructor(session: WorkshopSession) {
		this.#session = session;
		$effect(() => {
			const of = session.workshop.revisit?.of;
			let live = true;
			if (!of) {
				this.earlier = [];
				this.ready = true;
				return;
			}
			// Read again only when the link changes, not on every edit of today's workshop.
			const today = untrack(() => $state.snapshot(session.data) as WorkshopData);
			void loadChain(session.db, today).then(
				(chain) => {
					if (!live) return;
					this.earlier = chain.slice(0, -1);
					this.ready = true;
				},
				() => {
					if (live) this.ready = true;
				}
			);
			return () => {
				live = false;
			};
		});
	}

	/** Today beside the earlier visits; null on a first visit. */
	readonly comparison: Comparison | null = $derived.by(() => {
		const session = this.#session;
		if (!session.workshop.revisit || !this.ready) return null;
		return compareVisits([...this.earlier, session.data]);
	});
}

/** Makes the next visit of the open workshop, after writing what is pending; its data, or
 *  undefined when the workshop is no longer stored. */
export async function revisitOpen(
	session: WorkshopSession,
	keepScores: boolean
): Promise<WorkshopData | undefined> {
	await session.flush().catch(() => undefined);
	return createRevisit(session.db, session.workshop.id, keepScores);
}

/** The earlier visits of the open workshop, read once (the report). */
export async function earlierOf(session: WorkshopSession): Promise<WorkshopData[]> {
	if (!session.workshop.revisit) return [];
	const chain = await loadChain(session.db, $state.snapshot(session.data));
	return chain.slice(0, -1);
}
