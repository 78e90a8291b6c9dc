// What the PDF report says, worked out from a workshop before anything is drawn: the title, the
// cover facts and an ordered list of sections made of plain blocks. Kept pure (no jsPDF, no DOM) so
// the wording, the order and the "not covered" rules are tested quickly in Node, and the drawing
// code only lays out what it is given. Everything the room typed is passed through as typed.
import { EMOTION_KEYS, isLow } from '$lib/domain/emotion';
import { chosenAmbition } from '$lib/domain/experience';
import { frequentPainPoints, lines, summariseInterviews } from '$lib/domain/interviews';
import { quadrant, rankOpportunities } from '$lib/domain/opportunities';
import { primaryPersona } from '$lib/domain/steps';
import type {
	Channel,
	EmotionScore,
	Locale,
	Opportunity,
	Persona,
	Stage,
	Stakeholder,
	Touchpoint,
	WorkshopData
} from '$lib/domain/types';
import { reportMessages, type ReportKey } from '$lib/i18n/report-messages';
import { makeTranslator, type Params } from '$lib/i18n/translate';

export type SectionId =
	| 'journey'
	| 'stakeholders'
	| 'experience'
	| 'personas'
	| 'interviews'
	| 'map'
	| 'curve'
	| 'opportunities'
	| 'actions'
	| 'improve';

export type Orientation = 'portrait' | 'landscape';

export interface KeyValue {
	label: string;
	value: string;
}

export interface TableColumn {
	label: string;
	/** Share of the table's width, relative to the other columns. */
	weight: number;
}

export type MapRowId =
	'touchpoints' | 'channels' | 'actions' | 'owners' | 'emotions' | 'painPoints' | 'opportunities';

export interface MapRow {
	id: MapRowId;
	label: string;
	/** One list of entries per phase column. */
	cells: string[][];
}

export interface CurvePoint {
	/** The touchpoint's number in the map's order, as printed in the tables. */
	number: number;
	label: string;
	score: EmotionScore | null;
	phaseIndex: number;
	gap: boolean;
	low: boolean;
}

export interface CurvePhase {
	name: string;
	/** Index of the phase's first point in `points`; `count` may be 0 for an empty phase. */
	first: number;
	count: number;
}

export interface CurveAxisLabel {
	score: EmotionScore;
	label: string;
}

export interface CurveLegend {
	touchpoint: string;
	low: string;
	gap: string;
	unscored: string;
}

export type Block =
	| { kind: 'paragraph'; text: string }
	| { kind: 'subheading'; text: string }
	| { kind: 'keyValue'; items: KeyValue[] }
	| { kind: 'bullets'; items: string[] }
	| { kind: 'table'; columns: TableColumn[]; rows: string[][] }
	| {
			kind: 'persona';
			name: string;
			/** "Primary persona" for the primary one, otherwise null. */
			badge: string | null;
			facts: KeyValue[];
			fields: KeyValue[];
	  }
	| { kind: 'map'; columns: string[]; rows: MapRow[] }
	| {
			kind: 'curve';
			points: CurvePoint[];
			phases: CurvePhase[];
			axis: CurveAxisLabel[];
			legend: CurveLegend;
	  }
	| { kind: 'notCovered'; text: string };

export interface ReportSection {
	id: SectionId;
	heading: string;
	orientation: Orientation;
	blocks: Block[];
}

export interface ReportModel {
	locale: Locale;
	/** The journey's name, as typed. */
	title: string;
	/** The small line above the title on the cover. */
	kicker: string;
	subtitle: string;
	cover: KeyValue[];
	/** ISO date (yyyy-mm-dd) of the workshop, or of its last edit when no date was set. */
	isoDate: string;
	/** The same date written out for people. */
	date: string;
	contentsHeading: string;
	/** "Page {page} of {pages}", filled in by the renderer. */
	pageLabel: string;
	sections: ReportSection[];
}

type T = (key: ReportKey, params?: Params) => string;

const filled = (s: string) => s.trim().length > 0;

const byOrder = <R extends { order: number }>(rows: readonly R[]): R[] =>
	[...rows].sort((a, b) => a.order - b.order);

const DATE_TAGS: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE' };

