// The emotion scale of step 8: five faces from very negative to very positive.
import type { EmotionScore } from './types';

export const EMOTION_SCORES: readonly EmotionScore[] = [-2, -1, 0, 1, 2];

/** Message keys for the words under each face. */
export const EMOTION_KEYS = {
	'-2': 'emotion.veryNegative',
	'-1': 'emotion.negative',
	'0': 'emotion.neutral',
	'1': 'emotion.positive',
	'2': 'emotion.veryPositive'
} as const satisfies Record<EmotionScore, string>;

/** A low is where to act. */
export const LOW_THRESHOLD = -1;

export function isEmotionScore(n: unknown): n is EmotionScore {
	return typeof n === 'number' && Number.isInteger(n) && n >= -2 && n <= 2;
}

export function isLow(score: EmotionScore | null): boolean {
	return score !== null && score <= LOW_THRESHOLD;
}

/**
 * Fast entry from the keyboard: the number keys 1–5 stand for the five faces from left to right
 * (1 = very negative, 3 = neutral, 5 = very positive). Any other key: undefined.
 */
export function scoreForDigit(key: string): EmotionScore | undefined {
	const n = /^[1-5]$/.test(key) ? Number(key) - 3 : NaN;
	return isEmotionScore(n) ? n : undefined;
}

/** The number key for a score, the other way round (−2 → 1 … +2 → 5). */
export function digitForScore(score: EmotionScore): number {
	return score + 3;
}
