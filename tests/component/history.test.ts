// Undo and redo in the session: every kind of edit, one step at a time, only this window's own.
import { setupSession } from './helpers';
import { loadWorkshop } from '$lib/db/workshops';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { PAUSE_MS } from '$lib/session/history.svelte';

const tick = () => Promise.resolve();

describe('history', () => {
	let setup: Awaited<ReturnType<typeof setupSession>>;
	afterEach(() => setup.cleanup());

	it('typing is one step until a pause; undo and redo walk it back and forth', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
		try {
			setup = await setupSession('');
			const { session } = setup;
			const type = async (text: string) => {
				session.edit((w) => (w.journey.name = text));
				await tick();
			};
			for (const text of ['O', 'On', 'Onb']) await type(text);
			vi.advanceTimersByTime(PAUSE_MS + 10);
			for (const text of ['Onb ', 'Onb x']) await type(text);
			expect(session.history.undoStep?.label).toMatchObject({ kind: 'edit', area: 'journey' });
			expect(session.history.undo()).toBe(true);
			expect(session.workshop.journey.name).toBe('Onb');
			expect(session.history.undo()).toBe(true);
			expect(session.workshop.journey.name).toBe('');
			expect(session.history.undo()).toBe(false);
			expect(session.history.redo()).toBe(true);
			expect(session.workshop.journey.name).toBe('Onb');
			expect(session.history.redo()).toBe(true);
			expect(session.workshop.journey.name).toBe('Onb x');
		} finally {
			vi.useRealTimers();
		}
	});

	it('a delete is undone whole, in place, and reaches the database', async () => {
		setup = await setupSession('J');
		const { session } = setup;
		const a = session.add('touchpoints', { title: 'Order form' });
		session.add('touchpoints', { title: 'Invoice' });
		session.add('touchpoints', { title: 'Reminder' });
		await tick();
		session.remove('touchpoints', a.id);
		await tick();
		expect(session.history.undoStep?.label).toMatchObject({
			kind: 'delete',
			list: 'touchpoints',
			name: 'Order form'
		});
		session.history.undo();
		expect(session.data.touchpoints.map((t) => t.title)).toEqual([
			'Order form',
			'Invoice',
			'Reminder'
		]);
		expect(session.data.touchpoints.map((t) => t.order)).toEqual([0, 1, 2]);
		const stored = await setup.saved();
		expect(stored.touchpoints.map((t) => t.title)).toEqual(['Order form', 'Invoice', 'Reminder']);
		session.history.redo();
		expect(session.data.touchpoints.map((t) => t.title)).toEqual(['Invoice', 'Reminder']);
		expect((await setup.saved()).touchpoints.map((t) => t.order)).toEqual([0, 1]);
	});

	it('a move, a score and an add are each their own step', async () => {
		setup = await setupSession('J');
		const { session } = setup;
		const a = session.add('touchpoints', { title: 'A' });
		await tick();
		const b = session.add('touchpoints', { title: 'B' });
		await tick();
		session.move('touchpoints', b.id, -1);
		await tick();
		session.update('touchpoints', a.id, { emotion: -2 });
		await tick();
		expect(session.history.undoStep?.label.kind).toBe('score');
		session.history.undo();
		expect(session.data.touchpoints.find((t) => t.id === a.id)!.emotion).toBeNull();
		expect(session.history.undoStep?.label).toMatchObject({ kind: 'move', name: 'B' });
		session.history.undo();
		expect(session.data.touchpoints.map((t) => t.title)).toEqual(['A', 'B']);
		expect(session.history.undoStep?.label).toMatchObject({ kind: 'add', name: 'B' });
		session.history.undo();
		expect(session.data.touchpoints.map((t) => t.title)).toEqual(['A']);
	});

	it('another tab’s edit is not undone here, and a value it changed since is left alone', async () => {
		setup = await setupSession('J');
		const { session, db, id } = setup;
		session.edit((w) => (w.journey.trigger = 'mine'));
		await tick();
		await session.flush();
		const other = new WorkshopSession(db, (await loadWorkshop(db, id))!);
		try {
			other.edit((w) => (w.journey.end = 'theirs'));
			await other.flush();
			await vi.waitFor(() => expect(session.workshop.journey.end).toBe('theirs'));
			expect(session.history.undo()).toBe(true);
			expect(session.workshop.journey.trigger).toBe('');
			expect(session.workshop.journey.end).toBe('theirs');
			expect(session.history.undo()).toBe(false);
		} finally {
			other.close();
		}
	});

	it('a row whose text was undone in its field comes back whole on redo', async () => {
		setup = await setupSession('J');
		const { session } = setup;
		const s = session.add('stakeholders');
		await tick();
		session.update('stakeholders', s.id, { name: 'Service desk' });
		await tick();
		// The browser's own undo empties the field: the field's business, not a step.
		session.history.textUndo();
		session.update('stakeholders', s.id, { name: '' });
		await tick();
		expect(session.undoLast()).toBe(true);
		expect(session.data.stakeholders).toHaveLength(0);
		// Saved, and the database's word on it heard back (as somebody else's).
		await session.flush();
		await new Promise((done) => setTimeout(done, 50));
		expect(session.redoLast()).toBe(true);
		expect(session.data.stakeholders).toHaveLength(1);
		expect(session.data.stakeholders[0]).toMatchObject({ id: s.id, name: '', team: '' });
		expect((await setup.saved()).stakeholders[0]).toMatchObject({ id: s.id, name: '' });
	});

	it('keeps at least 200 steps: 250 scores undone one by one bring the map back as it was', async () => {
		setup = await setupSession('J');
		const { session } = setup;
		const rows = Array.from({ length: 5 }, (_, i) =>
			session.add('touchpoints', { title: `T${i}` })
		);
		await tick();
		const before = JSON.stringify(session.data.touchpoints);
		for (let i = 0; i < 250; i++) {
			session.update('touchpoints', rows[i % 5]!.id, {
				emotion: ((Math.floor(i / 5) % 5) - 2) as never
			});
			await tick();
		}
		let undone = 0;
		while (session.history.undoStep?.label.kind === 'score' && session.history.undo()) undone++;
		expect(undone).toBeGreaterThanOrEqual(200);
		expect(JSON.stringify(session.data.touchpoints)).toBe(before);
		expect((await setup.saved()).touchpoints.map((t) => t.emotion)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});
});