/**
 * An ISO date written out in the report's language (short month names in tables); anything else
 * is shown as typed.
 */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'medium' = 'long'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	const when = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const text = new Intl.DateTimeFormat(DATE_TAGS[locale], {
		dateStyle: style,
		timeZone: 'UTC'
	}).format(when);
	// A short date in a narrow table column should not break over lines.
	return style === 'medium' ? text.replace(/ /g, '\u00a0') : text;
}

/** −2 … +2 with a real minus sign, as the axis and the tables print it. */
export function signedScore(score: EmotionScore): string {
	if (score > 0) return `+${score}`;
	return score < 0 ? `\u2212${-score}` : '0';
}

type Pair = readonly [label: string, value: string];

/** Label/value pairs with nothing typed are left out rather than printed empty. */
function kvItems(pairs: readonly Pair[]): KeyValue[] {
	return pairs.filter(([, v]) => filled(v)).map(([label, value]) => ({ label, value }));
}

function keyValues(pairs: readonly Pair[]): Block[] {
	const items = kvItems(pairs);
	return items.length ? [{ kind: 'keyValue', items }] : [];
}

/** A subheading with its text, or nothing when the room wrote nothing. */
function titled(heading: string, content: Block | null): Block[] {
	return content ? [{ kind: 'subheading', text: heading }, content] : [];
}

function paragraph(text: string): Block | null {
	return filled(text) ? { kind: 'paragraph', text } : null;
}

function bullets(items: readonly string[]): Block | null {
	const kept = items.filter(filled);
	return kept.length ? { kind: 'bullets', items: kept } : null;
}

function table(columns: [string, number][], rows: string[][]): Block {
	return { kind: 'table', columns: columns.map(([label, weight]) => ({ label, weight })), rows };
}

interface Context {
	data: WorkshopData;
	locale: Locale;
	t: T;
	notCovered: Block;
	stakeholderName: (id: string) => string;
	channel: (c: Channel) => string;
	emotion: (score: EmotionScore | null) => string;
	journey: JourneyOrder;
}

function section(
	c: Context,
	id: SectionId,
	heading: string,
	blocks: Block[],
	orientation: Orientation = 'portrait'
): ReportSection {
	return { id, heading, orientation, blocks: blocks.length ? blocks : [c.notCovered] };
}

/** The touchpoints in the order the map reads: phase by phase, then as the room ordered them. */
interface JourneyOrder {
	phases: { id: string; name: string }[];
	items: { tp: Touchpoint; number: number; phaseIndex: number }[];
}

function isBlankTouchpoint(t: Touchpoint): boolean {
	return (
		t.kind === 'touchpoint' &&
		t.emotion === null &&
		![t.title, t.customerAction, t.emotionReason].some(filled)
	);
}

function journeyOrder(data: WorkshopData, t: T): JourneyOrder {
	const phases = data.workshop.plan.phases.map((p) => ({ id: p.id, name: p.name }));
	const index = new Map(phases.map((p, i) => [p.id, i]));
	const touchpoints = byOrder(data.touchpoints).filter((tp) => !isBlankTouchpoint(tp));
	if (touchpoints.some((tp) => !index.has(tp.phaseId)))
		phases.push({ id: '', name: t('map.noPhase') });
	const phaseOf = (tp: Touchpoint) => index.get(tp.phaseId) ?? phases.length - 1;
	const items = touchpoints
		.map((tp) => ({ tp, phaseIndex: phaseOf(tp) }))
		.sort((a, b) => a.phaseIndex - b.phaseIndex || a.tp.order - b.tp.order)
		.map((item, i) => ({ ...item, number: i + 1 }));
	return { phases, items };
}

function journeySection(c: Context): ReportSection {
	const { t } = c;
	const j = c.data.workshop.journey;
	const segment = j.segment ? t(`segment.${j.segment}`) : '';
	return section(c, 'journey', t('section.journey'), [
		...keyValues([
			[t('journey.name'), j.name],
			[t('journey.segment'), segment],
			[t('journey.trigger'), j.trigger],
			[t('journey.end'), j.end],
			[t('journey.lifecycle'), j.lifecycle.map((s) => t(`lifecycle.${s}`)).join(', ')]
		]),
		{ kind: 'subheading', text: t('journey.businessGoal') },
		paragraph(j.businessGoal) ?? c.notCovered
	]);
}

const isBlankStakeholder = (s: Stakeholder) => ![s.name, s.team, s.role].some(filled);

