// Shared set-up for step component tests: a fresh database, a saved workshop and a session.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import WithSession from './WithSession.svelte';

let n = 0;

/** A saved workshop open in a session, with nothing rendered. */
export async function setupSession(journeyName = '') {
	const db: JourneyDb = openDb(`component-test-${Date.now()}-${n++}`);
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = journeyName;
	await saveWorkshop(db, data);
	const session = new WorkshopSession(db, data);
	const cleanup = async () => {
		session.close();
		await session.flush();
		db.close();
		await db.delete();
	};
	return { db, session, id: data.workshop.id, cleanup };
}

export async function setupStep(component: Component, journeyName = '') {
	const setup = await setupSession(journeyName);
	const view = render(WithSession, { props: { session: setup.session, component } });
	return { ...setup, view };
}
