// The projector window and the presenter window, joined over the room channel: the presenter's
// buttons drive the projector's session, the projector's moves show in the presenter, and the
// facilitator's notes reach both the database and the projector's copy of the workshop. The
// presenter window has a session of its own on the same database, as a second tab has.
import { flushSync } from 'svelte';
import { Room } from '$lib/components/wizard/room.svelte';
import type { JourneyDb } from '$lib/db/db';
import { loadWorkshop } from '$lib/db/workshops';
import type { WorkshopRecord } from '$lib/domain/types';
import { PresenterLink } from '$lib/session/presenter.svelte';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupSession } from './helpers';

const sessions: WorkshopSession[] = [];
afterEach(async () => {
	for (const s of sessions.splice(0)) {
		s.close();
		await s.flush();
	}
});

/** The presenter window's session: the workshop as it was read from `db`, or as `record`. */
async function presenterOn(db: JourneyDb, id: string, record?: WorkshopRecord) {
	const data = (await loadWorkshop(db, id))!;
	const session = new WorkshopSession(db, record ? { ...data, workshop: record } : data);
	sessions.push(session);
	return new PresenterLink(session);
}

async function setup() {
	const step = await setupSession('Laptop order');
	const room = new Room(step.session);
	const stopRoom = room.connect();
	const presenter = await presenterOn(step.db, step.id);
	const stopPresenter = presenter.connect();
	await vi.waitFor(() => expect(presenter.connected).toBe(true));
	return {
		...step,
		room,
		presenter,
		async close() {
			stopPresenter();
			stopRoom();
			await step.cleanup();
		}
	};
}

describe('projector and presenter windows', () => {
	it('the presenter hears where the room is as soon as it opens', async () => {
		const { presenter, session, close } = await setup();
		expect(presenter.state?.place).toBe(session.place);
		expect(presenter.state?.projector).toBe(false);
		expect(presenter.state?.minutes.touchpoints).toBe(30);
		await close();
	});

	it('the presenter drives the projector: steps, timer, projector mode', async () => {
		const { presenter, room, session, close } = await setup();
		presenter.send({ type: 'nav.next' });
		await vi.waitFor(() => expect(session.place).toBe('stakeholders'));
		presenter.send({ type: 'timer.toggle' });
		await vi.waitFor(() => expect(session.timer.running).toBe(true));
		presenter.send({ type: 'projector.toggle' });
		await vi.waitFor(() => expect(room.projector).toBe(true));
		// …and hears back what changed.
		await vi.waitFor(() => expect(presenter.state?.place).toBe('stakeholders'));
		await vi.waitFor(() => expect(presenter.state?.projector).toBe(true));
		expect(presenter.timer.running).toBe(true);
		await close();
	});

	it('a step changed in the projector window shows in the presenter', async () => {
		const { presenter, session, close } = await setup();
		session.send({ type: 'nav.goto', step: 'emotions' });
		flushSync();
		await vi.waitFor(() => expect(presenter.state?.place).toBe('emotions'));
		await close();
	});

	it('notes are saved to the database and reach the projector window', async () => {
		const { presenter, session, db, id, close } = await setup();
		presenter.setNote('journey', 'Start with the laptop story');
		await vi.waitFor(() =>
			expect(session.workshop.facilitation.notes.journey).toBe('Start with the laptop story')
		);
		await vi.waitFor(async () =>
			expect((await db.workshops.get(id))?.facilitation.notes.journey).toBe(
				'Start with the laptop story'
			)
		);
		await close();
	});

	it('a presenter opened again hears the latest notes even before they reach the disk', async () => {
		const step = await setupSession('Laptop order');
		const stopRoom = new Room(step.session).connect();
		const onDisk = JSON.parse(JSON.stringify(step.session.workshop));
		step.session.edit((w) => (w.facilitation.notes.persona = 'Bring the persona cards'));
		const presenter = await presenterOn(step.db, step.id, onDisk);
		expect(presenter.notes.persona).toBeUndefined();
		const stopPresenter = presenter.connect();
		await vi.waitFor(() => expect(presenter.notes.persona).toBe('Bring the persona cards'));
		// What is typed here is not overwritten by what the projector window last said.
		presenter.setNote('persona', 'Bring the persona cards and tape');
		step.session.edit((w) => (w.journey.businessGoal = 'Fewer calls to the desk'));
		await new Promise((r) => setTimeout(r, 50));
		expect(presenter.notes.persona).toBe('Bring the persona cards and tape');
		stopPresenter();
		stopRoom();
		await step.cleanup();
	});

	it('says when the projector window has gone, and a note still saves', async () => {
		const step = await setupSession('Laptop order');
		const stopRoom = new Room(step.session).connect();
		const presenter = await presenterOn(step.db, step.id);
		const stopPresenter = presenter.connect();
		await vi.waitFor(() => expect(presenter.connected).toBe(true));
		stopRoom();
		await vi.waitFor(() => expect(presenter.connected).toBe(false));
		presenter.setNote('plan', 'Phases from the interviews');
		stopPresenter();
		void presenter.session.flush();
		await vi.waitFor(async () =>
			expect((await step.db.workshops.get(step.id))?.facilitation.notes.plan).toBe(
				'Phases from the interviews'
			)
		);
		await step.cleanup();
	});
});

describe('a window that only shows the timer', () => {
	it('never writes back the time it read when it closes (the running window keeps its time)', async () => {
		const step = await setupSession('Laptop order');
		const presenter = await presenterOn(step.db, step.id);
		// The projector window runs the journey step's timer for a while and stores it.
		step.session.recordSpent('journey', 90_000);
		await step.session.flush();
		await vi.waitFor(() =>
			expect(presenter.session.workshop.facilitation.spentMs.journey).toBe(90_000)
		);
		presenter.session.close();
		await presenter.session.flush();
		expect((await step.db.workshops.get(step.id))?.facilitation.spentMs.journey).toBe(90_000);
		await step.cleanup();
	});
});