function stakeholdersSection(c: Context): ReportSection {
	const { t } = c;
	const people = byOrder(c.data.stakeholders).filter((s) => !isBlankStakeholder(s));
	const stage = (st: Stage): Block[] => {
		const rows = people
			.filter((s) => s.stage === st)
			.map((s) => [s.name, s.team, s.role, s.attends ? t('yes') : t('no')]);
		return rows.length
			? titled(
					t(`stakeholders.${st}`),
					table(
						[
							[t('stakeholders.name'), 3],
							[t('stakeholders.team'), 3],
							[t('stakeholders.role'), 5],
							[t('stakeholders.attends'), 1.6]
						],
						rows
					)
				)
			: [];
	};
	return section(c, 'stakeholders', t('section.stakeholders'), [
		...stage('front'),
		...stage('back')
	]);
}

function experienceSection(c: Context): ReportSection {
	const { t } = c;
	const e = c.data.workshop.experience;
	const chosen = chosenAmbition(e);
	const others = e.ambitions.filter((a) => a !== chosen).map((a) => a.text);
	const measures = [
		...(e.npsTarget === null ? [] : [t('experience.npsTarget', { n: e.npsTarget })]),
		...e.measures
			.filter((m) => filled(m.name))
			.map((m) =>
				filled(m.target) ? t('experience.measure', { name: m.name, target: m.target }) : m.name
			)
	];
	return section(c, 'experience', t('section.experience'), [
		...titled(t('experience.vision'), paragraph(e.vision)),
		...titled(t('experience.ambition'), paragraph(chosen?.text ?? '')),
		...titled(t(chosen ? 'experience.otherAmbitions' : 'experience.ambition'), bullets(others)),
		...titled(t('experience.statements'), bullets(e.statements)),
		...titled(t('experience.successMeasure'), bullets(measures))
	]);
}

const isBlankPersona = (p: Persona) =>
	![p.name, p.jobTitle, p.expectations, p.needs, p.goals, p.frustrations, p.quote].some(filled) &&
	!p.channel;

function personasSection(c: Context): ReportSection {
	const { t } = c;
	const primary = primaryPersona(c.data);
	const personas = byOrder(c.data.personas)
		.filter((p) => !isBlankPersona(p))
		.sort((a, b) => Number(b === primary) - Number(a === primary));
	const cards: Block[] = personas.map((p) => ({
		kind: 'persona',
		name: filled(p.name) ? p.name : t('persona.unnamed'),
		badge: p === primary ? t('persona.primary') : null,
		facts: kvItems([
			[t('persona.jobTitle'), p.jobTitle],
			[
				t('persona.channel'),
				p.channel === 'other' && filled(p.channelOther) ? p.channelOther : c.channel(p.channel)
			]
		]),
		fields: kvItems([
			[t('persona.expectations'), p.expectations],
			[t('persona.needs'), p.needs],
			[t('persona.goals'), p.goals],
			[t('persona.frustrations'), p.frustrations],
			[t('persona.quote'), filled(p.quote) ? `“${p.quote.trim()}”` : '']
		])
	}));
	const heading = personas.length > 1 ? t('section.personas') : t('section.persona');
	return section(c, 'personas', heading, cards);
}

function percent(share: number, locale: Locale): string {
	return new Intl.NumberFormat(DATE_TAGS[locale], { style: 'percent' }).format(share);
}

