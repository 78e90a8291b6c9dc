// The step timer with simulated time: it counts while running, holds while paused, keeps
// counting into overrun, survives a step change, and never drifts with late ticks.
import { createActor, SimulatedClock } from 'xstate';
import { readTimer } from '$lib/domain/timer';
import { elapsedOf, TICK_MS, timerMachine } from '$lib/machine/timer.machine';

const MIN = 60_000;

function start(durationMs = 10 * MIN, elapsedMs = 0) {
	const clock = new SimulatedClock();
	const actor = createActor(timerMachine, {
		clock,
		input: { durationMs, elapsedMs, now: () => clock.now() }
	}).start();
	const elapsed = () => elapsedOf(actor.getSnapshot().context);
	const reading = () => readTimer(actor.getSnapshot().context.durationMs, elapsed());
	return { clock, actor, elapsed, reading };
}

describe('timer machine', () => {
	it('counts only while running', () => {
		const { clock, actor, elapsed } = start();
		clock.increment(5_000);
		expect(elapsed()).toBe(0);
		actor.send({ type: 'timer.start' });
		clock.increment(3 * MIN);
		expect(actor.getSnapshot().value).toBe('running');
		expect(elapsed()).toBe(3 * MIN);
		actor.send({ type: 'timer.pause' });
		clock.increment(MIN);
		expect(actor.getSnapshot().value).toBe('paused');
		expect(elapsed()).toBe(3 * MIN);
		actor.send({ type: 'timer.toggle' });
		clock.increment(MIN);
		expect(elapsed()).toBe(4 * MIN);
	});

	it('turns amber at 20 % left, red at zero, and keeps counting the overrun', () => {
		const { clock, actor, reading } = start(10 * MIN);
		actor.send({ type: 'timer.start' });
		clock.increment(7 * MIN);
		expect(reading().level).toBe('calm');
		clock.increment(MIN);
		expect(reading()).toEqual({ remainingMs: 2 * MIN, overrunMs: 0, level: 'amber' });
		clock.increment(2 * MIN);
		expect(reading()).toEqual({ remainingMs: 0, overrunMs: 0, level: 'red' });
		clock.increment(3 * MIN);
		expect(reading()).toEqual({ remainingMs: 0, overrunMs: 3 * MIN, level: 'red' });
		expect(actor.getSnapshot().value).toBe('running');
	});

	it('reads the clock, not the number of ticks: a late tick loses nothing', () => {
		const { clock, actor, elapsed } = start();
		actor.send({ type: 'timer.start' });
		// One jump of 95 s (a sleeping laptop) fires one tick, yet all 95 s count.
		clock.increment(95_000);
		expect(elapsed()).toBe(95_000);
		clock.increment(TICK_MS - 1);
		expect(elapsed()).toBe(95_000);
		clock.increment(1);
		expect(elapsed()).toBe(95_000 + TICK_MS);
	});

	it('a step change loads the next timebox and keeps running', () => {
		const { clock, actor, elapsed } = start(10 * MIN);
		actor.send({ type: 'timer.start' });
		clock.increment(4 * MIN);
		actor.send({ type: 'timer.load', durationMs: 20 * MIN, elapsedMs: 2 * MIN });
		expect(actor.getSnapshot().value).toBe('running');
		expect(actor.getSnapshot().context.durationMs).toBe(20 * MIN);
		clock.increment(MIN);
		expect(elapsed()).toBe(3 * MIN);
	});

	it('a paused timer stays paused on a step change, and reset starts over', () => {
		const { clock, actor, elapsed } = start(10 * MIN, 6 * MIN);
		expect(elapsed()).toBe(6 * MIN);
		actor.send({ type: 'timer.start' });
		clock.increment(MIN);
		actor.send({ type: 'timer.pause' });
		actor.send({ type: 'timer.load', durationMs: 5 * MIN, elapsedMs: 0 });
		clock.increment(MIN);
		expect(actor.getSnapshot().value).toBe('paused');
		expect(elapsed()).toBe(0);
		actor.send({ type: 'timer.start' });
		clock.increment(MIN);
		actor.send({ type: 'timer.reset' });
		expect(actor.getSnapshot().value).toBe('idle');
		expect(elapsed()).toBe(0);
	});

	it('takes a new timebox while running without losing the time spent', () => {
		const { clock, actor, elapsed, reading } = start(10 * MIN);
		actor.send({ type: 'timer.start' });
		clock.increment(9 * MIN);
		actor.send({ type: 'timer.set', durationMs: 8 * MIN });
		clock.increment(TICK_MS);
		expect(elapsed()).toBe(9 * MIN + TICK_MS);
		expect(reading().level).toBe('red');
	});
});
