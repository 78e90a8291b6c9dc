// → on step 1 before the journey has a name: the move is refused, and the keyboard hears why, as
// a press of "Next" shows it — every time it is pressed, and in projector mode too, where there
// is no Next button to say it. ← on step 1 has nowhere to go and is not a refusal.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import Wizard from '$lib/components/wizard/Wizard.svelte';
import { setupSession } from './helpers';

const WHY = 'Give the journey a name first — every other step builds on it.';

async function setup(projector: boolean) {
	const setup = await setupSession('');
	render(Wizard, { props: { session: setup.session, onbackup: () => {}, projector } });
	const shown = projector ? '.projector-output > *' : '.step-body > *';
	await vi.waitFor(() => expect(document.querySelector(shown)).not.toBeNull());
	const press = async (key: string) => {
		await fireEvent.keyDown(document.body, { key });
		await tick();
	};
	return { ...setup, press };
}

describe('→ on step 1 with no journey name', () => {
	beforeEach(() => localStorage.clear());

	it('says why in the wizard, and says it again on the next press', async () => {
		const { press, session, cleanup } = await setup(false);
		await press('ArrowLeft');
		expect(screen.queryByRole('alert')).toBeNull();

		await press('ArrowRight');
		const first = screen.getByRole('alert');
		expect(first).toHaveTextContent(WHY);
		expect(session.place).toBe('journey');

		// A new alert, so a screen reader reads it out again rather than staying silent.
		await press('ArrowRight');
		const second = screen.getByRole('alert');
		expect(second).toHaveTextContent(WHY);
		expect(second).not.toBe(first);
		await cleanup();
	});

	it('says why in projector mode, where there is no Next button', async () => {
		const { press, session, cleanup } = await setup(true);
		await press('ArrowRight');
		expect(screen.getByRole('alert')).toHaveTextContent(WHY);
		expect(session.place).toBe('journey');

		// Once the journey has a name, → moves on and the reason goes.
		session.edit((w) => (w.journey.name = 'Laptop for a new hire'));
		await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
		await press('ArrowRight');
		expect(session.place).toBe('stakeholders');
		await cleanup();
	});
});
