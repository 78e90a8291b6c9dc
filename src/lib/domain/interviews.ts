// The interview summary of step 5: how many, how often expectations were met, NPS against the
// team's target, and the pain points heard most often; plus reading what was typed as an NPS.
import type { Interview } from './types';

export interface NpsSummary {
	answers: number;
	promoters: number;
	passives: number;
	detractors: number;
	/** −100 … 100, rounded half away from zero; null without answers. */
	score: number | null;
}

/** NPS = % promoters (9–10) − % detractors (0–6). */
export function nps(scores: readonly number[]): NpsSummary {
	const valid = scores.filter((s) => Number.isInteger(s) && s >= 0 && s <= 10);
	const promoters = valid.filter((s) => s >= 9).length;
	const detractors = valid.filter((s) => s <= 6).length;
	const passives = valid.length - promoters - detractors;
	return {
		answers: valid.length,
		promoters,
		passives,
		detractors,
		score:
			valid.length === 0 ? null : roundHalfAway(((promoters - detractors) * 100) / valid.length)
	};
}

/** −12.5 rounds to −13 as 12.5 rounds to 13: a room compares the two and expects symmetry. */
function roundHalfAway(x: number): number {
	const r = Math.sign(x) * Math.round(Math.abs(x));
	return r === 0 ? 0 : r;
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

/** A pain point as the room first wrote it, and how many interviews mention it. */
export interface PainPointCount {
	text: string;
	count: number;
}

/** Pain points are the same when they differ only in case or spacing. */
function painPointKey(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * The pain points heard most often: grouped regardless of case and spacing, shown as first
 * written, counted once per interview that mentions them, most frequent first and, on a tie,
 * the one heard first.
 */
export function frequentPainPoints(
	interviews: readonly Pick<Interview, 'painPoints'>[],
	limit = 5
): PainPointCount[] {
	const groups = new Map<string, PainPointCount>();
	for (const interview of interviews) {
		const seen = new Set<string>();
		for (const line of lines(interview.painPoints)) {
			const key = painPointKey(line);
			if (seen.has(key)) continue;
			seen.add(key);
			const group = groups.get(key);
			if (group) group.count++;
			else groups.set(key, { text: line, count: 1 });
		}
	}
	// Map keeps insertion order and sort is stable, so ties stay in first-seen order.
	return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, Math.max(0, limit));
}

/** What the NPS box holds: a score, nothing (the question was not asked), or a mistake. */
export type NpsInput =
	| { ok: true; value: number | null }
	| { ok: false; problem: 'notNumber' | 'notWhole' | 'outOfRange' };

/** Reads what was typed in the NPS box; a decimal comma counts as a decimal point. */
export function parseNpsInput(text: string): NpsInput {
	const s = text.trim().replace(',', '.');
	if (s === '') return { ok: true, value: null };
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, problem: 'notNumber' };
	const n = Number(s);
	if (!Number.isInteger(n)) return { ok: false, problem: 'notWhole' };
	if (n < 0 || n > 10) return { ok: false, problem: 'outOfRange' };
	return { ok: true, value: n === 0 ? 0 : n };
}

export interface NpsVsTarget {
	target: number;
	reached: boolean;
	/** Points still missing to reach the target; 0 once reached. */
	gap: number;
}

/** The NPS measured in the interviews against the target set in step 3, when both exist. */
export function compareNpsToTarget(
	score: number | null,
	target: number | null
): NpsVsTarget | null {
	if (score === null || target === null) return null;
	return { target, reached: score >= target, gap: Math.max(0, target - score) };
}