function interviewsSection(c: Context): ReportSection {
	const { t, locale } = c;
	const interviews = byOrder(c.data.interviews);
	if (interviews.length === 0) return section(c, 'interviews', t('section.interviews'), []);
	const s = summariseInterviews(interviews);
	const n = s.nps;
	const label = (i: number) => interviews[i]?.label || `${t('interviews.interview')} ${i + 1}`;
	const phaseName = (id: string) =>
		c.journey.phases.find((p) => p.id === id)?.name ?? t('map.noPhase');
	const notes = interviews.flatMap((iv, i) =>
		keyValues(Object.entries(iv.notes).map(([phaseId, note]) => [phaseName(phaseId), note])).map(
			(kv) =>
				[{ kind: 'subheading', text: t('interviews.notes', { label: label(i) }) }, kv] as Block[]
		)
	);
	return section(c, 'interviews', t('section.interviews'), [
		...keyValues([
			[t('interviews.count'), String(s.count)],
			[
				t('interviews.met'),
				s.metShare === null
					? ''
					: t('interviews.metDetail', { share: percent(s.metShare, locale), ...s.met })
			],
			[
				t('interviews.nps'),
				n.score === null
					? t('interviews.noNps')
					: t('interviews.npsDetail', { score: n.score, answers: n.answers })
			],
			...(n.answers
				? ([
						[t('interviews.promoters'), String(n.promoters)],
						[t('interviews.passives'), String(n.passives)],
						[t('interviews.detractors'), String(n.detractors)]
					] as const)
				: [])
		]),
		...titled(t('interviews.quotes'), bullets(interviews.flatMap((i) => lines(i.quotes)))),
		// The same pain point from several interviews once, most frequent first, with its count.
		...titled(
			t('interviews.painPoints'),
			bullets(
				frequentPainPoints(interviews, Infinity).map((p) =>
					p.count > 1 ? t('interviews.painPointCount', { text: p.text, n: p.count }) : p.text
				)
			)
		),
		...titled(
			t('interviews.list'),
			table(
				[
					[t('interviews.interview'), 3],
					[t('interviews.role'), 2.5],
					[t('interviews.date'), 2],
					[t('interviews.expectations'), 4],
					[t('interviews.met'), 1.8],
					[t('interviews.nps'), 1.1],
					[t('interviews.npsComment'), 3.5]
				],
				interviews.map((iv, i) => [
					label(i),
					iv.role,
					formatDate(iv.date, locale, 'medium'),
					iv.expectations,
					iv.met ? t(`met.${iv.met}`) : '',
					iv.nps === null ? '' : String(iv.nps),
					iv.npsComment
				])
			)
		),
		...notes.flat()
	]);
}

function unique(items: string[]): string[] {
	return [...new Set(items.filter(filled))];
}

function mapSection(c: Context): ReportSection {
	const { t } = c;
	const { phases, items } = c.journey;
	const p = c.data.workshop.plan;
	const plan = keyValues([
		[t('plan.title'), p.title],
		[t('plan.customerGoal'), p.customerGoal],
		[t('plan.expectations'), p.expectations]
	]);
	if (items.length === 0) return section(c, 'map', t('section.map'), plan, 'landscape');

	const ranked = rankOpportunities(c.data.opportunities.filter((o) => filled(o.idea)));
	const numbered = (n: number, text: string) => `${n}. ${text}`;
	const title = (tp: Touchpoint) =>
		tp.kind === 'gap' ? `${tp.title} (${t('map.gap')})`.trimStart() : tp.title;
	const perPhase = (cell: (inPhase: typeof items, phaseIndex: number) => string[]): string[][] =>
		phases.map((_, pi) =>
			cell(
				items.filter((i) => i.phaseIndex === pi),
				pi
			)
		);
	const row = (id: MapRowId, cells: string[][]): MapRow => ({
		id,
		label: t(`map.${id}`),
		cells
	});
	const phaseOfTouchpoint = new Map(items.map((i) => [i.tp.id, i.phaseIndex]));
	const rows: MapRow[] = [
		row(
			'touchpoints',
			perPhase((ps) => ps.map((i) => numbered(i.number, title(i.tp))))
		),
		row(
			'channels',
			perPhase((ps) => unique(ps.map((i) => c.channel(i.tp.channel))))
		),
		row(
			'actions',
			perPhase((ps) =>
				ps
					.filter((i) => filled(i.tp.customerAction))
					.map((i) => numbered(i.number, i.tp.customerAction))
			)
		),
		row(
			'owners',
			perPhase((ps) => unique(ps.map((i) => c.stakeholderName(i.tp.ownerId))))
		),
		row(
			'emotions',
			perPhase((ps) =>
				ps.flatMap((i) =>
					i.tp.emotion === null ? [] : [`${i.number}: ${c.emotion(i.tp.emotion)}`]
				)
			)
		),
		row(
			'painPoints',
			perPhase((ps) =>
				ps
					.filter((i) => isLow(i.tp.emotion))
					.map((i) =>
						numbered(i.number, filled(i.tp.emotionReason) ? i.tp.emotionReason : i.tp.title)
					)
			)
		),
		row(
			'opportunities',
			perPhase((_, pi) =>
				unique(
					ranked
						.filter((o) => o.touchpointIds.some((id) => phaseOfTouchpoint.get(id) === pi))
						.map((o) => o.idea)
				)
			)
		)
	];
	const touchpointRows = items.map(({ tp, number, phaseIndex }) => [
		String(number),
		title(tp),
		phases[phaseIndex]?.name ?? '',
		c.channel(tp.channel),
		tp.customerAction,
		c.stakeholderName(tp.ownerId),
		`${tp.importanceCustomer} / ${tp.importanceBusiness}`,
		c.emotion(tp.emotion),
		tp.emotionReason
	]);
	return section(
		c,
		'map',
		t('section.map'),
		[
			...plan,
			{ kind: 'map', columns: phases.map((ph) => ph.name), rows },
			{ kind: 'subheading', text: t('map.allTouchpoints') },
			table(
				[
					[t('touchpoint.number'), 1],
					[t('touchpoint.title'), 5],
					[t('touchpoint.phase'), 2.6],
					[t('touchpoint.channel'), 2.2],
					[t('touchpoint.action'), 5],
					[t('touchpoint.owner'), 3],
					[t('touchpoint.importance'), 2.2],
					[t('touchpoint.emotion'), 2.6],
					[t('touchpoint.reason'), 5]
				],
				touchpointRows
			)
		],
		'landscape'
	);
}

