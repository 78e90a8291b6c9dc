// The example workshop "An employee orders a new laptop", complete through all ten steps, from
// one language's words (example/en.ts, da.ts, sv.ts): everything that is the same in every
// language (who owns which touchpoint, the scores, the dates) lives here, and the rows are wired
// together with fresh ids, so each call gives a workshop of its own.
import { newRow, newWorkshopRecord } from './factories';
import { newId } from './ids';
import type {
	ActionStatus,
	Channel,
	EmotionScore,
	LifecycleStage,
	Locale,
	Met,
	Stage,
	TouchpointKind,
	WorkshopData
} from './types';
import type {
	ActionKey,
	ExampleText,
	InterviewKey,
	OpportunityKey,
	PersonaKey,
	PhaseKey,
	StakeholderKey,
	TouchpointKey
} from './example/text';

const PHASES: readonly { key: PhaseKey }[] = [
	{ key: 'before' },
	{ key: 'during' },
	{ key: 'after' }
];

const STAKEHOLDERS: readonly { key: StakeholderKey; stage: Stage; attends: boolean }[] = [
	{ key: 'desk', stage: 'front', attends: true },
	{ key: 'devices', stage: 'back', attends: true },
	{ key: 'software', stage: 'back', attends: true },
	{ key: 'purchasing', stage: 'back', attends: false },
	{ key: 'finance', stage: 'back', attends: false },
	{ key: 'manager', stage: 'front', attends: true }
];

const PERSONAS: readonly {
	key: PersonaKey;
	primary: boolean;
	channel: Channel;
	colour: number;
}[] = [
	{ key: 'seller', primary: true, channel: 'portal', colour: 2 },
	{ key: 'developer', primary: false, channel: 'chat', colour: 5 }
];

/** Ordering, getting started, everyday use and help: the laptop journey, not the whole lifecycle. */
const LIFECYCLE: readonly LifecycleStage[] = ['buy', 'onboard', 'use', 'support'];

const NPS_TARGET = 40;

const INTERVIEWS: readonly { key: InterviewKey; daysAgo: number; met: Met; nps: number }[] = [
	{ key: 'newHire', daysAgo: 18, met: 'partly', nps: 6 },
	{ key: 'replacement', daysAgo: 15, met: 'yes', nps: 9 },
	{ key: 'developer', daysAgo: 10, met: 'no', nps: 4 }
];

interface TouchpointSpec {
	key: TouchpointKey;
	kind: TouchpointKind;
	phase: PhaseKey;
	channel: Channel;
	owner: StakeholderKey;
	/** Importance to the customer and to the business, 1–5. */
	importance: [customer: number, business: number];
	emotion: EmotionScore;
	/** Where the teams want the feeling to be: the desired curve. */
	desired: EmotionScore;
}

/** Interview quotes (interview, line of its quotes) that back a touchpoint up. */
const EVIDENCE: Partial<Record<TouchpointKey, [InterviewKey, number][]>> = {
	silence: [['replacement', 1]],
	chase: [['developer', 0]],
	pickup: [['replacement', 0]],
	missingApps: [['newHire', 0]]
};

/** In timeline order. */
const TOUCHPOINTS: readonly TouchpointSpec[] = [
	tp('intranet', 'before', 'web', 'desk', [3, 2], -1, 1),
	tp('form', 'before', 'portal', 'desk', [4, 4], -1, 1),
	tp('receipt', 'before', 'email', 'desk', [2, 2], 1, 1),
	tp('approval', 'before', 'portal', 'manager', [3, 5], 0, 1),
	gap('silence', 'during', 'desk', [5, 3], -2, 1),
	tp('backorder', 'during', 'email', 'purchasing', [4, 3], -1, 0),
	tp('chase', 'during', 'phone', 'desk', [4, 3], -1, 1),
	gap('softwareUnknown', 'during', 'software', [4, 2], -1, 1),
	tp('booking', 'during', 'email', 'devices', [3, 3], 1, 1),
	tp('pickup', 'during', 'in-person', 'devices', [5, 4], 2, 2),
	tp('firstLogin', 'after', 'other', 'software', [5, 4], -1, 2),
	tp('missingApps', 'after', 'portal', 'software', [4, 3], -2, 1),
	tp('dataMove', 'after', 'in-person', 'devices', [3, 2], 1, 1),
	tp('oldLaptop', 'after', 'in-person', 'devices', [2, 3], 0, 1),
	tp('caseClosed', 'after', 'email', 'desk', [2, 2], 0, 1)
];

