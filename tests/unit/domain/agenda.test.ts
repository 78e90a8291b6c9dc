// The agenda's arithmetic: the schedule, typed timeboxes, and re-balancing after an overrun so
// the day still ends on time, proportionally and never below the team lead's minimum.
import {
	belowMinimum,
	checkMinimum,
	daySpan,
	parseClock,
	parseMinutes,
	parseStart,
	rebalance,
	replan,
	schedule,
	shortestTimebox,
	totalMinutes
} from '$lib/domain/agenda';
import { defaultAgenda, isDefaultAgenda } from '$lib/domain/timeboxes';
import { clock } from '$lib/domain/format';
import { formatDuration, readTimer } from '$lib/domain/timer';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('schedule', () => {
	it('lays the steps end to end from the start time', () => {
		const agenda = defaultAgenda();
		const slots = schedule(agenda);
		expect(totalMinutes(agenda)).toBe(180);
		expect(slots[0]).toEqual({ step: 'journey', minutes: 10, from: 9 * 60, to: 9 * 60 + 10 });
		expect(clock(slots.at(-1)!.to!, 'en')).toBe('12:00');
		expect(schedule({ ...agenda, start: '' })[3]!.from).toBeNull();
	});

	it('reads times of day and timeboxes, refusing what is not one', () => {
		expect(parseClock('9:05')).toBe(545);
		expect(parseClock('24:00')).toBeNull();
		expect(parseClock('9.05')).toBe(545);
		expect(parseClock('9,05')).toBeNull();
		expect(clock(23 * 60 + 90, 'en')).toBe('00:30');
		expect(parseMinutes(' 15 ')).toBe(15);
		for (const bad of ['0', '-5', '2.5', '241', 'ten', '']) expect(parseMinutes(bad)).toBeNull();
	});
});

describe('rebalance', () => {
	it('leaves the plan alone when it fits', () => {
		expect(rebalance([10, 20, 30], 60, 5)).toEqual([10, 20, 30]);
		expect(rebalance([10, 20, 30], 90, 5)).toEqual([10, 20, 30]);
	});

	it('shrinks proportionally to the time left, in whole minutes that add up', () => {
		const fitted = rebalance([10, 20, 30], 45, 5);
		expect(sum(fitted)).toBe(45);
		expect(fitted).toEqual([8, 15, 22]);
	});

	it('never goes below the minimum: the others give up more', () => {
		const fitted = rebalance([6, 30, 30], 40, 5);
		expect(fitted[0]).toBe(5);
		expect(sum(fitted)).toBe(40);
		expect(Math.abs(fitted[1]! - fitted[2]!)).toBeLessThanOrEqual(1);
	});

	it('gives every step its minimum when even that does not fit (the day runs late)', () => {
		expect(rebalance([10, 20, 30], 12, 5)).toEqual([5, 5, 5]);
		// A step planned shorter than the minimum keeps its own length.
		expect(rebalance([3, 20], 6, 5)).toEqual([3, 5]);
	});
});

describe('replan after an overrun', () => {
	const ontime = {
		journey: 10,
		stakeholders: 10,
		experience: 20,
		persona: 15,
		interviews: 20,
		plan: 10
	};

	it('takes the overrun from the steps still to come and ends on time', () => {
		// Steps 1–6 took their 85 planned minutes; touchpoints is at 40 of its 30.
		const plan = replan(defaultAgenda(), 'touchpoints', { ...ontime, touchpoints: 40 });
		expect(plan.minutes.touchpoints).toBe(30);
		expect(plan.minutes.emotions + plan.minutes.opportunities + plan.minutes.improve).toBe(55);
		expect(plan.minutes.emotions).toBeLessThan(20);
		expect(plan.minutes.journey).toBe(10);
		expect(plan.behindMinutes).toBe(0);
	});

	it('gives the current step a shorter timebox when earlier steps ran over', () => {
		const plan = replan(defaultAgenda(), 'touchpoints', { ...ontime, plan: 25 });
		expect(plan.minutes.plan).toBe(25);
		expect(plan.minutes.touchpoints).toBeLessThan(30);
		expect(
			plan.minutes.touchpoints +
				plan.minutes.emotions +
				plan.minutes.opportunities +
				plan.minutes.improve
		).toBe(80);
		expect(plan.behindMinutes).toBe(0);
	});

	it('says how far behind the day is when the minimums cannot absorb it', () => {
		const agenda = { ...defaultAgenda(), minimum: 15 };
		const plan = replan(agenda, 'touchpoints', { ...ontime, touchpoints: 60 });
		expect([plan.minutes.emotions, plan.minutes.opportunities, plan.minutes.improve]).toEqual([
			15, 15, 15
		]);
		expect(plan.behindMinutes).toBe(85 + 60 + 45 - 180);
	});

	it('counts a step with no time recorded as on plan, so an untimed start is not "ahead"', () => {
		const plan = replan(defaultAgenda(), 'touchpoints', {});
		expect(plan.behindMinutes).toBe(0);
		expect(plan.minutes.touchpoints).toBe(30);
		expect(replan(defaultAgenda(), 'touchpoints', { plan: 0 }).behindMinutes).toBe(-10);
	});

	it('says how far ahead the day is when earlier steps were quick', () => {
		// Steps 1–3 took 30 of their 40 minutes; persona is under way and keeps its 15.
		const plan = replan(defaultAgenda(), 'persona', {
			journey: 10,
			stakeholders: 5,
			experience: 15,
			persona: 5
		});
		expect(plan.minutes.persona).toBe(15);
		expect(plan.behindMinutes).toBe(-10);
	});
});

