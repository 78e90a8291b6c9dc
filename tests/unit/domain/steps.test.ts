import { describe, expect, it } from 'vitest';
import { newRow } from '$lib/domain/factories';
import {
	allStatuses,
	hasJourneyName,
	primaryPersona,
	stepIndex,
	stepStatus,
	stepWarnings
} from '$lib/domain/steps';
import { STEP_IDS } from '$lib/domain/types';
import { blankWorkshop, interview, persona, stakeholder, touchpoint } from './helpers';

describe('the ten steps', () => {
	it('come in the workshop order', () => {
		expect(STEP_IDS).toEqual([
			'journey',
			'stakeholders',
			'experience',
			'persona',
			'interviews',
			'plan',
			'touchpoints',
			'emotions',
			'opportunities',
			'improve'
		]);
		expect(stepIndex('journey')).toBe(0);
		expect(stepIndex('emotions')).toBe(7);
		expect(stepIndex('improve')).toBe(9);
	});

	it('are all empty in a new workshop', () => {
		const statuses = allStatuses(blankWorkshop());
		expect(Object.keys(statuses)).toEqual([...STEP_IDS]);
		expect(Object.values(statuses).every((s) => s === 'empty')).toBe(true);
	});
});

describe('step 1: journey', () => {
	it('is started by any field and done only with a name', () => {
		const d = blankWorkshop();
		expect(stepStatus('journey', d)).toBe('empty');
		d.workshop.journey.segment = 'internal';
		expect(stepStatus('journey', d)).toBe('started');
		d.workshop.journey.segment = '';
		d.workshop.journey.trigger = 'A new colleague starts';
		expect(stepStatus('journey', d)).toBe('started');
		d.workshop.journey.name = 'New laptop';
		expect(stepStatus('journey', d)).toBe('done');
		expect(stepWarnings('journey', d)).toEqual([]);
	});

	it('does not count a name of blanks', () => {
		const d = blankWorkshop();
		d.workshop.journey.name = '   ';
		expect(stepStatus('journey', d)).toBe('empty');
		expect(hasJourneyName(d)).toBe(false);
	});

	it('hasJourneyName is the one hard rule', () => {
		const d = blankWorkshop();
		expect(hasJourneyName(d)).toBe(false);
		d.workshop.journey.trigger = 'something';
		expect(hasJourneyName(d)).toBe(false);
		d.workshop.journey.name = ' Ny bærbar ';
		expect(hasJourneyName(d)).toBe(true);
	});
});

describe('step 2: stakeholders', () => {
	it('warns below two named stakeholders and is done at two', () => {
		const d = blankWorkshop();
		expect(stepStatus('stakeholders', d)).toBe('empty');
		expect(stepWarnings('stakeholders', d)).toEqual(['stakeholders.fewerThanTwo']);

		d.stakeholders.push(stakeholder(d, 0, { name: 'Priya' }));
		expect(stepStatus('stakeholders', d)).toBe('started');
		expect(stepWarnings('stakeholders', d)).toEqual(['stakeholders.fewerThanTwo']);

		d.stakeholders.push(stakeholder(d, 1, { name: '  ' }));
		expect(stepStatus('stakeholders', d)).toBe('started');
		expect(stepWarnings('stakeholders', d)).toEqual(['stakeholders.fewerThanTwo']);

		d.stakeholders.push(stakeholder(d, 2, { name: 'Tom', stage: 'back' }));
		expect(stepStatus('stakeholders', d)).toBe('done');
		expect(stepWarnings('stakeholders', d)).toEqual([]);
	});

	it('counts an unnamed row as started', () => {
		const d = blankWorkshop();
		d.stakeholders.push(stakeholder(d, 0));
		expect(stepStatus('stakeholders', d)).toBe('started');
	});
});

