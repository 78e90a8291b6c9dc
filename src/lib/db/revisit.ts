// Revisits in the database: making the next visit of a journey from the stored one, in one
// transaction (read the earlier workshop, write the new one whole), and reading the chain of
// earlier visits a revisit compares with.
import { MAX_EARLIER_VISITS, makeRevisit } from '$lib/domain/revisit';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';
import type { JourneyDb } from './db';
import { loadWorkshop, saveWorkshop } from './workshops';

/** Makes and stores the revisit of workshop `id`; undefined when that workshop is not here. */
export async function createRevisit(
	db: JourneyDb,
	id: string,
	keepScores: boolean
): Promise<WorkshopData | undefined> {
	return db.transaction('rw', [db.workshops, ...LIST_NAMES.map((n) => db[n])], async () => {
		const earlier = await loadWorkshop(db, id);
		if (!earlier) return undefined;
		const next = makeRevisit(earlier, { keepScores });
		await saveWorkshop(db, next);
		return next;
	});
}

/**
 * `today` with the visits before it, oldest first (`compareVisits` reads them so): the earlier
 * workshop, the one before that… until one is not on this device, the chain loops, or `cap`
 * earlier visits are in.
 */
export async function loadChain(
	db: JourneyDb,
	today: WorkshopData,
	cap = MAX_EARLIER_VISITS
): Promise<WorkshopData[]> {
	const chain = [today];
	const seen = new Set([today.workshop.id]);
	let link = today.workshop.revisit;
	while (link && chain.length <= cap && !seen.has(link.of)) {
		const earlier = await loadWorkshop(db, link.of);
		if (!earlier) break;
		seen.add(earlier.workshop.id);
		chain.unshift(earlier);
		link = earlier.workshop.revisit;
	}
	return chain;
}
