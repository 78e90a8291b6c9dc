// The open workshop, shared with every step component of the wizard without prop drilling.
import { getContext, setContext } from 'svelte';
import type { WorkshopSession } from './workshop-session.svelte';

const KEY = Symbol('workshop-session');

export function setSession(session: WorkshopSession) {
	setContext(KEY, session);
}

export function getSession(): WorkshopSession {
	return getContext<WorkshopSession>(KEY);
}
