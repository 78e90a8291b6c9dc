// The ten steps of a customer-journey-mapping workshop, in order, with what each one needs to
// count as started and as done. The machine's guards and the step list's status badges both
// read these rules, so "done" means the same thing everywhere.
import { chosenAmbition, hasSuccessMeasure, isVagueStatement } from './experience';
import { STEP_IDS, type StepId, type WorkshopData } from './types';

export type StepStatus = 'empty' | 'started' | 'done';

/** A soft rule the room should hear about but that never blocks the facilitator. */
export type StepWarning =
	| 'stakeholders.fewerThanTwo'
	| 'experience.noAmbitionChosen'
	| 'experience.vagueStatements'
	| 'persona.noPrimaryName'
	| 'interviews.none'
	| 'plan.noPhases'
	| 'touchpoints.none'
	| 'emotions.unscored'
	| 'opportunities.noOwner'
	| 'improve.noActions'
	| 'improve.noReviewDate';

const filled = (s: string) => s.trim().length > 0;

interface StepRule {
	started(d: WorkshopData): boolean;
	done(d: WorkshopData): boolean;
	warnings(d: WorkshopData): StepWarning[];
}

const RULES: Record<StepId, StepRule> = {
	journey: {
		started: ({ workshop: { journey: j } }) =>
			[j.name, j.trigger, j.end, j.businessGoal, j.segment].some(filled),
		done: ({ workshop }) => filled(workshop.journey.name),
		warnings: () => []
	},
	stakeholders: {
		started: (d) => d.stakeholders.length > 0,
		done: (d) => named(d.stakeholders).length >= 2,
		warnings: (d) => (named(d.stakeholders).length < 2 ? ['stakeholders.fewerThanTwo'] : [])
	},
	experience: {
		started: ({ workshop: { experience: e } }) =>
			filled(e.vision) ||
			e.npsTarget !== null ||
			[...e.ambitions.map((a) => a.text), ...e.statements, ...e.measures.map((m) => m.name)].some(
				filled
			),
		done: ({ workshop: { experience: e } }) =>
			filled(e.vision) && e.statements.some(filled) && hasSuccessMeasure(e),
		warnings: ({ workshop: { experience: e } }) => [
			...(e.ambitions.some((a) => filled(a.text)) && !chosenAmbition(e)
				? (['experience.noAmbitionChosen'] as const)
				: []),
			...(e.statements.some(isVagueStatement) ? (['experience.vagueStatements'] as const) : [])
		]
	},
	persona: {
		started: (d) => d.personas.length > 0,
		done: (d) => filled(primaryPersona(d)?.name ?? ''),
		warnings: (d) => (filled(primaryPersona(d)?.name ?? '') ? [] : ['persona.noPrimaryName'])
	},
	interviews: {
		started: (d) => d.interviews.length > 0,
		done: (d) => d.interviews.some((i) => i.met !== '' || filled(i.expectations)),
		warnings: (d) => (d.interviews.length === 0 ? ['interviews.none'] : [])
	},
	plan: {
		started: ({ workshop: { plan: p } }) => [p.title, p.customerGoal, p.expectations].some(filled),
		done: ({ workshop: { plan: p } }) => filled(p.title) && p.phases.length > 0,
		warnings: ({ workshop: { plan: p } }) => (p.phases.length === 0 ? ['plan.noPhases'] : [])
	},
	touchpoints: {
		started: (d) => d.touchpoints.length > 0,
		done: (d) => named(d.touchpoints, 'title').length >= 3,
		warnings: (d) => (d.touchpoints.length === 0 ? ['touchpoints.none'] : [])
	},
	emotions: {
		started: (d) => d.touchpoints.some((t) => t.emotion !== null),
		done: (d) => scoreable(d).length > 0 && scoreable(d).every((t) => t.emotion !== null),
		warnings: (d) => (scoreable(d).some((t) => t.emotion === null) ? ['emotions.unscored'] : [])
	},
	opportunities: {
		started: (d) => d.opportunities.length > 0,
		done: (d) => d.opportunities.some((o) => filled(o.idea)),
		warnings: (d) => (d.opportunities.some((o) => !o.ownerId) ? ['opportunities.noOwner'] : [])
	},
	improve: {
		started: ({ workshop: { improve: i }, actions }) =>
			actions.length > 0 ||
			[i.reviewDate, i.reviewTriggers, ...i.feedback.map((f) => f.what)].some(filled) ||
			i.measures.some((m) => filled(m.name)),
		done: ({ workshop: { improve: i }, actions }) =>
			actions.some((a) => filled(a.title)) && filled(i.reviewDate),
		warnings: ({ workshop: { improve: i }, actions }) => [
			...(actions.length === 0 ? (['improve.noActions'] as const) : []),
			...(filled(i.reviewDate) ? [] : (['improve.noReviewDate'] as const))
		]
	}
};

function named<T extends Record<K, string>, K extends string = 'name'>(
	rows: T[],
	key = 'name' as K
) {
	return rows.filter((r) => filled(r[key]));
}

/** Touchpoints that can carry a feeling: gaps are scored too, since waiting in silence hurts. */
function scoreable(d: WorkshopData) {
	return d.touchpoints.filter((t) => filled(t.title));
}

export function primaryPersona(d: Pick<WorkshopData, 'personas'>) {
	return d.personas.find((p) => p.primary) ?? d.personas[0];
}

export function stepStatus(step: StepId, d: WorkshopData): StepStatus {
	const rule = RULES[step];
	if (rule.done(d)) return 'done';
	return rule.started(d) ? 'started' : 'empty';
}

export function stepWarnings(step: StepId, d: WorkshopData): StepWarning[] {
	return RULES[step].warnings(d);
}

export function allStatuses(d: WorkshopData): Record<StepId, StepStatus> {
	return Object.fromEntries(STEP_IDS.map((s) => [s, stepStatus(s, d)])) as Record<
		StepId,
		StepStatus
	>;
}

/** The only hard rule: a workshop cannot leave step 1 or make a report without a journey name. */
export function hasJourneyName(d: Pick<WorkshopData, 'workshop'>): boolean {
	return filled(d.workshop.journey.name);
}

export function stepIndex(step: StepId): number {
	return STEP_IDS.indexOf(step);
}
