import { curveData } from '$lib/chart/curve-config';
import { curveSummary, curveView, pointText } from '$lib/chart/curve-text';
import { newRow } from '$lib/domain/factories';
import type { Locale, Touchpoint } from '$lib/domain/types';
import { da } from '$lib/i18n/messages/da';
import { en } from '$lib/i18n/messages/en';
import { sv } from '$lib/i18n/messages/sv';
import { makeTranslator } from '$lib/i18n/translate';

const translate = (locale: Locale) => makeTranslator({ en, da, sv }, locale);
const t = translate('en');

const phases = [
	{ id: 'b', name: 'Before' },
	{ id: 'd', name: 'During' }
];

function tp(
	title: string,
	phaseId: string,
	order: number,
	p: Partial<Touchpoint> = {}
): Touchpoint {
	return { ...newRow.touchpoints({ workshopId: 'w', order }), title, phaseId, ...p };
}

const data = curveData(phases, [
	tp('Request form', 'b', 0, { emotion: 1, desiredEmotion: 2 }),
	tp('Confirmation e-mail', 'b', 1, { emotion: -1, desiredEmotion: 1 }),
	tp('Waiting with no status', 'd', 2, { kind: 'gap', emotion: -2 }),
	tp('Delivery', 'd', 3)
]);

describe('curveSummary', () => {
	it('names the curve, its lows and the lowest point with its phase', () => {
		expect(curveSummary(data, t)).toBe(
			'Emotion curve over 4 touchpoints. Not scored yet: 1. Lows: 2. The lowest is “Waiting with no status” (very negative) in During.'
		);
	});

	it('says how many sit below the desired feeling when the desired curve is shown', () => {
		expect(curveSummary(data, t, true)).toContain('Below the desired feeling: 2.');
	});

	it('copes with one touchpoint, nothing scored, no lows and a lost phase', () => {
		expect(curveSummary(curveData(phases, [tp('A', 'b', 0)]), t)).toBe(
			'Emotion curve over 1 touchpoint. Nothing scored yet.'
		);
		expect(curveSummary(curveData(phases, [tp('A', 'b', 0, { emotion: 2 })]), t)).toBe(
			'Emotion curve over 1 touchpoint. No lows.'
		);
		expect(curveSummary(curveData(phases, [tp('Lost', 'x', 0, { emotion: -1 })]), t)).toBe(
			'Emotion curve over 1 touchpoint. Lows: 1. The lowest is “Lost” (negative).'
		);
	});

	it('speaks Danish and Swedish', () => {
		expect(curveSummary(data, translate('da'))).toBe(
			'Følelseskurve over 4 kontaktpunkter. Endnu ikke vurderet: 1. Lavpunkter: 2. Lavest er “Waiting with no status” (meget negativ) i During.'
		);
		expect(curveSummary(data, translate('sv'))).toContain('Känslokurva över 4 beröringspunkter.');
	});
});

describe('pointText', () => {
	it('reads one point: its place, title (gaps marked) and feeling', () => {
		expect(pointText(data, 1, t)).toBe('2 of 4: Confirmation e-mail — Negative');
		expect(pointText(data, 2, t)).toBe('3 of 4: Waiting with no status (gap) — Very negative');
		expect(pointText(data, 3, t)).toBe('4 of 4: Delivery — Not scored');
		expect(pointText(data, 9, t)).toBe('');
	});

	it('adds the desired feeling when the desired curve is shown', () => {
		expect(pointText(data, 0, t, true)).toBe(
			'1 of 4: Request form — Positive (desired: Very positive)'
		);
		expect(pointText(data, 2, t, true)).toBe(
			'3 of 4: Waiting with no status (gap) — Very negative (desired: Not set)'
		);
	});
});

describe('curveView', () => {
	it('puts the five words on the y axis and titles under up to 12 points', () => {
		const view = curveView(data, false, t);
		expect([-2, -1, 0, 1, 2].map((s) => view.axis[s as -2])).toEqual([
			'Very negative',
			'Negative',
			'Neutral',
			'Positive',
			'Very positive'
		]);
		expect(view.labels).toEqual([
			'1. Request form',
			'2. Confirmation e-mail',
			'3. Waiting with no status',
			'4. Delivery'
		]);
		expect(view.bandNames).toEqual(['Before', 'During']);
		expect(view.tooltips[2]).toEqual({
			title: '3. Waiting with no status (gap)',
			current: 'Now: Very negative',
			desired: 'Desired: Not set'
		});
	});

	it('numbers the points when there are many, and names the lost phase', () => {
		const many = curveData(
			phases,
			Array.from({ length: 13 }, (_, i) => tp(`T${i}`, i === 12 ? 'gone' : 'b', i))
		);
		const view = curveView(many, true, t);
		expect(view.labels.slice(0, 3)).toEqual(['1', '2', '3']);
		expect(view.bandNames).toEqual(['Before', 'No phase']);
		expect(view.showDesired).toBe(true);
	});

	it('shortens long titles under the axis, never in the tooltip', () => {
		const long = 'Confirmation e-mail with the delivery date';
		const view = curveView(curveData(phases, [tp(long, 'b', 0)]), false, t);
		expect(view.labels).toEqual(['1. Confirmation e-mail w…']);
		expect(view.tooltips[0]!.title).toBe(`1. ${long}`);
	});
});
