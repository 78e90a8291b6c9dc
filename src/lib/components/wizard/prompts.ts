// What the facilitator asks the room at a step, and the tip for the facilitator: read from the
// catalogue, which holds three to five prompts per step. The wizard, the projector and the
// presenter window all show the same ones.
import { maybeT } from '$lib/i18n/locale.svelte';
import { type Place } from '$lib/domain/types';

export function stepPrompts(place: Place): string[] {
	return [1, 2, 3, 4, 5].flatMap((n) => maybeT(`step.${place}.prompt${n}`) ?? []);
}

export function stepTip(place: Place): string | undefined {
	return maybeT(`step.${place}.tip`);
}
