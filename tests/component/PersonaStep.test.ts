// Step 4, personas: cards the room reads, a form to fill them in, exactly one primary persona.
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import PersonaStep from '$lib/components/steps/PersonaStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(PersonaStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

type User = ReturnType<typeof userEvent.setup>;

/** Adds a persona, types its name and closes its form. */
async function addNamed(user: User, name: string) {
	await user.click(screen.getByRole('button', { name: 'Add persona' }));
	await user.type(screen.getByLabelText('Name'), name);
	await user.click(screen.getByRole('button', { name: `Done: ${name}` }));
}

const card = (name: string) => screen.getByRole('article', { name });
const primaries = (session: Awaited<ReturnType<typeof setup>>['session']) =>
	session.data.personas.filter((p) => p.primary).map((p) => p.name);

describe('PersonaStep', () => {
	it('adding a persona opens its form with the keyboard in its name', async () => {
		const { user, session } = await setup();
		expect(screen.getByText(/No personas yet/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Add persona' }));
		expect(screen.getByLabelText('Name')).toHaveFocus();
		expect(session.data.personas).toHaveLength(1);
		expect(session.data.personas[0]!.primary).toBe(true);
		expect(screen.getByText('Primary persona')).toBeInTheDocument();
	});

	it('what is typed shows on the card and is saved', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add persona' }));
		await user.type(screen.getByLabelText('Name'), 'Åsa Østergård');
		await user.type(screen.getByLabelText('Job title'), 'Account manager');
		await user.type(screen.getByLabelText('Quote'), 'I just want to start selling.');
		await user.type(screen.getByLabelText('Frustrations'), 'Chasing IT');
		await user.click(screen.getByRole('button', { name: 'Done: Åsa Østergård' }));

		expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
		const c = card('Åsa Østergård');
		expect(within(c).getByRole('heading', { name: 'Åsa Østergård' })).toBeInTheDocument();
		expect(within(c).getByText('Account manager')).toBeInTheDocument();
		expect(within(c).getByText('“I just want to start selling.”')).toBeInTheDocument();
		expect(within(c).getByRole('heading', { name: 'Frustrations' })).toBeInTheDocument();
		expect(within(c).getByText('Chasing IT')).toBeInTheDocument();
		expect(within(c).queryByRole('heading', { name: 'Goals' })).not.toBeInTheDocument();
		expect(within(c).getByText('ÅØ')).toBeInTheDocument();

		await session.flush();
		const saved = (await loadWorkshop(db, id))!.personas;
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({
			name: 'Åsa Østergård',
			jobTitle: 'Account manager',
			quote: 'I just want to start selling.',
			frustrations: 'Chasing IT',
			primary: true
		});
	});

	it('the avatar follows the name, and the chosen colour is saved', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add persona' }));
		const form = screen.getByLabelText('Name').closest('li')!;
		expect(within(form).getByText('?')).toBeInTheDocument();
		await user.type(screen.getByLabelText('Name'), 'Emma Carter');
		expect(within(form).getByText('EC')).toBeInTheDocument();

		const colours = screen.getByRole('group', { name: 'Avatar colour' });
		expect(within(colours).getAllByRole('radio')).toHaveLength(8);
		expect(within(colours).getByRole('radio', { name: 'Blue' })).toBeChecked();
		await user.click(within(colours).getByRole('radio', { name: 'Teal' }));
		expect(within(colours).getByRole('radio', { name: 'Teal' })).toBeChecked();
		expect(within(colours).getByRole('radio', { name: 'Blue' })).not.toBeChecked();
		expect(session.data.personas[0]!.colour).toBe(4);
		await session.flush();
		expect((await loadWorkshop(db, id))!.personas[0]!.colour).toBe(4);
	});

	it('the channel list is the persona channels; "Other" asks which one and saves it', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add persona' }));
		const select = screen.getByLabelText('Preferred channel');
		const options = within(select)
			.getAllByRole('option')
			.map((o) => o.textContent);
		expect(options).toEqual(['Choose…', 'Phone', 'E-mail', 'Portal', 'Chat', 'In person', 'Other']);
		expect(screen.queryByLabelText('Which channel?')).not.toBeInTheDocument();

		await user.selectOptions(select, 'Other');
		await user.type(screen.getByLabelText('Which channel?'), 'Teams message');
		expect(session.data.personas[0]).toMatchObject({
			channel: 'other',
			channelOther: 'Teams message'
		});
		await user.type(screen.getByLabelText('Name'), 'Ravi');
		await user.click(screen.getByRole('button', { name: 'Done: Ravi' }));
		expect(within(card('Ravi')).getByText('Teams message')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Edit: Ravi' }));
		expect(screen.getByLabelText('Name')).toHaveFocus();
		await user.selectOptions(screen.getByLabelText('Preferred channel'), 'Chat');
		expect(screen.queryByLabelText('Which channel?')).not.toBeInTheDocument();
		await user.selectOptions(screen.getByLabelText('Preferred channel'), 'Other');
		await session.flush();
		expect((await loadWorkshop(db, id))!.personas[0]).toMatchObject({
			channel: 'other',
			channelOther: 'Teams message'
		});
	});

	it('Enter in the name of the last persona adds the next one', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add persona' }));
		await user.keyboard('Emma{Enter}');
		expect(session.data.personas).toHaveLength(2);
		const names = screen.getAllByLabelText('Name');
		expect(names[1]).toHaveFocus();
		expect(session.data.personas[1]!.primary).toBe(false);
	});

	it('making the second persona primary makes the first one not primary', async () => {
		const { user, session, db, id } = await setup();
		await addNamed(user, 'Emma');
		await addNamed(user, 'Ravi');
		expect(primaries(session)).toEqual(['Emma']);
		expect(screen.queryByRole('button', { name: 'Make primary: Emma' })).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Make primary: Ravi' }));
		expect(primaries(session)).toEqual(['Ravi']);
		expect(screen.getAllByText('Primary persona')).toHaveLength(1);
		expect(within(screen.getByText('Primary persona').closest('li')!).getByRole('article')).toBe(
			card('Ravi')
		);
		expect(screen.getByRole('button', { name: 'Make primary: Emma' })).toBeInTheDocument();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.personas;
		expect(saved.filter((p) => p.primary).map((p) => p.name)).toEqual(['Ravi']);
	});

	it('deleting the primary promotes the first one left; Undo restores both', async () => {
		const { user, session, db, id } = await setup();
		await addNamed(user, 'Emma');
		await addNamed(user, 'Ravi');
		await addNamed(user, 'Sofia');
		await user.click(screen.getByRole('button', { name: 'Make primary: Sofia' }));

		await user.click(screen.getByRole('button', { name: 'Remove: Sofia' }));
		expect(session.data.personas.map((p) => p.name)).toEqual(['Emma', 'Ravi']);
		expect(primaries(session)).toEqual(['Emma']);
		expect(screen.getByText('Deleted “Sofia”')).toBeInTheDocument();
		await session.flush();
		let saved = (await loadWorkshop(db, id))!.personas;
		expect(saved.map((p) => [p.name, p.primary])).toEqual([
			['Emma', true],
			['Ravi', false]
		]);

		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(session.data.personas.map((p) => p.name)).toEqual(['Emma', 'Ravi', 'Sofia']);
		expect(primaries(session)).toEqual(['Sofia']);
		expect(within(card('Sofia').closest('li')!).getByText('Primary persona')).toBeInTheDocument();
		await session.flush();
		saved = (await loadWorkshop(db, id))!.personas;
		expect(saved.map((p) => [p.name, p.primary])).toEqual([
			['Emma', false],
			['Ravi', false],
			['Sofia', true]
		]);
	});

	it('deleting a persona that is not primary leaves the primary alone', async () => {
		const { user, session } = await setup();
		await addNamed(user, 'Emma');
		await addNamed(user, 'Ravi');
		await user.click(screen.getByRole('button', { name: 'Remove: Ravi' }));
		expect(primaries(session)).toEqual(['Emma']);
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(primaries(session)).toEqual(['Emma']);
	});

	it('Alt+↓ moves the persona the keyboard is in, and the keyboard stays on it', async () => {
		const { user, session } = await setup();
		await addNamed(user, 'Emma');
		await addNamed(user, 'Ravi');
		const edit = screen.getByRole('button', { name: 'Edit: Emma' });
		edit.focus();
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(session.data.personas.map((p) => p.name)).toEqual(['Ravi', 'Emma']);
		expect(edit).toHaveFocus();
	});
});

describe('a workshop from before personas had to be marked primary', () => {
	it('treats the first persona as primary, as the report does', async () => {
		const s = await setupStep(PersonaStep, 'Laptop');
		cleanup = s.cleanup;
		s.session.add('personas', { name: 'Emma', primary: false });
		s.session.add('personas', { name: 'Ravi', primary: false });
		await tick();
		const [emma, ravi] = screen.getAllByRole('listitem').filter((li) => li.dataset.persona);
		expect(within(emma!).getByText(/Primary persona/)).toBeInTheDocument();
		expect(within(ravi!).queryByText(/Primary persona/)).toBeNull();
		expect(within(ravi!).getByRole('button', { name: /Make primary/ })).toBeInTheDocument();
	});
});
