// The agenda of the preparation view: timeboxes that move the clock, a start time and a minimum
// that are only saved when they make sense, the warning below the minimum, and the way back to
// the default agenda that can be undone.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import Preparation from '$lib/components/prepare/Preparation.svelte';
import { DEFAULT_MINUTES } from '$lib/domain/timeboxes';
import { locale } from '$lib/i18n/locale.svelte';
import { setupSession } from './helpers';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	locale.set('en');
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const { session, saved: workshop, cleanup: close } = await setupSession('Laptop order');
	render(Preparation, { props: { session } });
	cleanup = close;
	const saved = async () => (await workshop()).workshop.agenda;
	return { session, saved, user: userEvent.setup() };
}

const box = (step: string) => screen.getByRole('textbox', { name: step });
const row = (step: string) => box(step).closest('tr')!;
const summary = () => screen.getByText(/^In all:/).closest('p')!;

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
	await user.clear(input);
	if (text) await user.type(input, text);
}

describe('the agenda', () => {
	it('lists the ten steps with their timeboxes, clock times and the day from 09:00 to 12:00', async () => {
		await setup();
		const rows = screen.getAllByRole('row').slice(1);
		expect(rows).toHaveLength(10);
		expect(within(rows[0]!).getByRole('textbox', { name: '1. One journey' })).toHaveValue('10');
		expect(rows[0]).toHaveTextContent('09:00 → 09:10');
		expect(within(rows[9]!).getByRole('textbox', { name: '10. Keep improving' })).toHaveValue('15');
		expect(rows[9]).toHaveTextContent('11:45 → 12:00');
		expect(summary()).toHaveTextContent('In all: 3 h · The day: 09:00 → 12:00');
	});

	it('a new timebox moves that step’s end, every later step, the total and the end of the day', async () => {
		const { user, session, saved } = await setup();
		await retype(user, box('4. Persona'), '25');
		expect(row('4. Persona')).toHaveTextContent('09:40 → 10:05');
		expect(row('5. Today’s experience')).toHaveTextContent('10:05 → 10:25');
		expect(row('3. Desired experience')).toHaveTextContent('09:20 → 09:40');
		expect(summary()).toHaveTextContent('In all: 3 h 10 min · The day: 09:00 → 12:10');
		expect(session.workshop.agenda.minutes.persona).toBe(25);
		expect((await saved()).minutes.persona).toBe(25);
	});

	it('the running timer follows a changed timebox of the current step', async () => {
		const { user, session } = await setup();
		expect(session.timer.durationMs).toBe(10 * 60_000);
		await retype(user, box('1. One journey'), '18');
		expect(session.timer.durationMs).toBe(18 * 60_000);
	});

	it('a timebox that is not a whole number from 1 to 240 says so and keeps the saved one', async () => {
		const { user, session, saved } = await setup();
		const input = box('4. Persona');
		for (const bad of ['abc', '0', '241', '2.5', '']) {
			await retype(user, input, bad);
			expect(input).toHaveAttribute('aria-invalid', 'true');
			expect(input).toHaveAccessibleDescription(
				'Write a whole number of minutes from 1 to 240. Still saved: 15.'
			);
			expect(session.workshop.agenda.minutes.persona).toBe(15);
		}
		expect(row('4. Persona')).toHaveTextContent('09:40 → 09:55');
		expect(summary()).toHaveTextContent('The day: 09:00 → 12:00');
		expect(await saved()).toMatchObject({ minutes: DEFAULT_MINUTES, start: '09:00' });
		// Putting it right clears the message and saves.
		await retype(user, input, '20');
		expect(input).toHaveAttribute('aria-invalid', 'false');
		expect(screen.queryByRole('alert')).toBeNull();
		expect((await saved()).minutes.persona).toBe(20);
	});

	it('the start time sets the clock; a time that is not one says so and is not saved', async () => {
		const { user, session, saved } = await setup();
		const start = screen.getByLabelText('Start time');
		await retype(user, start, '25:00');
		expect(start).toHaveAccessibleDescription(
			'Write the time as hours and minutes, e.g. 09:00 or 13:30. Still saved: 09:00.'
		);
		expect(session.workshop.agenda.start).toBe('09:00');
		expect((await saved()).start).toBe('09:00');
		await retype(user, start, '9,30');
		expect(screen.getByRole('alert')).toHaveTextContent(/Write the time as hours and minutes/);
		await retype(user, start, '13:30');
		expect(screen.queryByRole('alert')).toBeNull();
		expect(summary()).toHaveTextContent('The day: 13:30 → 16:30');
		expect(row('7. Touchpoints')).toHaveTextContent('14:55 → 15:25');
		expect((await saved()).start).toBe('13:30');
		// No start time yet is allowed: the clock waits for one.
		await retype(user, start, '');
		expect(screen.queryByRole('alert')).toBeNull();
		expect((await saved()).start).toBe('');
		expect(summary()).toHaveTextContent('Set a start time above');
		expect(row('7. Touchpoints')).not.toHaveTextContent('→');
	});

	it('the minimum must be a whole number no longer than the shortest step', async () => {
		const { user, saved } = await setup();
		const minimum = screen.getByLabelText('Minimum per step (minutes)');
		await retype(user, minimum, '12');
		expect(minimum).toHaveAccessibleDescription(
			'The minimum can’t be longer than the shortest step (10 min). Still saved: 5.'
		);
		await retype(user, minimum, 'x');
		expect(minimum).toHaveAccessibleDescription(
			'Write a whole number of minutes, 1 or more. Still saved: 5.'
		);
		expect((await saved()).minimum).toBe(5);
		await retype(user, minimum, '8');
		expect(minimum).toHaveAttribute('aria-invalid', 'false');
		expect((await saved()).minimum).toBe(8);
	});

	it('warns clearly when a timebox is shorter than the minimum', async () => {
		const { user } = await setup();
		expect(screen.queryByText(/Shorter than the minimum/)).toBeNull();
		await retype(user, box('6. Plan the journey'), '3');
		expect(screen.getByText(/Shorter than the minimum/)).toHaveTextContent(
			'Shorter than the minimum of 5 min: Plan the journey. Re-balancing never shortens these steps.'
		);
		await retype(user, box('6. Plan the journey'), '5');
		expect(screen.queryByText(/Shorter than the minimum/)).toBeNull();
	});

	it('goes back to the default agenda, and Undo brings the team lead’s plan back', async () => {
		const { user, session, saved } = await setup();
		const reset = screen.getByRole('button', { name: 'Back to the default agenda' });
		expect(reset).toBeDisabled();
		await retype(user, box('4. Persona'), '40');
		await retype(user, screen.getByLabelText('Minimum per step (minutes)'), '7');
		await retype(user, screen.getByLabelText('Start time'), '10:00');
		await user.click(reset);
		expect(session.workshop.agenda).toEqual({
			start: '10:00',
			minutes: DEFAULT_MINUTES,
			minimum: 5
		});
		expect(box('4. Persona')).toHaveValue('15');
		expect(screen.getByLabelText('Minimum per step (minutes)')).toHaveValue('5');
		expect(reset).toBeDisabled();
		expect(screen.getByText('The agenda is back to the default')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(box('4. Persona')).toHaveValue('40');
		expect(await saved()).toMatchObject({ start: '10:00', minimum: 7, minutes: { persona: 40 } });
	});

	it('speaks Danish: the message and the row labels follow the UI language', async () => {
		const { user } = await setup();
		locale.set('da');
		await tick();
		const input = screen.getByRole('textbox', { name: '4. Persona' });
		await retype(user, input, '0');
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Skriv et helt antal minutter fra 1 til 240. Stadig gemt: 15.'
		);
		expect(screen.getByText(/^I alt:/)).toHaveTextContent('I alt: 3 t.');
		// Times of day as Danes write them.
		expect(screen.getByText(/^I alt:/).closest('p')).toHaveTextContent(/09\.00 → 12\.00/);
		const touchpoints = screen.getByRole('textbox', { name: /^7\. / }).closest('tr');
		expect(touchpoints).toHaveTextContent(/10\.25 → 10\.55/);
	});
});
