// The step timer inside a workshop: it follows the room from step to step, writes the time spent
// down, and re-plans the day. Fake timers drive both the ticks and the clock.
import { defaultAgenda } from '$lib/domain/timeboxes';
import type { StepId } from '$lib/domain/types';
import { SAVE_EVERY_MS, StepTimer, type TimerHost } from '$lib/session/step-timer.svelte';

const MIN = 60_000;

function host(spentMs: Partial<Record<StepId, number>> = {}) {
	const writes: [StepId, number][] = [];
	const h: TimerHost = {
		workshop: { agenda: defaultAgenda(), facilitation: { spentMs } },
		recordSpent(step, ms) {
			writes.push([step, ms]);
			spentMs[step] = ms;
		}
	};
	return { h, writes, spentMs };
}

describe('StepTimer', () => {
	beforeEach(() => vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0) }));
	afterEach(() => vi.useRealTimers());

	it('counts the current step against its timebox and writes the time down as it goes', () => {
		const { h, writes } = host();
		const timer = new StepTimer(h, 'touchpoints', () => Date.now());
		expect(timer.durationMs).toBe(30 * MIN);
		timer.toggle();
		vi.advanceTimersByTime(SAVE_EVERY_MS + 500);
		expect(writes.at(-1)?.[0]).toBe('touchpoints');
		expect(writes.at(-1)![1]).toBeGreaterThanOrEqual(SAVE_EVERY_MS);
		vi.advanceTimersByTime(25 * MIN);
		expect(timer.reading.level).toBe('amber');
		timer.toggle();
		expect(timer.running).toBe(false);
		expect(writes.at(-1)).toEqual(['touchpoints', 25 * MIN + SAVE_EVERY_MS + 500]);
		timer.stop();
	});

	it('moves with the room: the next step starts from the time it already had', () => {
		const { h, spentMs } = host({ emotions: 2 * MIN });
		const timer = new StepTimer(h, 'touchpoints', () => Date.now());
		timer.toggle();
		vi.advanceTimersByTime(5 * MIN);
		timer.switchTo('emotions');
		expect(spentMs.touchpoints).toBe(5 * MIN);
		expect(timer.running).toBe(true);
		expect(timer.elapsedMs).toBe(2 * MIN);
		vi.advanceTimersByTime(MIN);
		expect(timer.elapsedMs).toBe(3 * MIN);
		timer.stop();
	});

	it('re-plans the day: an overrun makes the later timeboxes shorter, then says how late', () => {
		const ontime = { journey: 10, stakeholders: 10, experience: 20, persona: 15, interviews: 20 };
		const spent = Object.fromEntries(Object.entries(ontime).map(([s, m]) => [s, m * MIN]));
		const { h } = host({ ...spent, plan: 10 * MIN });
		const timer = new StepTimer(h, 'touchpoints', () => Date.now());
		timer.toggle();
		vi.advanceTimersByTime(40 * MIN);
		expect(timer.reading.overrunMs).toBe(10 * MIN);
		expect(timer.plan.behindMinutes).toBe(0);
		expect(timer.plan.minutes.emotions).toBeLessThan(20);
		timer.switchTo('emotions');
		expect(timer.durationMs).toBe(timer.plan.minutes.emotions * MIN);
		expect(timer.durationMs).toBeLessThan(20 * MIN);
		timer.stop();
	});
});