const OPPORTUNITIES: readonly {
	key: OpportunityKey;
	touchpoints: TouchpointKey[];
	impact: number;
	effort: number;
	owner: StakeholderKey;
	votes: number;
	/** The interview pain point it answers: (interview, line of its pain points). */
	painPoint?: [InterviewKey, number];
}[] = [
	{
		key: 'status',
		touchpoints: ['silence', 'backorder', 'chase'],
		impact: 5,
		effort: 2,
		owner: 'desk',
		votes: 8,
		painPoint: ['developer', 0]
	},
	{
		key: 'packages',
		touchpoints: ['form', 'softwareUnknown', 'missingApps'],
		impact: 5,
		effort: 3,
		owner: 'software',
		votes: 6,
		painPoint: ['newHire', 1]
	},
	{ key: 'approval', touchpoints: ['approval'], impact: 3, effort: 2, owner: 'manager', votes: 2 },
	{
		key: 'handover',
		touchpoints: ['firstLogin'],
		impact: 4,
		effort: 4,
		owner: 'devices',
		votes: 4
	},
	{ key: 'followUp', touchpoints: ['caseClosed'], impact: 3, effort: 1, owner: 'desk', votes: 3 }
];

const ACTIONS: readonly {
	key: ActionKey;
	opportunity: OpportunityKey;
	owner: StakeholderKey;
	dueInDays: number;
	status: ActionStatus;
}[] = [
	{ key: 'statusMails', opportunity: 'status', owner: 'desk', dueInDays: 21, status: 'doing' },
	{
		key: 'deliveryDate',
		opportunity: 'status',
		owner: 'purchasing',
		dueInDays: 42,
		status: 'todo'
	},
	{ key: 'packages', opportunity: 'packages', owner: 'software', dueInDays: 35, status: 'todo' },
	{ key: 'preApproval', opportunity: 'approval', owner: 'finance', dueInDays: 28, status: 'todo' },
	{ key: 'npsMail', opportunity: 'followUp', owner: 'desk', dueInDays: 14, status: 'todo' }
];

/** The next review of the map, about three months after the workshop. */
const REVIEW_IN_DAYS = 91;