describe('step 3: desired experience', () => {
	it('needs a vision, a statement and a success measure', () => {
		const d = blankWorkshop();
		const e = d.workshop.experience;
		expect(stepStatus('experience', d)).toBe('empty');
		e.ambitions = [{ id: 'a', text: 'Fully configured' }];
		expect(stepStatus('experience', d)).toBe('started');
		expect(stepWarnings('experience', d)).toEqual(['experience.noAmbitionChosen']);
		e.chosenAmbitionId = 'a';
		e.vision = 'Ready on day one';
		e.measures = [{ id: 'm', name: 'Chase calls', target: 'fewer' }];
		expect(stepStatus('experience', d)).toBe('started');
		e.measures[0]!.target = 'fewer than 1 in 10';
		expect(stepStatus('experience', d)).toBe('started');
		e.statements = ['  ', ''];
		expect(stepStatus('experience', d)).toBe('started');
		e.statements = ['', 'The customer always knows the delivery date'];
		expect(stepStatus('experience', d)).toBe('done');
		e.measures = [];
		expect(stepStatus('experience', d)).toBe('started');
		e.npsTarget = 40;
		expect(stepStatus('experience', d)).toBe('done');
		expect(stepWarnings('experience', d)).toEqual([]);
		e.statements.push('Good service');
		expect(stepWarnings('experience', d)).toEqual(['experience.vagueStatements']);
	});

	it('is started by a statement alone', () => {
		const d = blankWorkshop();
		d.workshop.experience.statements = ['Always a delivery date'];
		expect(stepStatus('experience', d)).toBe('started');
	});
});

describe('step 4: persona', () => {
	it('is done when the primary persona has a name', () => {
		const d = blankWorkshop();
		expect(stepStatus('persona', d)).toBe('empty');
		expect(stepWarnings('persona', d)).toEqual(['persona.noPrimaryName']);

		d.personas.push(persona(d, 0, { primary: true }));
		d.personas.push(persona(d, 1, { primary: false, name: 'Ravi' }));
		expect(stepStatus('persona', d)).toBe('started');
		expect(stepWarnings('persona', d)).toEqual(['persona.noPrimaryName']);

		d.personas[0]!.name = 'Emma';
		expect(stepStatus('persona', d)).toBe('done');
		expect(stepWarnings('persona', d)).toEqual([]);
	});

	it('takes the primary one wherever it is, else the first', () => {
		const d = blankWorkshop();
		d.personas.push(persona(d, 0, { primary: false, name: 'First' }));
		d.personas.push(persona(d, 1, { primary: true, name: 'Second' }));
		expect(primaryPersona(d)?.name).toBe('Second');

		d.personas[1]!.primary = false;
		expect(primaryPersona(d)?.name).toBe('First');
		expect(stepStatus('persona', d)).toBe('done');

		expect(primaryPersona({ personas: [] })).toBeUndefined();
	});

	it('the factory makes the first persona primary', () => {
		const d = blankWorkshop();
		expect(newRow.personas({ workshopId: d.workshop.id, order: 0 }).primary).toBe(true);
		expect(newRow.personas({ workshopId: d.workshop.id, order: 1 }).primary).toBe(false);
	});
});

describe('step 5: interviews', () => {
	it('warns with none and is done once an expectation or a met answer is recorded', () => {
		const d = blankWorkshop();
		expect(stepStatus('interviews', d)).toBe('empty');
		expect(stepWarnings('interviews', d)).toEqual(['interviews.none']);

		d.interviews.push(interview(d, 0, { label: 'Interview 1' }));
		expect(stepStatus('interviews', d)).toBe('started');
		expect(stepWarnings('interviews', d)).toEqual([]);

		d.interviews[0]!.met = 'no';
		expect(stepStatus('interviews', d)).toBe('done');
	});

	it('counts written expectations as done too', () => {
		const d = blankWorkshop();
		d.interviews.push(interview(d, 0, { expectations: 'Laptop on day one' }));
		expect(stepStatus('interviews', d)).toBe('done');
	});
});

describe('step 6: plan', () => {
	it('is done with a title and at least one phase', () => {
		const d = blankWorkshop();
		expect(d.workshop.plan.phases).toHaveLength(3);
		expect(stepStatus('plan', d)).toBe('empty');
		expect(stepWarnings('plan', d)).toEqual([]);

		d.workshop.plan.customerGoal = 'A working laptop';
		expect(stepStatus('plan', d)).toBe('started');
		d.workshop.plan.title = 'New laptop';
		expect(stepStatus('plan', d)).toBe('done');

		d.workshop.plan.phases = [];
		expect(stepStatus('plan', d)).toBe('started');
		expect(stepWarnings('plan', d)).toEqual(['plan.noPhases']);
	});
});

describe('step 7: touchpoints', () => {
	it('warns with none and is done at three titled touchpoints', () => {
		const d = blankWorkshop();
		expect(stepStatus('touchpoints', d)).toBe('empty');
		expect(stepWarnings('touchpoints', d)).toEqual(['touchpoints.none']);

		d.touchpoints.push(touchpoint(0, { title: 'Form' }), touchpoint(1, { title: 'E-mail' }));
		expect(stepStatus('touchpoints', d)).toBe('started');
		expect(stepWarnings('touchpoints', d)).toEqual([]);

		d.touchpoints.push(touchpoint(2, { title: ' ' }));
		expect(stepStatus('touchpoints', d)).toBe('started');

		d.touchpoints.push(touchpoint(3, { kind: 'gap', title: 'Waiting' }));
		expect(stepStatus('touchpoints', d)).toBe('done');
	});
});

