// Step 3, desired experience: vision, ambitions, statements and how success is measured.
import { screen } from '@testing-library/svelte';
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
