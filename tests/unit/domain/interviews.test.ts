import { describe, expect, it } from 'vitest';
import {
	compareNpsToTarget,
	frequentPainPoints,
	lines,
	nps,
	parseNpsInput,
	summariseInterviews
} from '$lib/domain/interviews';
import { blankWorkshop, interview } from './helpers';

describe('nps', () => {
	it('is null without answers', () => {
		expect(nps([])).toEqual({ answers: 0, promoters: 0, passives: 0, detractors: 0, score: null });
	});

	it('counts 9–10 as promoters, 7–8 as passives and 0–6 as detractors', () => {
		expect(nps([0, 6, 7, 8, 9, 10])).toEqual({
			answers: 6,
			promoters: 2,
			passives: 2,
			detractors: 2,
			score: 0
		});
		expect(nps([9]).score).toBe(100);
		expect(nps([10, 10]).score).toBe(100);
		expect(nps([6]).score).toBe(-100);
		expect(nps([0]).score).toBe(-100);
		expect(nps([7, 8]).score).toBe(0);
	});

	it('is the share of promoters minus the share of detractors, rounded', () => {
		expect(nps([9, 6, 4]).score).toBe(-33);
		expect(nps([9, 9, 6]).score).toBe(33);
		expect(nps([10, 9, 7]).score).toBe(67);
		expect(nps([9, 8, 8, 8]).score).toBe(25);
		// 1 promoter in 8 answers is 12.5 → 13
		expect(nps([9, 7, 7, 7, 7, 7, 7, 7]).score).toBe(13);
	});

	it('is 100 when everyone is a promoter and −100 when everyone is a detractor', () => {
		expect(nps([9, 10, 10, 9])).toEqual({
			answers: 4,
			promoters: 4,
			passives: 0,
			detractors: 0,
			score: 100
		});
		expect(nps([0, 3, 6])).toEqual({
			answers: 3,
			promoters: 0,
			passives: 0,
			detractors: 3,
			score: -100
		});
	});

	it('rounds halves away from zero, the same on both sides', () => {
		// 1 detractor in 8 answers is −12.5 → −13, the mirror of 12.5 → 13
		expect(nps([6, 7, 7, 7, 7, 7, 7, 7]).score).toBe(-13);
		// 29 promoters in 200 is exactly 14.5 (no floating-point 14.4999…)
		expect(nps([...Array(29).fill(9), ...Array(171).fill(8)]).score).toBe(15);
		expect(nps([10, 9, 7, 6, 5, 8]).score).toBe(0);
		expect(Object.is(nps([9, 0, 8]).score, 0)).toBe(true);
	});

	it('gives no score when every answer is invalid', () => {
		expect(nps([11, -1, 7.5, Number.NaN, Infinity]).score).toBeNull();
		expect(nps([11, -1, 7.5, Number.NaN, Infinity]).answers).toBe(0);
	});

	it('ignores answers outside 0–10 or not whole', () => {
		const s = nps([11, -1, 5.5, Number.NaN, 10]);
		expect(s.answers).toBe(1);
		expect(s.promoters).toBe(1);
		expect(s.score).toBe(100);
	});
});

describe('summariseInterviews', () => {
	it('summarises nothing as nothing', () => {
		expect(summariseInterviews([])).toEqual({
			count: 0,
			met: { yes: 0, partly: 0, no: 0 },
			metShare: null,
			nps: { answers: 0, promoters: 0, passives: 0, detractors: 0, score: null },
			painPoints: []
		});
	});

	it('counts met answers, with partly as half and unanswered left out', () => {
		const d = blankWorkshop();
		const s = summariseInterviews([
			interview(d, 0, { met: 'yes' }),
			interview(d, 1, { met: 'partly' }),
			interview(d, 2, { met: 'no' }),
			interview(d, 3, { met: '' })
		]);
		expect(s.count).toBe(4);
		expect(s.met).toEqual({ yes: 1, partly: 1, no: 1 });
		expect(s.metShare).toBe(0.5);
	});

	it('gives a share of 1 when every answered interview was met', () => {
		const d = blankWorkshop();
		const s = summariseInterviews([interview(d, 0, { met: 'yes' }), interview(d, 1, { met: '' })]);
		expect(s.metShare).toBe(1);
	});

	it('leaves interviews without the NPS question out of the score', () => {
		const d = blankWorkshop();
		const s = summariseInterviews([
			interview(d, 0, { nps: 9 }),
			interview(d, 1, { nps: null }),
			interview(d, 2, { nps: 0 })
		]);
		expect(s.nps.answers).toBe(2);
		expect(s.nps.score).toBe(0);
	});

	it('collects pain points, one a line, in interview order', () => {
		const d = blankWorkshop();
		const s = summariseInterviews([
			interview(d, 0, { painPoints: ' No status \n\nCRM missing' }),
			interview(d, 1, { painPoints: '' }),
			interview(d, 2, { painPoints: 'VPN failed\r\n' })
		]);
		expect(s.painPoints).toEqual(['No status', 'CRM missing', 'VPN failed']);
	});
});

