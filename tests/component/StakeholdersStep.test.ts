import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import StakeholdersStep from '$lib/components/steps/StakeholdersStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(StakeholdersStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

const names = (s: WorkshopSession) => s.data.stakeholders.map((p) => p.name);
const column = (name: string | RegExp) => screen.getByRole('region', { name });
const entries = (name: string | RegExp) =>
	within(column(name))
		.queryAllByRole('listitem')
		.map((li) => li.querySelector('strong')!.textContent);

/** Adds people through the screen: the add button, then name and team. */
async function addPeople(
	user: ReturnType<typeof userEvent.setup>,
	people: readonly [string, string][]
) {
	for (const [name, team] of people) {
		await user.click(screen.getByRole('button', { name: /Add stakeholder/ }));
		await user.keyboard(name);
		await user.type(screen.getAllByLabelText('Team').at(-1)!, team);
	}
}

describe('StakeholdersStep', () => {
	it('Enter in the last row starts the next one with its name focused; not in an earlier row', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: /Add stakeholder/ }));
		expect(screen.getByLabelText('Name')).toHaveFocus();
		await user.keyboard('Åsa Øberg{Enter}');
		expect(names(session)).toEqual(['Åsa Øberg', '']);
		expect(screen.getAllByLabelText('Name')[1]).toHaveFocus();
		await user.keyboard('Jiří Nováček');
		await user.click(screen.getAllByLabelText('Name')[0]!);
		await user.keyboard('{Enter}');
		expect(names(session)).toEqual(['Åsa Øberg', 'Jiří Nováček']);
	});

	it('editing name, team and role updates the session and the database', async () => {
		const { user, session, db, id } = await setup();
		await addPeople(user, [['Åsa Øberg', 'Service desk']]);
		await user.type(screen.getByLabelText('Role in the journey'), 'Takes the request');
		expect(session.data.stakeholders[0]).toMatchObject({
			name: 'Åsa Øberg',
			team: 'Service desk',
			role: 'Takes the request',
			stage: 'front',
			attends: true
		});
		expect(screen.getByRole('button', { name: 'Remove: Åsa Øberg · Service desk' })).toBeVisible();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.stakeholders;
		expect(saved.map((s) => [s.name, s.team, s.role, s.order])).toEqual([
			['Åsa Øberg', 'Service desk', 'Takes the request', 0]
		]);
	});

	it('front stage / back stage moves a person between the overview columns, counts in the headings', async () => {
		const { user, session, db, id } = await setup();
		expect(within(column('Front stage · 0')).getByText('No one yet')).toBeInTheDocument();
		await addPeople(user, [
			['Åsa', 'Service desk'],
			['Jiří', 'IT workplace']
		]);
		expect(entries('Front stage · 2')).toEqual(['Åsa', 'Jiří']);
		expect(within(column('Back stage · 0')).getByText('No one yet')).toBeInTheDocument();

		const stageOf = (i: number) =>
			screen.getAllByRole('group', { name: 'Front or back stage' })[i]!;
		await user.click(within(stageOf(1)).getByRole('radio', { name: 'Back stage' }));
		expect(session.data.stakeholders[1]!.stage).toBe('back');
		expect(within(stageOf(1)).getByRole('radio', { name: 'Back stage' })).toBeChecked();
		expect(entries('Front stage · 1')).toEqual(['Åsa']);
		expect(entries('Back stage · 1')).toEqual(['Jiří']);
		expect(within(column('Back stage · 1')).getByText('IT workplace')).toBeInTheDocument();

		await user.click(within(stageOf(1)).getByRole('radio', { name: 'Front stage' }));
		expect(entries('Front stage · 2')).toEqual(['Åsa', 'Jiří']);
		await user.click(within(stageOf(0)).getByRole('radio', { name: 'Back stage' }));
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.stakeholders;
		expect(saved.map((s) => s.stage)).toEqual(['back', 'front']);
	});

	it('who attends is marked in words, and the overview says how many are in the room', async () => {
		const { user, session } = await setup();
		await addPeople(user, [
			['Åsa', 'Service desk'],
			['Bo', 'Purchasing']
		]);
		const entry = (name: string) => screen.getByText(name, { selector: 'strong' }).closest('li')!;
		expect(within(entry('Bo')).getByText('In the room')).toBeInTheDocument();
		expect(screen.getByText('2 of 2 take part in the workshop')).toBeInTheDocument();
		await user.click(screen.getAllByRole('checkbox', { name: 'Takes part in the workshop' })[1]!);
		expect(session.data.stakeholders[1]!.attends).toBe(false);
		expect(within(entry('Bo')).queryByText('In the room')).not.toBeInTheDocument();
		expect(within(entry('Åsa')).getByText('In the room')).toBeInTheDocument();
		expect(screen.getByText('1 of 2 take part in the workshop')).toBeInTheDocument();
	});

	it('shows how many touchpoints and opportunities each person owns', async () => {
		const { user, session } = await setup();
		await addPeople(user, [
			['Åsa', 'Service desk'],
			['Bo', 'Purchasing'],
			['Cy', 'Finance']
		]);
		const [asa, bo] = session.data.stakeholders;
		session.add('touchpoints', { title: 'Request form', ownerId: asa!.id });
		session.add('touchpoints', { title: 'Confirmation', ownerId: asa!.id });
		session.add('touchpoints', { title: 'Delivery', ownerId: bo!.id });
		session.add('opportunities', { idea: 'Status update', ownerId: asa!.id });
		session.add('opportunities', { idea: 'Nobody', ownerId: '' });
		const entry = (name: string) => screen.getByText(name, { selector: 'strong' }).closest('li')!;
		expect(
			await within(entry('Åsa')).findByText('Owner of 2 touchpoints · 1 opportunity')
		).toBeInTheDocument();
		expect(within(entry('Bo')).getByText('Owner of 1 touchpoint')).toBeInTheDocument();
		expect(within(entry('Cy')).queryByText(/Owner of/)).not.toBeInTheDocument();
	});

	it('a row with neither name nor team stays out of the overview until something is typed', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: /Add stakeholder/ }));
		expect(column('Front stage · 0')).toBeInTheDocument();
		await user.type(screen.getByLabelText('Team'), 'Purchasing');
		expect(entries('Front stage · 1')).toEqual(['Purchasing']);
	});

	it('Remove shows "Deleted … Undo"; Undo puts the row back in its place', async () => {
		const { user, session, db, id } = await setup();
		await addPeople(user, [
			['Åsa', 'Service desk'],
			['Bo', 'Purchasing'],
			['Cy', 'Finance']
		]);
		await user.click(screen.getByRole('button', { name: 'Remove: Bo · Purchasing' }));
		expect(names(session)).toEqual(['Åsa', 'Cy']);
		expect(entries('Front stage · 2')).toEqual(['Åsa', 'Cy']);
		const toast = screen.getByRole('status');
		expect(toast).toHaveTextContent('Deleted “Bo · Purchasing”');
		await user.click(within(toast).getByRole('button', { name: 'Undo' }));
		expect(names(session)).toEqual(['Åsa', 'Bo', 'Cy']);
		expect(entries('Front stage · 3')).toEqual(['Åsa', 'Bo', 'Cy']);
		const inputs = screen.getAllByLabelText('Name') as HTMLInputElement[];
		expect(inputs.map((i) => i.value)).toEqual(['Åsa', 'Bo', 'Cy']);
		expect(screen.queryByText('Deleted “Bo · Purchasing”')).not.toBeInTheDocument();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.stakeholders;
		expect(saved.map((s) => [s.name, s.order])).toEqual([
			['Åsa', 0],
			['Bo', 1],
			['Cy', 2]
		]);
	});

	it('Alt+ArrowDown moves a row down and keeps the keyboard in it; the overview follows', async () => {
		const { user, session, db, id } = await setup();
		await addPeople(user, [
			['Åsa', 'Service desk'],
			['Bo', 'Purchasing'],
			['Cy', 'Finance']
		]);
		const first = screen.getAllByLabelText('Name')[0]!;
		await user.click(first);
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(names(session)).toEqual(['Bo', 'Åsa', 'Cy']);
		expect(first).toHaveFocus();
		expect(screen.getAllByLabelText('Name')[1]).toBe(first);
		expect(entries('Front stage · 3')).toEqual(['Bo', 'Åsa', 'Cy']);
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(names(session)).toEqual(['Bo', 'Cy', 'Åsa']);
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.stakeholders;
		expect(saved.map((s) => [s.name, s.order])).toEqual([
			['Bo', 0],
			['Cy', 1],
			['Åsa', 2]
		]);
	});
});
