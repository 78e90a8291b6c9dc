// Shared set-up for the projector's component tests: a workshop saved to a fresh database, a
// session on it, and the projector's output and quick-add line for one place on screen.
import { render } from '@testing-library/svelte';
import type { ProjectorTheme } from '$lib/components/projector/themes';
import { openDb } from '$lib/db/db';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import type { WorkshopData } from '$lib/domain/types';
import type { Place } from '$lib/machine/workshop.machine';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import ProjectorHarness from './ProjectorHarness.svelte';

let n = 0;

/** A workshop with nothing in it but the default phases Before, During and After. */
export function blankWorkshop(): WorkshopData {
	return emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
}

export async function setupProjector(
	place: Place,
	data: WorkshopData = blankWorkshop(),
	theme: ProjectorTheme = 'dark'
) {
	const db = openDb(`projector-test-${Date.now()}-${n++}`);
	await saveWorkshop(db, data);
	const session = new WorkshopSession(db, data);
	const view = render(ProjectorHarness, { props: { session, place, theme } });
	const output = view.container.querySelector<HTMLElement>('.projector-output')!;
	const saved = async () => {
		await session.flush();
		return (await loadWorkshop(db, data.workshop.id))!;
	};
	const cleanup = async () => {
		session.close();
		await session.flush();
		db.close();
		await db.delete();
	};
	return { session, view, output, saved, cleanup };
}