describe('timer reading', () => {
	it('formats time left, rounding up so 0:00 means really up', () => {
		expect(formatDuration(61_000)).toBe('1:01');
		expect(formatDuration(500)).toBe('0:01');
		expect(formatDuration(3_725_000)).toBe('1:02:05');
		expect(readTimer(60_000, 30_000).level).toBe('calm');
	});
});

describe('the team lead’s agenda form', () => {
	it('reads a start time, normalised, and allows none yet', () => {
		expect(parseStart('9:05')).toBe('09:05');
		expect(parseStart(' 13:30 ')).toBe('13:30');
		expect(parseStart('  ')).toBe('');
		expect(parseStart('9.30')).toBe('09:30');
		for (const bad of ['9', '25:00', '9,30', '09:60', 'nine']) expect(parseStart(bad)).toBeNull();
	});

	it('spans the day from the start to the end of the last step', () => {
		const agenda = { ...defaultAgenda(), start: '13:15' };
		expect(daySpan(agenda)).toEqual({ from: 13 * 60 + 15, to: 16 * 60 + 15 });
		agenda.minutes.touchpoints = 45;
		expect(clock(daySpan(agenda)!.to, 'en')).toBe('16:30');
		// Each language writes the time its own way.
		expect(clock(daySpan(agenda)!.to, 'da')).toBe('16.30');
		expect(clock(daySpan(agenda)!.to, 'sv')).toBe('16:30');
		expect(daySpan({ ...agenda, start: '' })).toBeNull();
	});

	it('finds the shortest step and the steps below the minimum', () => {
		const agenda = defaultAgenda();
		expect(shortestTimebox(agenda)).toBe(10);
		expect(belowMinimum(agenda)).toEqual([]);
		agenda.minutes.plan = 3;
		agenda.minutes.journey = 4;
		expect(shortestTimebox(agenda)).toBe(3);
		expect(belowMinimum(agenda)).toEqual(['journey', 'plan']);
	});

	it('accepts a minimum that is a whole number no longer than the shortest step', () => {
		const agenda = defaultAgenda();
		expect(checkMinimum('8', agenda)).toEqual({ ok: true, value: 8 });
		expect(checkMinimum('10', agenda)).toEqual({ ok: true, value: 10 });
		expect(checkMinimum('11', agenda)).toEqual({
			ok: false,
			problem: 'aboveShortest',
			shortest: 10
		});
		for (const bad of ['0', '2.5', '-1', 'five', ''])
			expect(checkMinimum(bad, agenda)).toEqual({ ok: false, problem: 'notWhole' });
	});

	it('knows the default timeboxes and minimum, whatever the start time', () => {
		const agenda = { ...defaultAgenda(), start: '13:00' };
		expect(isDefaultAgenda(agenda)).toBe(true);
		expect(isDefaultAgenda({ ...agenda, minimum: 4 })).toBe(false);
		agenda.minutes.persona = 16;
		expect(isDefaultAgenda(agenda)).toBe(false);
	});
});