const AXIS: readonly EmotionScore[] = [2, 1, 0, -1, -2];

function curveSection(c: Context): ReportSection {
	const { t } = c;
	const { phases, items } = c.journey;
	if (!items.some((i) => i.tp.emotion !== null))
		return section(c, 'curve', t('section.curve'), [], 'landscape');
	const points: CurvePoint[] = items.map(({ tp, number, phaseIndex }) => ({
		number,
		label: tp.title,
		score: tp.emotion,
		phaseIndex,
		gap: tp.kind === 'gap',
		low: isLow(tp.emotion)
	}));
	const curvePhases = phases.map((ph, pi) => {
		const first = points.findIndex((p) => p.phaseIndex >= pi);
		return {
			name: ph.name,
			first: first === -1 ? points.length : first,
			count: points.filter((p) => p.phaseIndex === pi).length
		};
	});
	const lows = items.filter((i) => isLow(i.tp.emotion));
	return section(
		c,
		'curve',
		t('section.curve'),
		[
			{
				kind: 'curve',
				points,
				phases: curvePhases,
				axis: AXIS.map((score) => ({ score, label: t(EMOTION_KEYS[score]) })),
				legend: {
					touchpoint: t('curve.touchpoint'),
					low: t('curve.low'),
					gap: t('curve.gap'),
					unscored: t('curve.unscored')
				}
			},
			...titled(
				t('curve.lows'),
				lows.length
					? table(
							[
								[t('touchpoint.number'), 1],
								[t('touchpoint.title'), 6],
								[t('touchpoint.phase'), 3],
								[t('touchpoint.emotion'), 3],
								[t('touchpoint.reason'), 9]
							],
							lows.map(({ tp, number, phaseIndex }) => [
								String(number),
								tp.title,
								phases[phaseIndex]?.name ?? '',
								c.emotion(tp.emotion),
								tp.emotionReason
							])
						)
					: null
			)
		],
		'landscape'
	);
}

function opportunitiesSection(c: Context): ReportSection {
	const { t } = c;
	const list = rankOpportunities(
		byOrder(c.data.opportunities).filter((o) => filled(o.idea) || filled(o.problem))
	);
	const touchpoints = new Map(c.journey.items.map((i) => [i.tp.id, i]));
	const addressed = (o: Opportunity) =>
		o.touchpointIds
			.flatMap((id) => {
				const item = touchpoints.get(id);
				return item ? [item] : [];
			})
			.sort((a, b) => a.number - b.number)
			.map((i) => `${i.number}. ${i.tp.title}`)
			.join('\n');
	// Three small numbers share one column, so the idea and the problem keep room to breathe.
	const scores = [
		t('opportunities.impact'),
		t('opportunities.effort'),
		t('opportunities.votes')
	].join(' / ');
	return section(
		c,
		'opportunities',
		t('section.opportunities'),
		list.length
			? [
					table(
						[
							[t('opportunities.rank'), 1],
							[t('opportunities.idea'), 6],
							[t('opportunities.problem'), 5],
							[t('opportunities.touchpoints'), 4.4],
							[scores, 2.4],
							[t('opportunities.quadrant'), 3],
							[t('opportunities.owner'), 3.2]
						],
						list.map((o, i) => [
							String(i + 1),
							o.idea,
							o.problem,
							addressed(o),
							`${o.impact} / ${o.effort} / ${o.votes}`,
							t(`quadrant.${quadrant(o)}`),
							c.stakeholderName(o.ownerId) || t('noOwner')
						])
					)
				]
			: []
	);
}

