// Shared set-up for step component tests: a fresh database, a saved workshop and a session.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newWorkshopRecord } from '$lib/domain/factories';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import WithSession from './WithSession.svelte';

let n = 0;

export async function setupStep(component: Component, journeyName = '') {
	const db: JourneyDb = openDb(`component-test-${Date.now()}-${n++}`);
	const data = emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
	data.workshop.journey.name = journeyName;
	await saveWorkshop(db, data);
	const session = new WorkshopSession(db, data);
	const view = render(WithSession, { props: { session, component } });
	const cleanup = async () => {
		session.close();
		await session.flush();
		db.close();
		await db.delete();
	};
	return { db, session, view, id: data.workshop.id, cleanup };
}