describe('lines', () => {
	it('splits, trims and drops blank lines', () => {
		expect(lines('  one \n\n two\r\n   \nthree')).toEqual(['one', 'two', 'three']);
		expect(lines('')).toEqual([]);
		expect(lines('   ')).toEqual([]);
	});
});

describe('frequentPainPoints', () => {
	const d = blankWorkshop();
	const withPains = (...texts: string[]) =>
		texts.map((painPoints, i) => interview(d, i, { painPoints }));

	it('is empty without pain points', () => {
		expect(frequentPainPoints([])).toEqual([]);
		expect(frequentPainPoints(withPains('', '  \n '))).toEqual([]);
	});

	it('groups regardless of case and spacing, showing the first spelling seen', () => {
		const result = frequentPainPoints(
			withPains('No status update\nVPN failed', '  no   STATUS update ', 'No Status Update')
		);
		expect(result).toEqual([
			{ text: 'No status update', count: 3 },
			{ text: 'VPN failed', count: 1 }
		]);
	});

	it('counts interviews, not lines: a repeat within one interview counts once', () => {
		const result = frequentPainPoints(
			withPains('Waiting\nwaiting\nWAITING', 'Forms\nForms', 'Forms')
		);
		expect(result).toEqual([
			{ text: 'Forms', count: 2 },
			{ text: 'Waiting', count: 1 }
		]);
	});

	it('sorts by count, then by when it was first heard', () => {
		const result = frequentPainPoints(withPains('C\nB', 'A\nB', 'A\nD', 'E'));
		expect(result.map((p) => [p.text, p.count])).toEqual([
			['B', 2],
			['A', 2],
			['C', 1],
			['D', 1],
			['E', 1]
		]);
	});

	it('keeps at most `limit`, 5 unless told', () => {
		const many = withPains('a\nb\nc\nd\ne\nf\ng');
		expect(frequentPainPoints(many)).toHaveLength(5);
		expect(frequentPainPoints(many, 2).map((p) => p.text)).toEqual(['a', 'b']);
		expect(frequentPainPoints(many, 0)).toEqual([]);
	});

	it('keeps Danish and Swedish letters, grouping their capitals too', () => {
		const result = frequentPainPoints(
			withPains('Ærgerlig ventetid', 'ærgerlig ventetid', 'Får ingen svar')
		);
		expect(result).toEqual([
			{ text: 'Ærgerlig ventetid', count: 2 },
			{ text: 'Får ingen svar', count: 1 }
		]);
	});
});

describe('parseNpsInput', () => {
	it('reads whole numbers from 0 to 10, with spaces around', () => {
		expect(parseNpsInput('0')).toEqual({ ok: true, value: 0 });
		expect(parseNpsInput(' 7 ')).toEqual({ ok: true, value: 7 });
		expect(parseNpsInput('10')).toEqual({ ok: true, value: 10 });
		expect(parseNpsInput('08')).toEqual({ ok: true, value: 8 });
		expect(parseNpsInput('10.0')).toEqual({ ok: true, value: 10 });
	});

	it('reads an empty box as not asked', () => {
		expect(parseNpsInput('')).toEqual({ ok: true, value: null });
		expect(parseNpsInput('   ')).toEqual({ ok: true, value: null });
	});

	it('says what is wrong otherwise', () => {
		expect(parseNpsInput('11')).toEqual({ ok: false, problem: 'outOfRange' });
		expect(parseNpsInput('-1')).toEqual({ ok: false, problem: 'outOfRange' });
		expect(parseNpsInput('100')).toEqual({ ok: false, problem: 'outOfRange' });
		expect(parseNpsInput('7.5')).toEqual({ ok: false, problem: 'notWhole' });
		expect(parseNpsInput('7,5')).toEqual({ ok: false, problem: 'notWhole' });
		expect(parseNpsInput('seven')).toEqual({ ok: false, problem: 'notNumber' });
		expect(parseNpsInput('7/10')).toEqual({ ok: false, problem: 'notNumber' });
		expect(parseNpsInput('1e1')).toEqual({ ok: false, problem: 'notNumber' });
	});

	it('never gives −0', () => {
		const r = parseNpsInput('-0');
		expect(r.ok && Object.is(r.value, 0)).toBe(true);
	});
});

describe('compareNpsToTarget', () => {
	it('is nothing without a score or without a target', () => {
		expect(compareNpsToTarget(null, 30)).toBeNull();
		expect(compareNpsToTarget(10, null)).toBeNull();
	});

	it('gives the points still to go, or reached', () => {
		expect(compareNpsToTarget(0, 30)).toEqual({ target: 30, reached: false, gap: 30 });
		expect(compareNpsToTarget(-20, 10)).toEqual({ target: 10, reached: false, gap: 30 });
		expect(compareNpsToTarget(30, 30)).toEqual({ target: 30, reached: true, gap: 0 });
		expect(compareNpsToTarget(50, -10)).toEqual({ target: -10, reached: true, gap: 0 });
	});
});
