// Step 3, desired experience: vision, ambitions, statements and how success is measured.
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExperienceStep from '$lib/components/steps/ExperienceStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup(component: Parameters<typeof setupStep>[0]) {
	const s = await setupStep(component, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

describe('statements (step 3)', () => {
	it('add, type, Enter for the next one, move and remove — and it is saved', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		await user.click(screen.getByRole('button', { name: '+ Add statement' }));
		expect(screen.getByLabelText('Statement 1')).toHaveFocus();
		await user.keyboard('The customer always knows the delivery date{Enter}');
		expect(screen.getByLabelText('Statement 2')).toHaveFocus();
		await user.keyboard('Ready on day one');
		await user.click(screen.getByRole('button', { name: 'Move up: Statement 2' }));
		expect(session.workshop.experience.statements).toEqual([
			'Ready on day one',
			'The customer always knows the delivery date'
		]);
		await user.click(screen.getByRole('button', { name: 'Remove: Statement 1' }));
		await session.flush();
		const saved = await loadWorkshop(db, id);
		expect(saved!.workshop.experience.statements).toEqual([
			'The customer always knows the delivery date'
		]);
	});
});

describe('vision (step 3)', () => {
	it('is typed and saved', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		await user.type(screen.getByLabelText('Vision'), 'Ready to work on day one');
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.experience.vision).toBe(
			'Ready to work on day one'
		);
	});
});

describe('ambition (step 3)', () => {
	it('the room writes options, chooses one; removing it clears the choice, Undo restores both', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		const group = screen.getByRole('group', { name: 'Ambition' });
		expect(group).toHaveAccessibleDescription('Write two or three, then choose one.');
		await user.click(screen.getByRole('button', { name: '+ Add an option' }));
		expect(screen.getByLabelText('Option 1')).toHaveFocus();
		await user.keyboard('Fully configured, nothing to ask{Enter}');
		expect(screen.getByLabelText('Option 2')).toHaveFocus();
		await user.keyboard('Basic setup, free to choose apps');
		expect(screen.queryByText('Chosen')).not.toBeInTheDocument();

		const second = screen.getByRole('radio', {
			name: 'Choose this ambition: Basic setup, free to choose apps'
		});
		await user.click(second);
		expect(second).toBeChecked();
		const [a1, a2] = session.workshop.experience.ambitions;
		expect(session.workshop.experience.chosenAmbitionId).toBe(a2!.id);
		// Marked in words, on the chosen option's row only.
		const rows = within(group).getAllByRole('listitem');
		expect(within(rows[1]!).getByText('Chosen')).toBeInTheDocument();
		expect(within(rows[0]!).queryByText('Chosen')).not.toBeInTheDocument();
		await session.flush();
		let saved = (await loadWorkshop(db, id))!.workshop.experience;
		expect(saved.chosenAmbitionId).toBe(a2!.id);
		expect(saved.ambitions.map((a) => a.text)).toEqual([
			'Fully configured, nothing to ask',
			'Basic setup, free to choose apps'
		]);

		await user.click(screen.getByRole('button', { name: 'Remove: Option 2' }));
		expect(session.workshop.experience.ambitions.map((a) => a.id)).toEqual([a1!.id]);
		expect(session.workshop.experience.chosenAmbitionId).toBe('');
		expect(screen.queryByText('Chosen')).not.toBeInTheDocument();

		const toast = screen.getByRole('status');
		expect(toast).toHaveTextContent('Deleted “Basic setup, free to choose apps”');
		await user.click(within(toast).getByRole('button', { name: 'Undo' }));
		expect(session.workshop.experience.ambitions.map((a) => a.text)).toEqual([
			'Fully configured, nothing to ask',
			'Basic setup, free to choose apps'
		]);
		expect(session.workshop.experience.chosenAmbitionId).toBe(a2!.id);
		expect(
			screen.getByRole('radio', { name: 'Choose this ambition: Basic setup, free to choose apps' })
		).toBeChecked();
		await session.flush();
		saved = (await loadWorkshop(db, id))!.workshop.experience;
		expect(saved.chosenAmbitionId).toBe(a2!.id);
		expect(saved.ambitions.map((a) => a.id)).toEqual([a1!.id, a2!.id]);
	});

	it('removing an option that is not chosen keeps the choice, and more than three gets a hint', async () => {
		const { user, session } = await setup(ExperienceStep);
		await user.click(screen.getByRole('button', { name: '+ Add an option' }));
		await user.keyboard('A{Enter}B{Enter}C');
		await user.click(screen.getByRole('radio', { name: 'Choose this ambition: A' }));
		const hint = 'More than three options make the choice hard. Can some of them be merged?';
		expect(screen.queryByText(hint)).not.toBeInTheDocument();
		await user.keyboard('{Enter}');
		await user.click(screen.getByRole('button', { name: '+ Add an option' }));
		await user.keyboard('{Enter}');
		expect(screen.getByText(hint)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Remove: Option 2' }));
		expect(session.workshop.experience.chosenAmbitionId).toBe(
			session.workshop.experience.ambitions[0]!.id
		);
	});
});

