// Step 6, plan the journey: the frame of the map and its phases.
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanStep from '$lib/components/steps/PlanStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(PlanStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

const names = (s: Awaited<ReturnType<typeof setup>>['session']) =>
	s.workshop.plan.phases.map((p) => p.name);

describe('phases (step 6)', () => {
	it('rename, add with Enter, reorder with the buttons and with Alt+↑', async () => {
		const { user, session } = await setup();
		const first = screen.getByLabelText('Phase 1');
		await user.clear(first);
		await user.type(first, 'Need');
		await user.click(screen.getByLabelText('Phase 3'));
		await user.keyboard('{Enter}');
		expect(screen.getByLabelText('Phase 4')).toHaveFocus();
		await user.keyboard('Aftercare');
		await user.click(screen.getByRole('button', { name: 'Move down: Phase 1' }));
		expect(names(session)).toEqual(['During', 'Need', 'After', 'Aftercare']);
		await user.click(screen.getByLabelText('Phase 4'));
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(names(session)).toEqual(['During', 'Need', 'Aftercare', 'After']);
		expect(screen.getByLabelText('Phase 3')).toHaveFocus();
		expect(screen.getByLabelText('Phase 3')).toHaveValue('Aftercare');
	});

	it('says how many touchpoints each phase holds', async () => {
		const { session } = await setup();
		const [before, during] = session.workshop.plan.phases;
		session.add('touchpoints', { title: 'Request form', phaseId: during!.id });
		session.add('touchpoints', { title: 'Confirmation', phaseId: during!.id });
		session.add('touchpoints', { title: 'Advert', phaseId: before!.id });
		expect(await screen.findByText('2 touchpoints')).toBeInTheDocument();
		expect(screen.getByLabelText('Phase 1')).toHaveAccessibleDescription('1 touchpoint');
		expect(screen.getByLabelText('Phase 2')).toHaveAccessibleDescription('2 touchpoints');
		expect(screen.getByLabelText('Phase 3')).toHaveAccessibleDescription('No touchpoints yet');
	});

	it('hints at an empty name and at two phases with the same name', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: '+ Add phase' }));
		expect(screen.getByLabelText('Phase 4')).toHaveAccessibleDescription(
			'Give the phase a name, e.g. “Waiting”. No touchpoints yet'
		);
		await user.keyboard(' during ');
		const duplicate = 'Another phase has the same name. Give each phase its own.';
		expect(screen.getByLabelText('Phase 4')).toHaveAccessibleDescription(
			`${duplicate} No touchpoints yet`
		);
		expect(screen.getByLabelText('Phase 2')).toHaveAccessibleDescription(
			`${duplicate} No touchpoints yet`
		);
		expect(screen.getByLabelText('Phase 1')).toHaveAccessibleDescription('No touchpoints yet');
		await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}');
		await user.keyboard('Waiting');
		expect(screen.queryByText(duplicate, { exact: false })).not.toBeInTheDocument();
	});

	it('removes an unused phase at once; Undo puts it back where it was', async () => {
		const { user, session } = await setup();
		const during = session.workshop.plan.phases[1]!;
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 2' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(names(session)).toEqual(['Before', 'After']);
		expect(screen.getByText('Deleted “During”')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(session.workshop.plan.phases).toEqual([
			expect.objectContaining({ name: 'Before' }),
			{ id: during.id, name: 'During' },
			expect.objectContaining({ name: 'After' })
		]);
		expect(screen.getByLabelText('Phase 2')).toHaveValue('During');
	});

	async function withContent() {
		const s = await setup();
		const [before, during, after] = s.session.workshop.plan.phases;
		const tp1 = s.session.add('touchpoints', { title: 'Request form', phaseId: during!.id });
		const tp2 = s.session.add('touchpoints', { title: 'Confirmation', phaseId: during!.id });
		const tp3 = s.session.add('touchpoints', { title: 'Delivery', phaseId: after!.id });
		const iv = s.session.add('interviews', {
			label: 'Interview 1',
			notes: { [before!.id]: 'Asked a colleague', [during!.id]: 'Waited a week, no news' }
		});
		const other = s.session.add('interviews', {
			label: 'Interview 2',
			notes: { [after!.id]: 'Happy in the end' }
		});
		return { ...s, before: before!, during: during!, after: after!, tp1, tp2, tp3, iv, other };
	}

	/** A plain copy of everything removing a phase may change. */
	const snapshot = (s: Awaited<ReturnType<typeof setup>>['session']) =>
		JSON.parse(
			JSON.stringify({
				phases: s.workshop.plan.phases,
				touchpoints: s.data.touchpoints.map((tp) => [tp.id, tp.phaseId]),
				notes: s.data.interviews.map((iv) => [iv.id, iv.notes])
			})
		);

	it('asks where the content of a phase in use goes; Cancel and Escape change nothing', async () => {
		const { user, session } = await withContent();
		const untouched = snapshot(session);
		const remove = screen.getByRole('button', { name: 'Remove: Phase 2' });
		await user.click(remove);
		const dialog = screen.getByRole('dialog', { name: 'Remove “During”?' });
		expect(
			within(dialog).getByText('“During” holds 2 touchpoints and 1 interview note.')
		).toBeInTheDocument();
		const select = within(dialog).getByLabelText('Where should they go?');
		expect(select).toHaveFocus();
		expect(select).toHaveDisplayValue('Before');
		expect(
			within(select)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Before', 'After']);
		await user.selectOptions(select, 'After');
		await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(snapshot(session)).toEqual(untouched);
		expect(remove).toHaveFocus();

		await user.click(remove);
		expect(screen.getByRole('dialog')).toBeInTheDocument();
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(snapshot(session)).toEqual(untouched);
	});

	it('the first phase defaults to the one after it; the `cancel` event closes the dialog', async () => {
		const { user, session, before } = await withContent();
		session.add('touchpoints', { title: 'Advert', phaseId: before.id });
		const untouched = snapshot(session);
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 1' }));
		const dialog = screen.getByRole('dialog', { name: 'Remove “Before”?' });
		expect(
			within(dialog).getByText('“Before” holds 1 touchpoint and 1 interview note.')
		).toBeInTheDocument();
		expect(within(dialog).getByLabelText('Where should it go?')).toHaveAccessibleDescription(
			'The interview notes stay with “Before” and are shown as notes of a removed phase.'
		);
		expect(within(dialog).getByLabelText('Where should it go?')).toHaveDisplayValue('During');
		await fireEvent(dialog, new Event('cancel', { cancelable: true }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(snapshot(session)).toEqual(untouched);
	});

	it('Move and remove moves touchpoints, keeps notes with their phase, saves; Undo puts all back', async () => {
		const { user, session, db, id, before, during, after, tp1, tp2, tp3, iv, other } =
			await withContent();
		const untouched = snapshot(session);
		session.update('interviews', iv.id, {
			notes: { ...iv.notes, [after.id]: 'Setup took a day' }
		});
		const withAfterNote = snapshot(session);
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 2' }));
		const dialog = screen.getByRole('dialog', { name: 'Remove “During”?' });
		await user.selectOptions(within(dialog).getByLabelText('Where should they go?'), 'After');
		await user.click(within(dialog).getByRole('button', { name: 'Move and remove' }));

		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(names(session)).toEqual(['Before', 'After']);
		expect(screen.getByText('“During” removed — its touchpoints are now in “After”')).toBeVisible();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!;
		expect(saved.workshop.plan.phases.map((p) => p.name)).toEqual(['Before', 'After']);
		const phaseOf = (tpId: string) => saved.touchpoints.find((tp) => tp.id === tpId)!.phaseId;
		expect([phaseOf(tp1.id), phaseOf(tp2.id), phaseOf(tp3.id)]).toEqual([
			after.id,
			after.id,
			after.id
		]);
		// The notes stay under the removed phase's id, not merged into the phase they did not see.
		expect(saved.interviews.find((x) => x.id === iv.id)!.notes).toEqual({
			[before.id]: 'Asked a colleague',
			[during.id]: 'Waited a week, no news',
			[after.id]: 'Setup took a day'
		});
		expect(saved.interviews.find((x) => x.id === other.id)!.notes).toEqual({
			[after.id]: 'Happy in the end'
		});
		expect(screen.getByLabelText('Phase 2')).toHaveAccessibleDescription('3 touchpoints');

		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(snapshot(session)).toEqual(withAfterNote);
		expect(withAfterNote.phases).toEqual(untouched.phases);
		await session.flush();
		const restored = (await loadWorkshop(db, id))!;
		expect(restored.workshop.plan.phases).toEqual(untouched.phases);
		expect(restored.touchpoints.map((tp) => [tp.id, tp.phaseId])).toEqual(
			withAfterNote.touchpoints
		);
		expect(restored.interviews.map((x) => [x.id, x.notes])).toEqual(withAfterNote.notes);
	});

	it('removes a phase that holds only notes at once; the notes stay, named as a removed phase', async () => {
		const { user, session, before, iv } = await withContent();
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 1' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(names(session)).toEqual(['During', 'After']);
		expect(
			screen.getByText('“Before” removed — its interview notes are kept under its name')
		).toBeInTheDocument();
		expect(session.data.interviews.find((x) => x.id === iv.id)!.notes[before.id]).toBe(
			'Asked a colleague'
		);
	});

	it('keeps the last phase and says why', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 3' }));
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 2' }));
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 1' }));
		expect(names(session)).toEqual(['Before']);
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(
			screen.getByText('The last phase stays: a journey needs at least one. Rename it instead.')
		).toBeInTheDocument();
	});
});