function actionsSection(c: Context): ReportSection {
	const { t } = c;
	const ideas = new Map(c.data.opportunities.map((o) => [o.id, o.idea]));
	const actions = byOrder(c.data.actions).filter((a) => filled(a.title));
	return section(
		c,
		'actions',
		t('section.actions'),
		actions.length
			? [
					table(
						[
							[t('actions.title'), 6],
							[t('actions.opportunity'), 5],
							[t('actions.owner'), 3],
							[t('actions.due'), 2.6],
							[t('actions.status'), 2]
						],
						actions.map((a) => [
							a.title,
							ideas.get(a.opportunityId) ?? '',
							c.stakeholderName(a.ownerId) || t('noOwner'),
							formatDate(a.due, c.locale, 'medium'),
							t(`status.${a.status}`)
						])
					)
				]
			: []
	);
}

function improveSection(c: Context): ReportSection {
	const { t } = c;
	const i = c.data.workshop.improve;
	const titleOf = (id: string) => c.data.touchpoints.find((tp) => tp.id === id)?.title.trim();
	const feedback = i.feedback
		.filter((f) => filled(f.what))
		.map((f) => {
			const touchpoint = titleOf(f.touchpointId);
			return touchpoint ? t('improve.atTouchpoint', { what: f.what, touchpoint }) : f.what;
		});
	const measures = i.measures
		.filter((m) => filled(m.name))
		.map((m) => [m.name, m.current, m.target]);
	return section(c, 'improve', t('section.improve'), [
		...titled(t('improve.feedback'), bullets(feedback)),
		...titled(
			t('improve.measures'),
			measures.length
				? table(
						[
							[t('improve.measure'), 5],
							[t('improve.current'), 2],
							[t('improve.target'), 2]
						],
						measures
					)
				: null
		),
		...keyValues([
			[t('improve.reviewDate'), formatDate(i.reviewDate, c.locale)],
			[t('improve.reviewTriggers'), i.reviewTriggers]
		])
	]);
}

export function buildReportModel(data: WorkshopData, locale: Locale): ReportModel {
	const t: T = makeTranslator(reportMessages, locale);
	const w = data.workshop;
	const names = new Map(data.stakeholders.map((s) => [s.id, s.name]));
	const c: Context = {
		data,
		locale,
		t,
		notCovered: { kind: 'notCovered', text: t('notCovered') },
		stakeholderName: (id) => names.get(id) ?? '',
		channel: (ch) => (ch ? t(`channel.${ch}`) : ''),
		emotion: (score) => (score === null ? '' : `${signedScore(score)} ${t(EMOTION_KEYS[score])}`),
		journey: journeyOrder(data, t)
	};
	const isoDate = w.date || w.updatedAt.slice(0, 10);
	const date = formatDate(isoDate, locale);
	const participants = byOrder(data.stakeholders)
		.filter((s) => s.attends && filled(s.name))
		.map((s) => (filled(s.team) ? `${s.name} (${s.team})` : s.name))
		.join(', ');
	return {
		locale,
		title: filled(w.journey.name) ? w.journey.name : t('report.untitled'),
		kicker: t('report.kicker'),
		subtitle: t('report.subtitle'),
		cover: kvItems([
			[t('cover.facilitator'), w.facilitator],
			[t('cover.date'), date],
			[t('cover.participants'), participants]
		]),
		isoDate,
		date,
		contentsHeading: t('contents'),
		pageLabel: t('footer.page'),
		sections: [
			journeySection(c),
			stakeholdersSection(c),
			experienceSection(c),
			personasSection(c),
			interviewsSection(c),
			mapSection(c),
			curveSection(c),
			opportunitiesSection(c),
			actionsSection(c),
			improveSection(c)
		]
	};
}
