import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JourneyStep from '$lib/components/steps/JourneyStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { locale } from '$lib/i18n/locale.svelte';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	locale.set('en');
	await cleanup?.();
	cleanup = undefined;
});

async function setup(name = '') {
	const s = await setupStep(JourneyStep, name);
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

const NAME_REQUIRED = 'Give the journey a name — every other step builds on it.';

describe('JourneyStep', () => {
	it('shows the saved journey name in the "Journey name" field', async () => {
		await setup('Laptop order');
		expect(screen.getByLabelText('Journey name')).toHaveValue('Laptop order');
	});

	it('typing the journey name updates the session and is saved on flush', async () => {
		const { user, session, db, id } = await setup();
		await user.type(screen.getByLabelText('Journey name'), 'New laptop');
		expect(session.data.workshop.journey.name).toBe('New laptop');
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.name).toBe('New laptop');
	});

	it('a name with non-ASCII letters and an en dash comes back exactly', async () => {
		const { user, session, db, id } = await setup();
		await user.type(screen.getByLabelText('Journey name'), 'Ærøskøbing – Malmö');
		expect(session.data.workshop.journey.name).toBe('Ærøskøbing – Malmö');
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.name).toBe('Ærøskøbing – Malmö');
	});

	it('typing a name unblocks the step: the machine can move on', async () => {
		const { user, session } = await setup();
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('journey');
		await user.type(screen.getByLabelText('Journey name'), 'X');
		session.send({ type: 'nav.next' });
		expect(session.place).toBe('stakeholders');
	});

	it('every field writes to the session and to the database', async () => {
		const { user, session, db, id } = await setup('Fields');
		await user.selectOptions(screen.getByLabelText('Customer segment'), 'Internal customers');
		await user.type(screen.getByLabelText('Business goal the map should serve'), 'Fewer calls');
		await user.type(screen.getByLabelText('Where it starts (the trigger)'), 'A new hire');
		await user.type(screen.getByLabelText('Where it ends'), 'Två veckor efter – åter');
		await user.type(screen.getByLabelText('Facilitator'), 'Søs Ågren');
		await user.type(screen.getByLabelText('Workshop date'), '2025-03-14');
		const expected = {
			name: 'Fields',
			segment: 'internal',
			businessGoal: 'Fewer calls',
			trigger: 'A new hire',
			end: 'Två veckor efter – åter'
		};
		expect(session.data.workshop.journey).toMatchObject(expected);
		expect(session.data.workshop.facilitator).toBe('Søs Ågren');
		expect(session.data.workshop.date).toBe('2025-03-14');
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.workshop;
		expect(saved.journey).toMatchObject(expected);
		expect([saved.facilitator, saved.date]).toEqual(['Søs Ågren', '2025-03-14']);
	});

	it('the segment hint follows the chosen segment, and none is shown before a choice', async () => {
		const { user, session } = await setup('Seg');
		const select = screen.getByLabelText('Customer segment');
		expect(select).not.toHaveAccessibleDescription();
		const cases = [
			['Internal customers', 'internal', /Colleagues are the customers/],
			['Consumers (B2C)', 'b2c', /Usually one person decides/],
			['Businesses (B2B)', 'b2b', /longer journey: several people decide/]
		] as const;
		for (const [label, value, hint] of cases) {
			await user.selectOptions(select, label);
			expect(session.data.workshop.journey.segment).toBe(value);
			expect(select).toHaveAccessibleDescription(hint);
			for (const [, , other] of cases)
				if (other !== hint) expect(screen.queryByText(other)).not.toBeInTheDocument();
		}
		await user.selectOptions(select, 'Choose…');
		expect(session.data.workshop.journey.segment).toBe('');
		expect(select).not.toHaveAccessibleDescription();
	});

	it('lifecycle chips are a labelled group, stored in lifecycle order whatever the click order', async () => {
		const { user, session, db, id } = await setup('Life');
		const group = screen.getByRole('group', { name: 'Part of the customer lifecycle it covers' });
		const chip = (name: string) => within(group).getByRole('checkbox', { name });
		expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
		await user.click(chip('Getting help'));
		await user.click(chip('Becoming aware'));
		await user.click(chip('Everyday use'));
		expect(session.data.workshop.journey.lifecycle).toEqual(['aware', 'use', 'support']);
		expect(chip('Getting help')).toBeChecked();
		expect(chip('Buying or ordering')).not.toBeChecked();
		await user.click(chip('Becoming aware'));
		expect(chip('Becoming aware')).not.toBeChecked();
		// The keyboard works too: Space on a focused chip.
		chip('Renewing or leaving').focus();
		await user.keyboard(' ');
		await user.click(chip('Buying or ordering'));
		expect(session.data.workshop.journey.lifecycle).toEqual(['buy', 'use', 'support', 'renew']);
		await session.flush();
		expect((await loadWorkshop(db, id))!.workshop.journey.lifecycle).toEqual([
			'buy',
			'use',
			'support',
			'renew'
		]);
	});

	it('an empty name shows what to do after the field is left, and the message goes when named', async () => {
		const { user } = await setup();
		const input = screen.getByLabelText('Journey name');
		expect(screen.queryByText(NAME_REQUIRED)).not.toBeInTheDocument();
		expect(input).toHaveAccessibleDescription(/For example/);
		await user.click(input);
		expect(screen.queryByText(NAME_REQUIRED)).not.toBeInTheDocument();
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent(NAME_REQUIRED);
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription(NAME_REQUIRED);
		await user.type(input, 'Laptop');
		expect(screen.queryByText(NAME_REQUIRED)).not.toBeInTheDocument();
		expect(input).toHaveAttribute('aria-invalid', 'false');
		// Clearing it again brings the message straight back, blanks count as empty.
		await user.clear(input);
		expect(screen.getByText(NAME_REQUIRED)).toBeInTheDocument();
		await user.type(input, '   ');
		expect(screen.getByText(NAME_REQUIRED)).toBeInTheDocument();
	});

	it('the empty-name message speaks the UI language', async () => {
		const { user } = await setup();
		locale.set('da');
		const input = await screen.findByLabelText('Kunderejsens navn');
		await user.click(input);
		await user.tab();
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Giv kunderejsen et navn – alle de andre trin bygger på den.'
		);
	});

	it('a saved name shows no message, even after the field is left', async () => {
		const { user } = await setup('Laptop order');
		await user.click(screen.getByLabelText('Journey name'));
		await user.tab();
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});
});
