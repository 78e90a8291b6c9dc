// The emotion curve in words: the sentence that names the chart for a screen reader, and the line
// read out for the point the keyboard is on. Pure: the translator comes in, so the tests read the
// sentences in every language without a component.
import { EMOTION_KEYS, EMOTION_SCORES } from '$lib/domain/emotion';
import type { EmotionScore } from '$lib/domain/types';
import type { MessageKey } from '$lib/i18n/messages/en';
import type { Translator } from '$lib/i18n/translate';
import type { CurveData, CurvePoint } from './curve-config';
import type { CurveView } from './curve';

export type Translate = Translator<MessageKey>;

/** "Very negative", or "Not scored" for a touchpoint the room has not scored. */
export function scoreWord(score: EmotionScore | null, t: Translate): string {
	return score === null ? t('emotions.unscored') : t(EMOTION_KEYS[score]);
}

/** The desired feeling's word, or "Not set". */
export function desiredWord(score: EmotionScore | null, t: Translate): string {
	return score === null ? t('emotions.noDesired') : t(EMOTION_KEYS[score]);
}

/** The touchpoint's title, marked when it is a gap. */
export function pointTitle(p: CurvePoint, t: Translate): string {
	return p.gap ? t('emotions.gapTitle', { title: p.label }) : p.label;
}

/**
 * "Emotion curve over 15 touchpoints. Lows: 6. The lowest is “Waiting with no status” (very
 * negative) in During." — with what is not scored yet and, when asked, how many sit below the
 * desired feeling.
 */
export function curveSummary(data: CurveData, t: Translate, withDesired = false): string {
	const s = data.summary;
	const parts = [t.plural('emotions.summary', s.count)];
	if (s.scored === 0) parts.push(t('emotions.summary.none'));
	else {
		if (s.scored < s.count) parts.push(t('emotions.summary.unscored', { n: s.count - s.scored }));
		if (s.lowest === null) parts.push(t('emotions.summary.noLows'));
		else {
			parts.push(t('emotions.summary.lows', { n: s.lows }));
			const params = {
				title: s.lowest.label,
				score: scoreWord(s.lowest.score, t).toLowerCase(),
				phase: s.lowest.phaseName
			};
			parts.push(
				t(s.lowest.phaseName ? 'emotions.summary.lowest' : 'emotions.summary.lowestNoPhase', params)
			);
		}
		if (withDesired && s.withDesired > 0)
			parts.push(t('emotions.summary.belowDesired', { n: s.belowDesired }));
	}
	return parts.join(' ');
}

/** "3 of 15: Confirmation e-mail — Negative", for the point the keyboard is on. */
export function pointText(
	data: CurveData,
	index: number,
	t: Translate,
	withDesired = false
): string {
	const p = data.points[index];
	if (!p) return '';
	const params = {
		n: p.number,
		total: data.points.length,
		title: pointTitle(p, t),
		score: scoreWord(p.score, t),
		desired: desiredWord(p.desired, t)
	};
	return t(withDesired ? 'emotions.pointWithDesired' : 'emotions.point', params);
}

/** Up to 12 points carry their (shortened) titles under the axis; more carry their numbers. */
const TITLED_POINTS = 12;

function shorten(text: string, max = 22) {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An earlier visit for the chart: its date written out, its scores by today's touchpoint id. */
export interface EarlierCurve {
	date: string;
	scores: Record<string, EmotionScore | null>;
}

/** Each earlier visit as a line on today's points, named by its date. */
export function earlierLines(data: CurveData, earlier: readonly EarlierCurve[], t: Translate) {
	return earlier.map(({ date, scores }) => {
		const values = data.points.map((p) => scores[p.id] ?? null);
		return {
			label: t('revisit.line', { date }),
			data: values,
			tips: values.map((score) => t('revisit.tooltip', { date, score: scoreWord(score, t) }))
		};
	});
}

/** Everything the chart draws, in words of the current language. */
export function curveView(
	data: CurveData,
	showDesired: boolean,
	t: Translate,
	earlier: readonly EarlierCurve[] = []
): CurveView {
	const titled = data.points.length <= TITLED_POINTS;
	return {
		earlier: earlierLines(data, earlier, t),
		data,
		showDesired,
		axis: Object.fromEntries(
			EMOTION_SCORES.map((s) => [s, t(EMOTION_KEYS[s])])
		) as CurveView['axis'],
		labels: data.points.map((p) => (titled ? `${p.number}. ${shorten(p.label)}` : `${p.number}`)),
		bandNames: data.bands.map((b) => b.name || t('emotions.noPhase')),
		tooltips: data.points.map((p) => ({
			title: `${p.number}. ${pointTitle(p, t)}`,
			current: t('emotions.tooltip.current', { score: scoreWord(p.score, t) }),
			desired: t('emotions.tooltip.desired', { score: desiredWord(p.desired, t) })
		})),
		lines: { current: t('emotions.line.current'), desired: t('field.emotion.desired') }
	};
}
