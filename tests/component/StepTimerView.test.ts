// The timer on screen: Start and Pause (T is the wizard's, see Wizard.test.ts), the time left counts down,
// it turns amber and then red with the overrun counted, and the day's pace is in words.
import { fireEvent, render, screen } from '@testing-library/svelte';
import StepTimerView from '$lib/components/wizard/StepTimer.svelte';
import { defaultAgenda } from '$lib/domain/timeboxes';
import type { StepId } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';
import { StepTimer } from '$lib/session/step-timer.svelte';

const MIN = 60_000;

function setup(spentMs: Partial<Record<StepId, number>> = {}, controls = true) {
	const timer = new StepTimer(
		{
			workshop: { agenda: defaultAgenda(), facilitation: { spentMs } },
			recordSpent: (step, ms) => (spentMs[step] = ms)
		},
		'plan',
		() => Date.now()
	);
	render(StepTimerView, { props: { timer, controls } });
	return timer;
}

describe('the step timer on screen', () => {
	beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0) }));
	afterEach(() => vi.useRealTimers());

	it('starts, counts down, turns amber then red and counts the overrun', async () => {
		const timer = setup();
		const box = screen.getByRole('region', { name: 'Timer for this step' });
		expect(box).toHaveTextContent('10:00 left');
		expect(box).toHaveTextContent('of 10 min');
		await fireEvent.click(screen.getByRole('button', { name: 'Start' }));
		expect(timer.running).toBe(true);
		await vi.advanceTimersByTimeAsync(8 * MIN + 30_000);
		expect(box).toHaveTextContent('1:30 left');
		expect(box).toHaveClass('amber');
		expect(box).toHaveTextContent('Time to wrap up');
		await vi.advanceTimersByTimeAsync(3 * MIN);
		expect(box).toHaveClass('red');
		expect(box).toHaveTextContent('1:30 over');
		expect(box).toHaveTextContent('Time is up');
		await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
		expect(timer.running).toBe(false);
		expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
		timer.stop();
	});

	it('shows no buttons on the projector, where the room sees only the time', () => {
		const timer = setup({}, false);
		expect(screen.getByRole('region', { name: 'Timer for this step' })).toHaveTextContent(
			'10:00 left'
		);
		expect(screen.queryByRole('button')).toBeNull();
		timer.stop();
	});

	it('says how far behind the day is', () => {
		const timer = setup({
			journey: 40 * MIN,
			stakeholders: 40 * MIN,
			experience: 40 * MIN,
			persona: 40 * MIN,
			interviews: 40 * MIN
		});
		expect(screen.getByRole('region', { name: 'Timer for this step' })).toHaveTextContent(
			/Behind by \d+ min/
		);
		timer.stop();
	});

	// "Timer" is the plural of "time" (hour) in Danish: a screen reader would announce hours.
	it('is a countdown in Danish and Swedish, not hours', async () => {
		await locale.set('da');
		const timer = setup();
		expect(screen.getByRole('region', { name: 'Nedtælling for dette trin' })).toBeInTheDocument();
		timer.stop();
		await locale.set('sv');
		expect(
			screen.getByRole('region', { name: 'Nedräkning för det här steget' })
		).toBeInTheDocument();
		await locale.set('en');
	});
});
