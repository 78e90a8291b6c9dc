import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JourneyStep from '$lib/components/steps/JourneyStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup(name = '') {
	const s = await setupStep(JourneyStep, name);
	cleanup = s.cleanup;
	return s;
}

describe('JourneyStep', () => {
	it('shows the saved journey name in the "Journey name" field', async () => {
		await setup('Laptop order');
		expect(screen.getByLabelText('Journey name')).toHaveValue('Laptop order');
	});

	it('typing the journey name updates the session and is saved on flush', async () => {
		const user = userEvent.setup();
		const { session, db, id } = await setup();
		await user.type(screen.getByLabelText('Journey name'), 'New laptop');
		expect(session.data.workshop.journey.name).toBe('New laptop');
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.name).toBe('New laptop');
	});

	it('a name with non-ASCII letters and an en dash comes back exactly', async () => {
		const user = userEvent.setup();
		const { session, db, id } = await setup();
		await user.type(screen.getByLabelText('Journey name'), 'Ærøskøbing – Malmö');
		expect(session.data.workshop.journey.name).toBe('Ærøskøbing – Malmö');
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.name).toBe('Ærøskøbing – Malmö');
	});

	it('typing a name unblocks the step: the machine can move on', async () => {
		const user = userEvent.setup();
		const { session } = await setup();
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('journey');
		await user.type(screen.getByLabelText('Journey name'), 'X');
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('stakeholders');
	});

	it('choosing segment B2B shows the B2B hint, and only for B2B', async () => {
		const user = userEvent.setup();
		const { session, db, id } = await setup('Seg');
		const hint = 'B2B journeys are longer and more people take part in the decision.';
		expect(screen.queryByText(hint)).not.toBeInTheDocument();
		const select = screen.getByLabelText('Customer segment');
		await user.selectOptions(select, 'Businesses (B2B)');
		expect(session.data.workshop.journey.segment).toBe('b2b');
		expect(screen.getByText(hint)).toBeInTheDocument();
		expect(select).toHaveAccessibleDescription(hint);
		await user.selectOptions(select, 'Consumers (B2C)');
		expect(session.data.workshop.journey.segment).toBe('b2c');
		expect(screen.queryByText(hint)).not.toBeInTheDocument();
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.segment).toBe('b2c');
	});

	it('the other fields write to the record', async () => {
		const user = userEvent.setup();
		const { session } = await setup('Fields');
		await user.type(screen.getByLabelText('Business goal the map should serve'), 'Fewer calls');
		await user.type(screen.getByLabelText('Where it starts (the trigger)'), 'A new hire');
		await user.type(screen.getByLabelText('Where it ends'), 'Laptop returned');
		const j = session.data.workshop.journey;
		expect([j.businessGoal, j.trigger, j.end]).toEqual([
			'Fewer calls',
			'A new hire',
			'Laptop returned'
		]);
	});
});
