import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { newRow } from '$lib/domain/factories';
import { locale } from '$lib/i18n/locale.svelte';
import { type Place } from '$lib/domain/types';
import { blankWorkshop, setupProjector } from './projector-setup';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
	locale.set('en');
});

async function show(place: Place, data = blankWorkshop()) {
	const setup = await setupProjector(place, data);
	cleanup = setup.cleanup;
	const input = () => document.getElementById('quick-add') as HTMLInputElement;
	return { ...setup, input, user: userEvent.setup() };
}

/** Typing as the room calls out, Enter after each. */
async function callOut(user: ReturnType<typeof userEvent.setup>, ...items: string[]) {
	for (const item of items) await user.keyboard(`${item}{Enter}`);
}

describe('QuickAdd', () => {
	it('adds a stakeholder by name: clears, keeps the focus, says so, shows it and saves it', async () => {
		const { input, user, session, output, saved } = await show('stakeholders');
		expect(screen.getByLabelText('New stakeholder')).toBe(input());
		await user.click(input());
		await callOut(user, 'Priya Shah');
		expect(session.data.stakeholders.map((s) => s.name)).toEqual(['Priya Shah']);
		expect(input()).toHaveValue('');
		expect(input()).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent('Added “Priya Shah”');
		expect(within(output).getByText('Priya Shah')).toBeInTheDocument();
		expect(within(output).getByText('Front stage · 1')).toBeInTheDocument();
		expect((await saved()).stakeholders.map((s) => s.name)).toEqual(['Priya Shah']);
	});

	it('adds nothing for an empty or blank line', async () => {
		const { input, user, session } = await show('stakeholders');
		await user.click(input());
		await user.keyboard('{Enter}');
		await callOut(user, '   ');
		await user.click(screen.getByRole('button', { name: 'Add' }));
		expect(session.data.stakeholders).toEqual([]);
		expect(screen.getByRole('status')).toHaveTextContent('');
		expect(input()).toHaveFocus();
	});

	it('adds experience statements, in the order the room says them', async () => {
		const { input, user, session, output } = await show('experience');
		await user.click(input());
		await callOut(user, 'The customer always knows the delivery date', 'Answers within one day');
		expect(session.workshop.experience.statements).toEqual([
			'The customer always knows the delivery date',
			'Answers within one day'
		]);
		expect(within(output).getByText('The customer always knows the delivery date')).toBeVisible();
		expect(within(output).getByText('Answers within one day').closest('li')).toHaveTextContent(
			/^2\./
		);
	});

	it('adds a phase at the end of the journey', async () => {
		const { input, user, session, output, saved } = await show('plan');
		await user.click(input());
		await callOut(user, 'Aftercare');
		expect(session.workshop.plan.phases.map((p) => p.name)).toEqual([
			'Before',
			'During',
			'After',
			'Aftercare'
		]);
		expect(output.querySelectorAll('.phase')[3]).toHaveTextContent('Aftercare No touchpoints yet');
		expect((await saved()).workshop.plan.phases.at(-1)?.name).toBe('Aftercare');
	});

	it('adds touchpoints to the chosen phase, last in it, and stays on that phase', async () => {
		const data = blankWorkshop();
		const [before, during] = data.workshop.plan.phases;
		data.touchpoints = [
			{
				...newRow.touchpoints({ workshopId: data.workshop.id, order: 0 }),
				title: 'Request form',
				phaseId: before!.id
			},
			{
				...newRow.touchpoints({ workshopId: data.workshop.id, order: 1 }),
				title: 'Delivery',
				phaseId: during!.id
			}
		];
		const { input, user, session, output } = await show('touchpoints', data);
		const phase = screen.getByRole('combobox', { name: 'Phase' });
		// The phase of the touchpoint added last.
		expect(phase).toHaveValue(during!.id);
		await user.selectOptions(phase, 'Before');
		await user.click(input());
		await callOut(user, 'Confirmation e-mail', 'Status page');
		expect(phase).toHaveValue(before!.id);
		const column = output.querySelectorAll<HTMLElement>('.phase')[0]!;
		expect([...column.querySelectorAll('.title')].map((e) => e.textContent)).toEqual([
			'Request form',
			'Confirmation e-mail',
			'Status page'
		]);
		expect(output.querySelectorAll('.phase')[1]).toHaveTextContent('4. Delivery');
		expect(session.data.touchpoints.map((tp) => tp.order)).toEqual([0, 1, 2, 3]);
		expect(screen.getByRole('status')).toHaveTextContent('Added “Status page”');
	});

	it('puts the first touchpoint in the first phase', async () => {
		const { input, user, session } = await show('touchpoints');
		expect(screen.getByRole('combobox', { name: 'Phase' })).toHaveValue(
			session.workshop.plan.phases[0]!.id
		);
		await user.click(input());
		await callOut(user, 'Intranet page');
		expect(session.data.touchpoints[0]).toMatchObject({
			title: 'Intranet page',
			kind: 'touchpoint',
			phaseId: session.workshop.plan.phases[0]!.id
		});
	});

	it('adds an idea as a new opportunity, placed on the 2×2', async () => {
		const { input, user, session, output } = await show('opportunities');
		await user.click(input());
		await callOut(user, 'Status e-mails at every milestone');
		expect(session.data.opportunities).toHaveLength(1);
		expect(session.data.opportunities[0]).toMatchObject({
			idea: 'Status e-mails at every milestone',
			impact: 3,
			effort: 3,
			votes: 0
		});
		const fillIns = output.querySelector<HTMLElement>('.cell.fillIn')!;
		expect(fillIns).toHaveTextContent('Fill-ins · 1');
		expect(fillIns).toHaveTextContent('Status e-mails at every milestone');
	});

	it('adds an action with the Add button too, and gives the keyboard back to the field', async () => {
		const { input, user, session, output } = await show('improve');
		await user.type(input(), 'Set up status e-mails');
		await user.click(screen.getByRole('button', { name: 'Add' }));
		expect(session.data.actions.map((a) => a.title)).toEqual(['Set up status e-mails']);
		expect(input()).toHaveFocus();
		expect(input()).toHaveValue('');
		const row = within(output).getByRole('row', { name: /Set up status e-mails/ });
		expect(row).toHaveTextContent('No one yet');
		expect(row).toHaveTextContent('No date yet');
	});

	it('says what it added in the language of the app', async () => {
		locale.set('da');
		const { input, user } = await show('plan');
		expect(screen.getByLabelText('Ny fase')).toBe(input());
		await user.click(input());
		await callOut(user, 'Efterbehandling');
		expect(screen.getByRole('status')).toHaveTextContent('“Efterbehandling” er tilføjet');
		expect(screen.getByRole('button', { name: 'Tilføj' })).toBeInTheDocument();
	});

	it('keeps each step’s unfinished line to itself', async () => {
		const { input, user, view } = await show('stakeholders');
		await user.type(input(), 'Tom');
		await view.rerender({ place: 'experience' });
		expect(screen.getByLabelText('New experience statement')).toHaveValue('');
		await view.rerender({ place: 'stakeholders' });
		expect(input()).toHaveValue('Tom');
	});

	it.each<Place>(['journey', 'persona', 'interviews', 'emotions', 'report'])(
		'shows nothing on %s, where the room does not call out items',
		async (place) => {
			await show(place);
			expect(document.getElementById('quick-add')).toBeNull();
			expect(screen.queryByRole('button')).toBeNull();
		}
	);
});