/** A complete example workshop in the given language, with fresh ids on every call. */
export function buildExample(locale: Locale, text: ExampleText, now = new Date()): WorkshopData {
	const names = text.plan.phases;
	const workshop = newWorkshopRecord(locale, [names.before, names.during, names.after], now);
	const workshopId = workshop.id;
	const phases = build(PHASES, (p) => ({ id: newId(), name: names[p.key] }));
	const phaseId = phases.id;

	workshop.facilitator = text.facilitator;
	workshop.date = isoDate(now);
	workshop.journey = { ...text.journey, segment: 'internal', lifecycle: [...LIFECYCLE] };
	const ambitions = text.experience.ambitions.map((a) => ({ id: newId(), text: a }));
	workshop.experience = {
		vision: text.experience.vision,
		ambitions,
		chosenAmbitionId: ambitions[0]!.id,
		statements: [...text.experience.statements],
		npsTarget: NPS_TARGET,
		measures: text.experience.measures.map((m) => ({ id: newId(), ...m }))
	};
	workshop.plan = {
		title: text.plan.title,
		customerGoal: text.plan.customerGoal,
		expectations: text.plan.expectations,
		phases: phases.rows
	};

	const stakeholders = build(STAKEHOLDERS, (s, order) => ({
		...newRow.stakeholders({ workshopId, order }),
		...text.stakeholders[s.key],
		stage: s.stage,
		attends: s.attends
	}));
	const ownerId = stakeholders.id;

	const personas = build(PERSONAS, (p, order) => ({
		...newRow.personas({ workshopId, order }),
		...text.personas[p.key],
		primary: p.primary,
		channel: p.channel,
		colour: p.colour
	}));

	const interviews = build(INTERVIEWS, (i, order) => {
		const t = text.interviews[i.key];
		return {
			...newRow.interviews({ workshopId, order }),
			label: t.label,
			role: t.role,
			date: isoDate(addDays(now, -i.daysAgo)),
			expectations: t.expectations,
			met: i.met,
			notes: Object.fromEntries(PHASES.map((p) => [phaseId[p.key], t.notes[p.key]])),
			notePhases: Object.fromEntries(PHASES.map((p) => [phaseId[p.key], names[p.key]])),
			quotes: t.quotes.join('\n'),
			painPoints: t.painPoints.join('\n'),
			nps: i.nps,
			npsComment: t.npsComment
		};
	});

	const touchpoints = build(TOUCHPOINTS, (t, order) => ({
		...newRow.touchpoints({ workshopId, order }),
		...text.touchpoints[t.key],
		kind: t.kind,
		phaseId: phaseId[t.phase],
		channel: t.channel,
		ownerId: ownerId[t.owner],
		importanceCustomer: t.importance[0],
		importanceBusiness: t.importance[1],
		emotion: t.emotion,
		desiredEmotion: t.desired,
		evidence: (EVIDENCE[t.key] ?? []).map(([key, line]) => ({
			interviewId: interviews.id[key],
			quote: text.interviews[key].quotes[line]!
		}))
	}));

	workshop.improve = {
		feedback: text.improve.feedback.map((f) => ({
			id: newId(),
			what: f.what,
			touchpointId: touchpoints.id[f.touchpoint]
		})),
		measures: text.improve.measures.map((m) => ({ id: newId(), ...m })),
		reviewDate: isoDate(addDays(now, REVIEW_IN_DAYS)),
		reviewTriggers: text.improve.reviewTriggers
	};

	const opportunities = build(OPPORTUNITIES, (o, order) => ({
		...newRow.opportunities({ workshopId, order }),
		...text.opportunities[o.key],
		touchpointIds: o.touchpoints.map((key) => touchpoints.id[key]),
		impact: o.impact,
		effort: o.effort,
		ownerId: ownerId[o.owner],
		votes: o.votes,
		painPoint: o.painPoint ? text.interviews[o.painPoint[0]].painPoints[o.painPoint[1]]! : ''
	}));

	const actions = build(ACTIONS, (a, order) => ({
		...newRow.actions({ workshopId, order }),
		title: text.actions[a.key],
		opportunityId: opportunities.id[a.opportunity],
		ownerId: ownerId[a.owner],
		due: isoDate(addDays(now, a.dueInDays)),
		status: a.status
	}));

	return {
		workshop,
		stakeholders: stakeholders.rows,
		personas: personas.rows,
		interviews: interviews.rows,
		touchpoints: touchpoints.rows,
		opportunities: opportunities.rows,
		actions: actions.rows
	};
}

function tp(
	key: TouchpointKey,
	phase: PhaseKey,
	channel: Channel,
	owner: StakeholderKey,
	importance: [number, number],
	emotion: EmotionScore,
	desired: EmotionScore
): TouchpointSpec {
	return { key, kind: 'touchpoint', phase, channel, owner, importance, emotion, desired };
}

/** A moment where the customer hears nothing: no channel, but someone who should have spoken. */
function gap(
	key: TouchpointKey,
	phase: PhaseKey,
	owner: StakeholderKey,
	importance: [number, number],
	emotion: EmotionScore,
	desired: EmotionScore
): TouchpointSpec {
	return { key, kind: 'gap', phase, channel: '', owner, importance, emotion, desired };
}

/** Makes one row per spec and remembers each row's id under the spec's key. */
function build<S extends { key: string }, R extends { id: string }>(
	specs: readonly S[],
	make: (spec: S, order: number) => R
): { rows: R[]; id: Record<S['key'], string> } {
	const id = {} as Record<S['key'], string>;
	const rows = specs.map((spec, order) => {
		const row = make(spec, order);
		id[spec.key as S['key']] = row.id;
		return row;
	});
	return { rows, id };
}

function addDays(date: Date, days: number): Date {
	return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** yyyy-mm-dd in local time: the day it is where the workshop is held. */
function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
