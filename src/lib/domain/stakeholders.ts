// Step 2 at a glance: who stands front stage and who back stage, who is in the room, and how
// much of the map each person owns (touchpoints in step 7, opportunities in step 9).
import type { Opportunity, Stage, Stakeholder, Touchpoint } from './types';

/** How many touchpoints and opportunities name one stakeholder as their owner. */
export interface Ownership {
	touchpoints: number;
	opportunities: number;
}

/** One person in the overview. */
export interface OverviewEntry {
	id: string;
	name: string;
	team: string;
	attends: boolean;
	owns: Ownership;
}

export type StakeholderOverview = Record<Stage, OverviewEntry[]>;

interface Owned {
	touchpoints: readonly Pick<Touchpoint, 'ownerId'>[];
	opportunities: readonly Pick<Opportunity, 'ownerId'>[];
}

/** Ownership per stakeholder id; rows with no owner ('') are not counted for anyone. */
export function ownershipById(data: Owned): Record<string, Ownership> {
	const result: Record<string, Ownership> = {};
	const count = (rows: readonly { ownerId: string }[], key: keyof Ownership) => {
		for (const { ownerId } of rows) {
			if (!ownerId) continue;
			result[ownerId] ??= { touchpoints: 0, opportunities: 0 };
			result[ownerId][key] += 1;
		}
	};
	count(data.touchpoints, 'touchpoints');
	count(data.opportunities, 'opportunities');
	return result;
}

/**
 * The stakeholders split by stage, each list in the room's order. A row with neither a name nor
 * a team is still being typed and is left out, so the counts only hold real people.
 */
export function stakeholderOverview(
	data: Owned & { stakeholders: readonly Stakeholder[] }
): StakeholderOverview {
	const owned = ownershipById(data);
	const overview: StakeholderOverview = { front: [], back: [] };
	for (const s of data.stakeholders) {
		const name = s.name.trim();
		const team = s.team.trim();
		if (!name && !team) continue;
		overview[s.stage].push({
			id: s.id,
			name,
			team,
			attends: s.attends,
			owns: owned[s.id] ?? { touchpoints: 0, opportunities: 0 }
		});
	}
	return overview;
}