describe('statements (step 3): vague ones', () => {
	const hint =
		'Vague: add a number, a deadline or an “always/never”, e.g. “answered within 2 days”.';

	it('hint when a statement only sounds good, gone once it can be checked; removal can be undone', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		await user.click(screen.getByRole('button', { name: '+ Add statement' }));
		await user.keyboard('Good service');
		const field = screen.getByLabelText('Statement 1');
		expect(field).toHaveAccessibleDescription(hint);
		await user.type(field, ' within 2 days');
		expect(screen.queryByText(hint)).not.toBeInTheDocument();
		expect(field).not.toHaveAccessibleDescription(hint);

		await user.click(screen.getByRole('button', { name: 'Remove: Statement 1' }));
		expect(session.workshop.experience.statements).toEqual([]);
		await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.experience.statements).toEqual([
			'Good service within 2 days'
		]);
	});
});

describe('success measures (step 3)', () => {
	const npsMessage = 'Type a whole number from −100 to 100, e.g. 40. Until then, it is not saved.';

	it('an NPS target out of range or not whole is shown as wrong and not saved; empty clears it', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		const nps = screen.getByLabelText('NPS target');
		const saved = async () => {
			await session.flush();
			return (await loadWorkshop(db, id))!.workshop.experience.npsTarget;
		};

		// A wrong target is shown as typed, with what to do, and leaves the saved value alone…
		await user.type(nps, '140');
		expect(screen.getByRole('alert')).toHaveTextContent(npsMessage);
		expect(nps).toHaveAttribute('aria-invalid', 'true');
		expect(nps).toHaveAccessibleDescription(npsMessage);
		expect(nps).toHaveValue(140);
		expect(session.workshop.experience.npsTarget).toBeNull();
		expect(await saved()).toBeNull();

		await user.clear(nps);
		await user.type(nps, '40');
		expect(screen.queryByText(npsMessage)).not.toBeInTheDocument();
		expect(nps).toHaveAttribute('aria-invalid', 'false');
		expect(await saved()).toBe(40);

		// …also when it replaces a saved one: not even the 14 typed on the way to 140 sticks.
		await user.tab();
		await user.tripleClick(nps);
		await user.keyboard('140');
		expect(screen.getByText(npsMessage)).toBeInTheDocument();
		expect(await saved()).toBe(40);
		await user.clear(nps);
		await user.type(nps, '4.5');
		expect(screen.getByText(npsMessage)).toBeInTheDocument();
		expect(await saved()).toBe(40);

		await user.clear(nps);
		await user.type(nps, '-20');
		expect(screen.queryByText(npsMessage)).not.toBeInTheDocument();
		expect(await saved()).toBe(-20);

		await user.clear(nps);
		expect(screen.queryByText(npsMessage)).not.toBeInTheDocument();
		expect(await saved()).toBeNull();
	});

	it('measures: a target with no number gets a hint but is kept; Enter adds, move, remove, Undo', async () => {
		const { user, session, db, id } = await setup(ExperienceStep);
		const message = 'Give the target a number, e.g. “fewer than 1 in 10” or “5 days”.';
		await user.click(screen.getByRole('button', { name: '+ Add a measure' }));
		expect(screen.getByLabelText('Measure 1')).toHaveFocus();
		await user.keyboard('Chase calls per order');
		const target = screen.getByLabelText('Target 1');
		await user.type(target, 'fewer');
		expect(target).toHaveAccessibleDescription(message);
		expect(session.workshop.experience.measures[0]!.target).toBe('fewer');
		await user.type(target, ' than 1 in 10');
		expect(screen.queryByText(message)).not.toBeInTheDocument();

		await user.keyboard('{Enter}');
		expect(screen.getByLabelText('Measure 2')).toHaveFocus();
		await user.keyboard('Days to delivery');
		await user.type(screen.getByLabelText('Target 2'), '5 days');
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(screen.getByLabelText('Target 1')).toHaveFocus();
		expect(session.workshop.experience.measures.map((m) => m.name)).toEqual([
			'Days to delivery',
			'Chase calls per order'
		]);

		await user.click(screen.getByRole('button', { name: 'Remove: Days to delivery' }));
		expect(session.workshop.experience.measures.map((m) => m.name)).toEqual([
			'Chase calls per order'
		]);
		await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
		await user.click(screen.getByRole('button', { name: 'Move down: Days to delivery' }));
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.workshop.experience.measures;
		expect(saved.map(({ name, target }) => ({ name, target }))).toEqual([
			{ name: 'Chase calls per order', target: 'fewer than 1 in 10' },
			{ name: 'Days to delivery', target: '5 days' }
		]);
	});
});
