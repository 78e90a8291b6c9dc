import { describe, expect, it } from 'vitest';
import { lines, nps, summariseInterviews } from '$lib/domain/interviews';
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
