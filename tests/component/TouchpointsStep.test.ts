import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TouchpointsStep from '$lib/components/steps/TouchpointsStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(TouchpointsStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

const titles = (s: { data: { touchpoints: { title: string }[] } }) =>
	s.data.touchpoints.map((t) => t.title);

describe('TouchpointsStep', () => {
	it('"Add touchpoint" adds a row whose title field gets focus', async () => {
		const { user, session } = await setup();
		expect(screen.getByText('Touchpoints: 0')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
		expect(session.data.touchpoints).toHaveLength(1);
		expect(session.data.touchpoints[0]!.kind).toBe('touchpoint');
		const title = screen.getByLabelText('Touchpoint');
		expect(title).toHaveFocus();
		expect(screen.getByText('Touchpoints: 1')).toBeInTheDocument();
	});

	it('Enter in the last row starts the next one; Enter in an earlier row does not', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
		await user.keyboard('Request form{Enter}');
		expect(titles(session)).toEqual(['Request form', '']);
		expect(screen.getAllByLabelText('Touchpoint')[1]).toHaveFocus();
		await user.keyboard('Confirmation e-mail');
		await user.click(screen.getAllByLabelText('Touchpoint')[0]!);
		await user.keyboard('{Enter}');
		expect(titles(session)).toEqual(['Request form', 'Confirmation e-mail']);
	});

	it('a new touchpoint starts in the first phase', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
		expect(session.data.touchpoints[0]!.phaseId).toBe(session.workshop.plan.phases[0]!.id);
	});

	it('typing a title updates the row and is saved', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
		await user.keyboard('Order placed');
		expect(titles(session)).toEqual(['Order placed']);
		expect(screen.getByRole('button', { name: 'Remove: Order placed' })).toBeInTheDocument();
		await session.flush();
		const loaded = await loadWorkshop(db, id);
		expect(loaded!.touchpoints.map((t) => [t.title, t.order])).toEqual([['Order placed', 0]]);
	});

	it('"Add gap" adds a gap row with the gap title field focused', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
		await user.keyboard('First');
		await user.click(screen.getByRole('button', { name: /Add gap/ }));
		expect(session.data.touchpoints.map((t) => t.kind)).toEqual(['touchpoint', 'gap']);
		const gapTitle = screen.getByLabelText('Gap: where is communication missing?');
		expect(gapTitle).toHaveFocus();
		await user.keyboard('No news');
		expect(session.data.touchpoints[1]!.title).toBe('No news');
		expect(screen.getByRole('button', { name: 'Remove: Gap: No news' })).toBeInTheDocument();
	});

	it('"Remove: <title>" removes that row from the session and the database', async () => {
		const { user, session, db, id } = await setup();
		for (const t of ['A', 'B', 'C']) {
			await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
			await user.keyboard(t);
		}
		expect(titles(session)).toEqual(['A', 'B', 'C']);
		await user.click(screen.getByRole('button', { name: 'Remove: B' }));
		expect(titles(session)).toEqual(['A', 'C']);
		expect(session.data.touchpoints.map((t) => t.order)).toEqual([0, 1]);
		expect(screen.queryByRole('button', { name: 'Remove: B' })).not.toBeInTheDocument();
		await session.flush();
		const loaded = await loadWorkshop(db, id);
		expect(loaded!.touchpoints.map((t) => [t.title, t.order])).toEqual([
			['A', 0],
			['C', 1]
		]);
	});

	it('move down reorders the rows, on screen and on disk', async () => {
		const { user, session, db, id } = await setup();
		for (const t of ['A', 'B', 'C']) {
			await user.click(screen.getByRole('button', { name: /Add touchpoint/ }));
			await user.keyboard(t);
		}
		expect(screen.getByRole('button', { name: 'Move down: C' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Move up: A' })).toBeDisabled();
		await user.click(screen.getByRole('button', { name: 'Move down: A' }));
		expect(titles(session)).toEqual(['B', 'A', 'C']);
		const inputs = screen.getAllByLabelText('Touchpoint') as HTMLInputElement[];
		expect(inputs.map((i) => i.value)).toEqual(['B', 'A', 'C']);
		await user.click(screen.getByRole('button', { name: 'Move up: C' }));
		expect(titles(session)).toEqual(['B', 'C', 'A']);
		await session.flush();
		const loaded = await loadWorkshop(db, id);
		expect(loaded!.touchpoints.map((t) => [t.title, t.order])).toEqual([
			['B', 0],
			['C', 1],
			['A', 2]
		]);
	});
});
