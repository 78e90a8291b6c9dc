import { describe, expect, it } from 'vitest';
import {
	digitForScore,
	EMOTION_KEYS,
	EMOTION_SCORES,
	isEmotionScore,
	isLow,
	LOW_THRESHOLD,
	scoreForDigit
} from '$lib/domain/emotion';

describe('the emotion scale', () => {
	it('runs from −2 to +2 with a message key for each score', () => {
		expect(EMOTION_SCORES).toEqual([-2, -1, 0, 1, 2]);
		const keys = EMOTION_SCORES.map((s) => EMOTION_KEYS[s]);
		expect(keys).toEqual([
			'emotion.veryNegative',
			'emotion.negative',
			'emotion.neutral',
			'emotion.positive',
			'emotion.veryPositive'
		]);
	});
});

describe('isEmotionScore', () => {
	it('accepts only the whole numbers −2 … 2', () => {
		for (const s of [-2, -1, 0, 1, 2]) expect(isEmotionScore(s)).toBe(true);
		for (const v of [-3, 3, 0.5, -1.5, Number.NaN, Infinity, '1', null, undefined, {}])
			expect(isEmotionScore(v)).toBe(false);
	});
});

describe('isLow', () => {
	it('marks −1 and −2 as lows, nothing else', () => {
		expect(LOW_THRESHOLD).toBe(-1);
		expect(isLow(-2)).toBe(true);
		expect(isLow(-1)).toBe(true);
		expect(isLow(0)).toBe(false);
		expect(isLow(2)).toBe(false);
		expect(isLow(null)).toBe(false);
	});
});

describe('scoreForDigit and digitForScore', () => {
	it('maps the number keys 1–5 to the faces from very negative to very positive', () => {
		expect(['1', '2', '3', '4', '5'].map(scoreForDigit)).toEqual([-2, -1, 0, 1, 2]);
		expect(EMOTION_SCORES.map(digitForScore)).toEqual([1, 2, 3, 4, 5]);
	});

	it('ignores every other key', () => {
		for (const key of ['0', '6', '9', '-1', '12', ' ', 'a', 'Enter', '']) {
			expect(scoreForDigit(key)).toBeUndefined();
		}
	});
});
