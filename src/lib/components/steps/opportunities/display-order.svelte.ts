// The order the opportunity cards are shown in, and why it holds still.
//
// Dot voting happens with the mouse or the keyboard on one card after another. If "By votes"
// re-sorted on every click, the card being voted on would jump away under the pointer and the
// next click would land on a different idea. So a sorted view is a snapshot: the order is taken
// when the facilitator picks a sort and again only when they press "Sort now" (offered as soon
// as the snapshot no longer matches). Votes, impact and effort change in place meanwhile; a new
// opportunity joins at the end, a removed one leaves. "As added" never needs a snapshot.
import { sortOpportunities, type SortMode } from '$lib/domain/opportunities';
import type { Opportunity } from '$lib/domain/types';

export class DisplayOrder {
	mode: SortMode = $state('added');
	#snapshot: string[] = $state([]);
	// Set by the constructor; the derived values below read it lazily, after that.
	#list: () => Opportunity[] = () => [];

	constructor(list: () => Opportunity[]) {
		this.#list = list;
	}

	/** The order the current sort would give right now. */
	readonly fresh = $derived(sortOpportunities(this.#list(), this.mode));

	/** The order on screen. */
	readonly shown = $derived.by(() => {
		if (this.mode === 'added') return this.fresh;
		const at = (o: Opportunity) => this.#snapshot.indexOf(o.id);
		const known = this.#list()
			.filter((o) => at(o) >= 0)
			.sort((a, b) => at(a) - at(b));
		const added = sortOpportunities(
			this.#list().filter((o) => at(o) < 0),
			'added'
		);
		return [...known, ...added];
	});

	/** True when "Sort now" would change what is on screen. */
	readonly stale = $derived(this.shown.some((o, i) => this.fresh[i]?.id !== o.id));

	setMode(mode: SortMode) {
		this.mode = mode;
		this.sortNow();
	}

	sortNow() {
		this.#snapshot = this.fresh.map((o) => o.id);
	}
}
