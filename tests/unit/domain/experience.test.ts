import { describe, expect, it } from 'vitest';
import {
	chosenAmbition,
	hasNumber,
	hasSuccessMeasure,
	isNpsTarget,
	isVagueStatement,
	readNpsTarget,
	targetNeedsNumber
} from '$lib/domain/experience';
import type { DesiredExperience } from '$lib/domain/types';

describe('the vague-statement rule', () => {
	it.each([
		'Good service',
		'god service',
		'Bra service',
		'The customer gets fast and friendly help',
		'Kunden oplever en nem og hurtig proces',
		'Kunden får ett smidigt och snabbt bemötande',
		'High quality'
	])('flags “%s”', (statement) => {
		expect(isVagueStatement(statement)).toBe(true);
	});

	it.each([
		'The customer always knows the delivery date',
		'Questions are answered within one working day',
		'Good service: answers within 4 hours',
		'Kunden kender altid status på bestillingen',
		'God service – svar senest næste dag',
		'Kunden behöver aldrig ringa för att jaga en beställning',
		'Bra service, svar inom 2 timmar',
		'The laptop arrives with the software installed',
		'',
		'   '
	])('accepts “%s”', (statement) => {
		expect(isVagueStatement(statement)).toBe(false);
	});
});

describe('success measures', () => {
	const experience = (patch: Partial<DesiredExperience> = {}): DesiredExperience => ({
		vision: '',
		ambitions: [],
		chosenAmbitionId: '',
		statements: [],
		npsTarget: null,
		measures: [],
		...patch
	});

	it('needs a number in a target', () => {
		expect(hasNumber('fewer than 1 in 10')).toBe(true);
		expect(hasNumber('højst 5 dage')).toBe(true);
		expect(hasNumber('much better')).toBe(false);
	});

	it('takes whole NPS targets from −100 to 100', () => {
		expect([-100, 0, 40, 100].every(isNpsTarget)).toBe(true);
		expect([-101, 101, 40.5, Number.NaN].some(isNpsTarget)).toBe(false);
	});

	it('counts an NPS target or a named measure with a numeric target', () => {
		expect(hasSuccessMeasure(experience())).toBe(false);
		expect(hasSuccessMeasure(experience({ npsTarget: 0 }))).toBe(true);
		const measure = { id: 'm', name: 'Chase calls', target: 'fewer' };
		expect(hasSuccessMeasure(experience({ measures: [measure] }))).toBe(false);
		expect(hasSuccessMeasure(experience({ measures: [{ ...measure, target: '< 10 %' }] }))).toBe(
			true
		);
		expect(
			hasSuccessMeasure(experience({ measures: [{ ...measure, name: ' ', target: '10' }] }))
		).toBe(false);
	});

	it('knows the chosen ambition only when it has words', () => {
		const ambitions = [
			{ id: 'a', text: 'Fully configured' },
			{ id: 'b', text: '  ' }
		];
		expect(chosenAmbition(experience({ ambitions, chosenAmbitionId: 'a' }))?.text).toBe(
			'Fully configured'
		);
		expect(chosenAmbition(experience({ ambitions, chosenAmbitionId: 'b' }))).toBeUndefined();
		expect(chosenAmbition(experience({ ambitions, chosenAmbitionId: 'gone' }))).toBeUndefined();
	});
});

describe('reading what the room types', () => {
	it('reads an NPS target: empty is none, a whole number in range is kept', () => {
		expect(readNpsTarget('')).toBeNull();
		expect(readNpsTarget('  ')).toBeNull();
		expect(readNpsTarget('40')).toBe(40);
		expect(readNpsTarget(' -100 ')).toBe(-100);
		expect(readNpsTarget('−20')).toBe(-20);
		expect(readNpsTarget('100')).toBe(100);
		expect(Object.is(readNpsTarget('-0'), 0)).toBe(true);
	});

	it.each(['140', '-101', '4.5', '4,5', 'forty', '40%', '-'])(
		'refuses “%s” as an NPS target',
		(text) => {
			expect(readNpsTarget(text)).toBeUndefined();
		}
	);

	it('asks for a number only once a target has words and no digits', () => {
		expect(targetNeedsNumber('')).toBe(false);
		expect(targetNeedsNumber('  ')).toBe(false);
		expect(targetNeedsNumber('fewer')).toBe(true);
		expect(targetNeedsNumber('færre end før')).toBe(true);
		expect(targetNeedsNumber('fewer than 1 in 10')).toBe(false);
		expect(targetNeedsNumber('5 dagar')).toBe(false);
	});
});
