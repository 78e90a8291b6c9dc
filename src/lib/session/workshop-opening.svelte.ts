// Reading one workshop for a page (the wizard, preparation, the guide, the presenter): what the
// page shows until it is in, "not on this device", or "could not be opened" with a retry. A
// failed read wrote nothing, so trying again is always safe.
import { getDb } from '$lib/db/db';
import { loadWorkshop } from '$lib/db/workshops';
import type { WorkshopData } from '$lib/domain/types';

export type LoadState = 'loading' | 'missing' | 'failed';

export class WorkshopOpening {
	state: LoadState = $state('loading');
	#attempt = $state(0);

	/** Reads the workshop `id()` names, again whenever it changes; `opened` gets it. Call it
	 *  while a component is being set up: the read lives as long as the component. */
	constructor(id: () => string, opened: (data: WorkshopData) => void) {
		$effect(() => {
			const current = id();
			void this.#attempt;
			let live = true;
			this.state = 'loading';
			loadWorkshop(getDb(), current)
				.then((data) => {
					if (!live) return;
					if (data) opened(data);
					else this.state = 'missing';
				})
				.catch(() => {
					if (live) this.state = 'failed';
				});
			return () => {
				live = false;
			};
		});
	}

	retry = () => {
		this.#attempt++;
	};
}
