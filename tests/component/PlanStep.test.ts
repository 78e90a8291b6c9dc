// Step 6, plan the journey: the frame of the map and its phases.
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanStep from '$lib/components/steps/PlanStep.svelte';
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

describe('phases (step 6)', () => {
	it('rename, add with Enter, and reorder', async () => {
		const { user, session } = await setup(PlanStep);
		const first = screen.getByLabelText('Phase 1');
		await user.clear(first);
		await user.type(first, 'Need');
		await user.click(screen.getByLabelText('Phase 3'));
		await user.keyboard('{Enter}');
		expect(screen.getByLabelText('Phase 4')).toHaveFocus();
		await user.keyboard('Aftercare');
		await user.click(screen.getByRole('button', { name: 'Move down: Phase 1' }));
		expect(session.workshop.plan.phases.map((p) => p.name)).toEqual([
			'During',
			'Need',
			'After',
			'Aftercare'
		]);
	});

	it('removing a phase in use moves its touchpoints and says so; the last phase stays', async () => {
		const { user, session } = await setup(PlanStep);
		const [before, during] = session.workshop.plan.phases;
		const tp = session.add('touchpoints', { title: 'Request form', phaseId: during!.id });
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 2' }));
		expect(session.data.touchpoints.find((x) => x.id === tp.id)!.phaseId).toBe(before!.id);
		expect(screen.getByText('Touchpoints in “During” move to “Before”.')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 2' }));
		await user.click(screen.getByRole('button', { name: 'Remove: Phase 1' }));
		expect(session.workshop.plan.phases).toHaveLength(1);
		expect(screen.getByText('A journey needs at least one phase.')).toBeInTheDocument();
	});
});
