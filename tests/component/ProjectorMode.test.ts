// Projector mode from the facilitator's keyboard: P swaps the wizard for the room's view (no
// step list, no editing forms), D changes the theme, Q hides the questions, N goes to the line
// for what the room calls out, ? lists every key — and none of them fire while typing.
import { fireEvent, render, screen } from '@testing-library/svelte';
import Wizard from '$lib/components/wizard/Wizard.svelte';
import { THEMES } from '$lib/components/projector/themes';
import { setupSession } from './helpers';

async function setup(projector = false) {
	const setup = await setupSession('Laptop for a new hire');
	const view = render(Wizard, {
		props: { session: setup.session, onbackup: () => {}, projector }
	});
	// The step's view (or, in projector mode, its projector view) loads the first time.
	const shown = projector ? '.projector-output > *' : '.step-body > *';
	await vi.waitFor(() => expect(view.container.querySelector(shown)).not.toBeNull());
	const press = (key: string, target: Element = document.body) =>
		fireEvent.keyDown(target, { key });
	return { ...setup, view, press };
}

const projectorView = () => document.querySelector<HTMLElement>('.projector');

describe('projector mode', () => {
	beforeEach(() => localStorage.clear());

	it('P shows the step for the room, and P again brings the wizard back', async () => {
		const { press, cleanup } = await setup();
		expect(screen.getByRole('navigation', { name: 'Steps' })).toBeInTheDocument();
		await press('p');
		expect(projectorView()).not.toBeNull();
		expect(screen.queryByRole('navigation', { name: 'Steps' })).toBeNull();
		expect(screen.getByRole('heading', { level: 1, name: 'One journey' })).toBeInTheDocument();
		// The room's output, not the form: no text fields but the one quick-add line.
		const fields = projectorView()!.querySelectorAll('input, textarea, select');
		expect([...fields].every((f) => f.id === 'quick-add' || f.closest('.quick-add'))).toBe(true);
		expect(await screen.findByText('Laptop for a new hire')).toBeInTheDocument();
		await press('P');
		expect(projectorView()).toBeNull();
		expect(screen.getByRole('navigation', { name: 'Steps' })).toBeInTheDocument();
		await cleanup();
	});

	it('uses the high-contrast theme, dark first; D switches and it is remembered', async () => {
		const { press, view, session, cleanup } = await setup(true);
		expect(projectorView()).toHaveAttribute('data-theme', 'dark');
		expect(projectorView()!.getAttribute('style')).toContain(`--bg: ${THEMES.dark.bg}`);
		await press('d');
		expect(projectorView()).toHaveAttribute('data-theme', 'light');
		expect(projectorView()!.getAttribute('style')).toContain(`--text: ${THEMES.light.text}`);
		view.unmount();
		render(Wizard, { props: { session, onbackup: () => {}, projector: true } });
		expect(projectorView()).toHaveAttribute('data-theme', 'light');
		await cleanup();
	});

	it('shows the questions for the room, and Q folds them away', async () => {
		const { press, cleanup } = await setup(true);
		expect(screen.getByRole('heading', { name: 'Ask the room' })).toBeInTheDocument();
		await press('q');
		expect(screen.queryByRole('heading', { name: 'Ask the room' })).toBeNull();
		await press('q');
		expect(screen.getByRole('heading', { name: 'Ask the room' })).toBeInTheDocument();
		await cleanup();
	});

	it('moves between steps with the arrows and keeps the timer on screen', async () => {
		const { press, session, cleanup } = await setup(true);
		await press('ArrowRight');
		expect(session.place).toBe('stakeholders');
		expect(
			screen.getByRole('heading', { level: 1, name: 'Everyone involved' })
		).toBeInTheDocument();
		expect(screen.getByRole('region', { name: 'Timer for this step' })).toBeInTheDocument();
		await press('t');
		expect(session.timer.running).toBe(true);
		await cleanup();
	});

	it('N goes to the quick-add line; what is typed there is text, not shortcuts', async () => {
		const { press, session, cleanup } = await setup(true);
		await press('ArrowRight');
		await press('n');
		const line = document.getElementById('quick-add')!;
		expect(line).toHaveFocus();
		for (const key of ['p', 'd', 't', 'ArrowRight', '?']) await press(key, line);
		expect(projectorView()).toHaveAttribute('data-theme', 'dark');
		expect(session.timer.running).toBe(false);
		expect(session.place).toBe('stakeholders');
		expect(screen.queryByRole('dialog')).toBeNull();
		await cleanup();
	});
});

describe('keys in the wizard', () => {
	beforeEach(() => localStorage.clear());

	it('N presses the step’s first Add button', async () => {
		const { press, session, cleanup } = await setup();
		await press('ArrowRight');
		expect(session.data.stakeholders).toHaveLength(0);
		await press('n');
		expect(session.data.stakeholders).toHaveLength(1);
		await cleanup();
	});

	it('? lists every key, and the list closes again', async () => {
		const { press, cleanup } = await setup();
		await press('?');
		const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
		for (const text of ['Next step', 'Start or pause the timer', 'Projector mode on or off'])
			expect(dialog).toHaveTextContent(text);
		expect(dialog).toHaveTextContent(/G\s*Add a gap right after the focused touchpoint \(step 7\)/);
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(screen.queryByRole('dialog')).toBeNull();
		await cleanup();
	});

	it('T starts the timer, but not from inside a field', async () => {
		const { press, session, cleanup } = await setup();
		await press('t', screen.getByLabelText('Journey name'));
		expect(session.timer.running).toBe(false);
		await press('t');
		expect(session.timer.running).toBe(true);
		await cleanup();
	});
});
