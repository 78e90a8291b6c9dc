// Shared set-up for step component tests: a fresh database, a saved workshop and a session.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import type { WorkshopData } from '$lib/domain/types';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import WithSession from './WithSession.svelte';

let n = 0;

/** A saved workshop open in a session, with nothing rendered; `fill` adds data before saving.
 *  `saved()` writes what is pending and reads the workshop back from the database. */
export async function setupSession(
	journeyName = '',
	fill: (data: WorkshopData) => void = () => {}
) {
	const db: JourneyDb = openDb(`component-test-${Date.now()}-${n++}`);
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = journeyName;
	fill(data);
	await saveWorkshop(db, data);
	const session = new WorkshopSession(db, data);
	const cleanup = async () => {
		session.close();
		await session.flush();
		db.close();
		await db.delete();
	};
	const saved = async () => {
		await session.flush();
		return (await loadWorkshop(db, data.workshop.id))!;
	};
	return { db, session, id: data.workshop.id, cleanup, saved };
}

/** jsdom has no ResizeObserver, which Chart.js needs to follow its box (a canvas mock draws). */
export function stubResizeObserver() {
	beforeEach(() => {
		vi.stubGlobal(
			'ResizeObserver',
			class {
				observe() {}
				unobserve() {}
				disconnect() {}
			}
		);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});
}

export async function setupStep(component: Component, journeyName = '') {
	const setup = await setupSession(journeyName);
	const view = render(WithSession, { props: { session: setup.session, component } });
	return { ...setup, view };
}
