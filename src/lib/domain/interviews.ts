// The interview summary of step 5: how many, how often expectations were met, and NPS.
import type { Interview } from './types';

export interface NpsSummary {
	answers: number;
	promoters: number;
	passives: number;
	detractors: number;
	/** −100 … 100, rounded; null without answers. */
	score: number | null;
}

/** NPS = % promoters (9–10) − % detractors (0–6). */
export function nps(scores: readonly number[]): NpsSummary {
	const valid = scores.filter((s) => Number.isInteger(s) && s >= 0 && s <= 10);
	const promoters = valid.filter((s) => s >= 9).length;
	const detractors = valid.filter((s) => s <= 6).length;
	const passives = valid.length - promoters - detractors;
	const score =
		valid.length === 0 ? null : Math.round(((promoters - detractors) / valid.length) * 100);
	return { answers: valid.length, promoters, passives, detractors, score };
}

export interface InterviewSummary {
	count: number;
	/** Interviews that answered yes / partly / no. */
	met: { yes: number; partly: number; no: number };
	/** Share of answered interviews whose expectations were met (partly counts half), 0–1 or null. */
	metShare: number | null;
	nps: NpsSummary;
	painPoints: string[];
}

export function summariseInterviews(interviews: readonly Interview[]): InterviewSummary {
	const met = { yes: 0, partly: 0, no: 0 };
	for (const i of interviews) if (i.met) met[i.met]++;
	const answered = met.yes + met.partly + met.no;
	return {
		count: interviews.length,
		met,
		metShare: answered === 0 ? null : (met.yes + met.partly / 2) / answered,
		nps: nps(interviews.flatMap((i) => (i.nps === null ? [] : [i.nps]))),
		painPoints: interviews.flatMap((i) => lines(i.painPoints))
	};
}

/** Multi-line fields hold one item a line. */
export function lines(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}