describe('step 8: emotions', () => {
	it('is empty with no touchpoints and never done without any', () => {
		const d = blankWorkshop();
		expect(stepStatus('emotions', d)).toBe('empty');
		expect(stepWarnings('emotions', d)).toEqual([]);
	});

	it('warns while a titled touchpoint or gap is unscored', () => {
		const d = blankWorkshop();
		d.touchpoints.push(
			touchpoint(0, { title: 'Form' }),
			touchpoint(1, { kind: 'gap', title: 'Waiting' })
		);
		expect(stepStatus('emotions', d)).toBe('empty');
		expect(stepWarnings('emotions', d)).toEqual(['emotions.unscored']);

		d.touchpoints[0]!.emotion = -1;
		expect(stepStatus('emotions', d)).toBe('started');
		expect(stepWarnings('emotions', d)).toEqual(['emotions.unscored']);

		d.touchpoints[1]!.emotion = -2;
		expect(stepStatus('emotions', d)).toBe('done');
		expect(stepWarnings('emotions', d)).toEqual([]);
	});

	it('counts a neutral 0 as scored', () => {
		const d = blankWorkshop();
		d.touchpoints.push(touchpoint(0, { title: 'Receipt', emotion: 0 }));
		expect(stepStatus('emotions', d)).toBe('done');
		expect(stepWarnings('emotions', d)).toEqual([]);
	});

	it('ignores untitled rows', () => {
		const d = blankWorkshop();
		d.touchpoints.push(touchpoint(0, { title: 'Form', emotion: 1 }), touchpoint(1));
		expect(stepStatus('emotions', d)).toBe('done');
		expect(stepWarnings('emotions', d)).toEqual([]);
	});
});

describe('step 9: opportunities', () => {
	it('is done with an idea and warns about missing owners', () => {
		const d = blankWorkshop();
		expect(stepStatus('opportunities', d)).toBe('empty');
		expect(stepWarnings('opportunities', d)).toEqual([]);

		d.opportunities.push(newRow.opportunities({ workshopId: d.workshop.id, order: 0 }));
		d.opportunities[0]!.problem = 'No status while waiting';
		expect(stepStatus('opportunities', d)).toBe('started');
		expect(stepWarnings('opportunities', d)).toEqual(['opportunities.noOwner']);

		d.opportunities[0]!.idea = 'Status e-mails';
		expect(stepStatus('opportunities', d)).toBe('done');
		d.opportunities[0]!.ownerId = 'someone';
		expect(stepWarnings('opportunities', d)).toEqual([]);
	});
});

describe('step 10: improve', () => {
	it('needs a titled action and a review date', () => {
		const d = blankWorkshop();
		expect(stepStatus('improve', d)).toBe('empty');
		expect(stepWarnings('improve', d)).toEqual(['improve.noActions', 'improve.noReviewDate']);

		d.workshop.improve.feedback = [{ id: 'f', what: 'NPS after delivery', touchpointId: '' }];
		expect(stepStatus('improve', d)).toBe('started');

		d.actions.push({
			...newRow.actions({ workshopId: d.workshop.id, order: 0 }),
			title: 'Set up status e-mails'
		});
		expect(stepStatus('improve', d)).toBe('started');
		expect(stepWarnings('improve', d)).toEqual(['improve.noReviewDate']);

		d.workshop.improve.reviewDate = '2030-01-01';
		expect(stepStatus('improve', d)).toBe('done');
		expect(stepWarnings('improve', d)).toEqual([]);
	});

	it('is started by an untitled action, but not done by one', () => {
		const d = blankWorkshop();
		d.actions.push(newRow.actions({ workshopId: d.workshop.id, order: 0 }));
		d.workshop.improve.reviewDate = '2030-01-01';
		expect(stepStatus('improve', d)).toBe('started');
		expect(stepWarnings('improve', d)).toEqual([]);
	});

	it('warns about actions when only a review date is set', () => {
		const d = blankWorkshop();
		d.workshop.improve.reviewDate = '2030-01-01';
		expect(stepStatus('improve', d)).toBe('started');
		expect(stepWarnings('improve', d)).toEqual(['improve.noActions']);
	});
});
