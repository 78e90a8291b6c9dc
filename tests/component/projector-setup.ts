// Shared set-up for the projector's component tests: a workshop saved to a fresh database, a
// session on it, and the projector's output and quick-add line for one place on screen.
import { render } from '@testing-library/svelte';
import type { ProjectorTheme } from '$lib/components/projector/themes';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import type { WorkshopData, Place } from '$lib/domain/types';
import { setupSession } from './helpers';
import ProjectorHarness from './ProjectorHarness.svelte';

/** A workshop with nothing in it but the default phases Before, During and After. */
export function blankWorkshop(): WorkshopData {
	return emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
}

export async function setupProjector(
	place: Place,
	data: WorkshopData = blankWorkshop(),
	theme: ProjectorTheme = 'dark'
) {
	const { session, saved, cleanup } = await setupSession('', (blank) => Object.assign(blank, data));
	const view = render(ProjectorHarness, { props: { session, place, theme } });
	const output = view.container.querySelector<HTMLElement>('.projector-output')!;
	// Each place's view loads the first time it is shown.
	await vi.waitFor(() => expect(output.firstElementChild).not.toBeNull());
	return { session, view, output, saved, cleanup };
}
