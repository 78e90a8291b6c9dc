// What the PDF report says, worked out from a workshop before anything is drawn: the title, the
// cover facts and an ordered list of sections made of plain blocks. Kept pure (no jsPDF, no DOM) so
// the wording, the order and the "not covered" rules are tested quickly in Node, and the drawing
// code only lays out what it is given. Everything the room typed is passed through as typed.
import { isIsoDate } from '$lib/domain/dates';
import { mediumDate, percent, writtenDate } from '$lib/domain/format';
import { EMOTION_KEYS, isLow } from '$lib/domain/emotion';
import { roomDots, roomEmotion } from '$lib/domain/room-landing';
import { chosenAmbition } from '$lib/domain/experience';
import { frequentPainPoints, lines, summariseInterviews } from '$lib/domain/interviews';
import { painPointKey, quadrant, rankOpportunities } from '$lib/domain/opportunities';
import { initials } from '$lib/domain/persona';
import { noteGroups, type NoteGroup } from '$lib/domain/phases';
import { compareVisits, movedMark } from '$lib/domain/revisit';
import { primaryPersona } from '$lib/domain/steps';
import { timelineColumns } from '$lib/domain/timeline';
import type {
	Channel,
	EmotionScore,
	Interview,
	Locale,
	Opportunity,
	Persona,
	Stage,
	Stakeholder,
	Touchpoint,
	WorkshopData
} from '$lib/domain/types';
import { reportMessages, type ReportKey } from '$lib/i18n/report-messages';
import { makeTranslator, type Translator } from '$lib/i18n/translate';

export type SectionId =
	| 'journey'
	| 'stakeholders'
	| 'experience'
	| 'personas'
	| 'interviews'
	| 'map'
	| 'curve'
	| 'since'
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
	/**
	 * Text printed whole elsewhere in the report (an owner's name, a touchpoint's title): cut to a
	 * few lines with "…" here, so a 2,000-character name cannot make every row a page tall.
	 */
	clip?: boolean;
}

export type MapRowId =
	'channels' | 'actions' | 'owners' | 'emotions' | 'painPoints' | 'opportunities';

/** One touchpoint of the map: a column of the grid, in timeline order. */
export interface MapColumn {
	number: number;
	/** "5. Waiting with no status": the column's heading. */
	heading: string;
	gap: boolean;
	phaseIndex: number;
	score: EmotionScore | null;
}

export interface MapPhase {
	name: string;
}

export interface MapRow {
	id: MapRowId;
	label: string;
	/** One list of entries per touchpoint column; the emotion row holds the signed score. */
	cells: string[][];
}

export interface MapLabels {
	/** Over the row labels, beside the phase band. */
	phase: string;
	/** Beside the touchpoints' headings. */
	touchpoints: string;
	/** The tag on a gap's heading. */
	gap: string;
	/** "{phase} (continued)": the band on a page where a phase goes on from the page before. */
	continued: string;
	/** "Touchpoints {from}–{to} of {total}" above each page of the map, filled in when drawn. */
	range: string;
}

export interface CurvePoint {
	/** The touchpoint's number in the map's order, as printed in the tables. */
	number: number;
	label: string;
	score: EmotionScore | null;
	phaseIndex: number;
	gap: boolean;
	low: boolean;
	/** The feeling the teams aim for here (the desired curve), or null. */
	desired: EmotionScore | null;
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

/** A revisit's earlier curve on today's points, named by its date. */
export interface EarlierCurveLine {
	label: string;
	scores: (EmotionScore | null)[];
}

export interface CurveLegend {
	touchpoint: string;
	low: string;
	gap: string;
	unscored: string;
	desired: string;
}

export interface MatrixPoint {
	/** The opportunity's rank, as the table numbers it. */
	rank: number;
	impact: number;
	effort: number;
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
			/** The avatar: initials on the persona's colour (an index into the avatar palette). */
			initials: string;
			colour: number;
			facts: KeyValue[];
			fields: KeyValue[];
	  }
	| { kind: 'map'; phases: MapPhase[]; columns: MapColumn[]; rows: MapRow[]; labels: MapLabels }
	| {
			kind: 'matrix';
			points: MatrixPoint[];
			impact: string;
			effort: string;
			/** The quadrants' names: top left, top right, bottom left, bottom right. */
			quadrants: [string, string, string, string];
			/** How to read the numbers. */
			note: string;
	  }
	| {
			kind: 'curve';
			points: CurvePoint[];
			phases: CurvePhase[];
			axis: CurveAxisLabel[];
			legend: CurveLegend;
			/** A revisit's earlier visits, oldest first, drawn dashed under today's curve. */
			earlier?: EarlierCurveLine[];
	  }
	/** A quiet remark, such as how many quotes were left out. */
	| { kind: 'note'; text: string }
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
	/** The wall map's title strip: what it is, and the facilitator and date. */
	wallMap: { subtitle: string; facts: KeyValue[] };
	/** What an empty step says, for a wall map with no touchpoints. */
	notCovered: string;
	/** "Page {page} of {pages}", filled in by the renderer. */
	pageLabel: string;
	sections: ReportSection[];
}

type T = Translator<ReportKey>;

const filled = (s: string) => s.trim().length > 0;

const byOrder = <R extends { order: number }>(rows: readonly R[]): R[] =>
	[...rows].sort((a, b) => a.order - b.order);

/**
 * An ISO date written out in the report's language (short month names in tables); anything else
 * is shown as typed.
 */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'medium' = 'long'): string {
	if (!isIsoDate(iso)) return iso;
	const text = style === 'long' ? writtenDate(iso, locale) : mediumDate(iso, locale);
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

/** A column: its label, its share of the width, and 'clip' when its text is whole elsewhere. */
type ColumnSpec = [label: string, weight: number, clip?: 'clip'];

function table(columns: ColumnSpec[], rows: string[][]): Block {
	return {
		kind: 'table',
		columns: columns.map(([label, weight, clip]) => ({ label, weight, clip: clip === 'clip' })),
		rows
	};
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

/** The domain's one timeline order, with the rows the room added but never filled left out. */
function journeyOrder(data: WorkshopData, t: T): JourneyOrder {
	const columns = timelineColumns(
		data.workshop.plan.phases,
		data.touchpoints.filter((tp) => !isBlankTouchpoint(tp))
	);
	const phases = columns.map((col) => ({
		id: col.phase?.id ?? '',
		name: col.phase?.name ?? t('map.noPhase')
	}));
	const items = columns
		.flatMap((col, phaseIndex) => col.touchpoints.map((tp) => ({ tp, phaseIndex })))
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
		initials: initials(p.name),
		colour: p.colour,
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
			[t('persona.quote'), filled(p.quote) ? quoted(t, p.quote) : '']
		])
	}));
	const heading = personas.length > 1 ? t('section.personas') : t('section.persona');
	return section(c, 'personas', heading, cards);
}

/** In the language's own quotation marks, unless the room already typed some. */
function quoted(t: T, text: string): string {
	const trimmed = text.trim();
	return /^["“”„«»‘’']/.test(trimmed) ? trimmed : t('quote', { text: trimmed });
}

/** Enough quotes to hear the customers' voice; the rest stay in the workshop file. */
const MAX_QUOTES = 8;

/**
 * A few quotes: first those the room tied to a touchpoint as evidence (it chose them), then the
 * others in interview order; each with the interview it comes from.
 */
function selectedQuotes(
	c: Context,
	interviews: readonly Interview[],
	label: (i: number) => string
) {
	const chosen = new Set(c.journey.items.flatMap((i) => i.tp.evidence.map((e) => e.quote.trim())));
	const all = interviews.flatMap((iv, i) =>
		lines(iv.quotes).map((quote) => ({ quote, from: label(i) }))
	);
	const ordered = [
		...all.filter((q) => chosen.has(q.quote)),
		...all.filter((q) => !chosen.has(q.quote))
	];
	const shown = ordered
		.slice(0, MAX_QUOTES)
		.map((q) => c.t('interviews.quote', { quote: quoted(c.t, q.quote), from: q.from }));
	const more = ordered.length - shown.length;
	return { shown, more: more > 0 ? c.t.plural('interviews.moreQuotes', more) : '' };
}

function interviewsSection(c: Context): ReportSection {
	const { t, locale } = c;
	const interviews = byOrder(c.data.interviews);
	if (interviews.length === 0) return section(c, 'interviews', t('section.interviews'), []);
	const s = summariseInterviews(interviews);
	const n = s.nps;
	const label = (i: number) => interviews[i]?.label || `${t('interviews.interview')} ${i + 1}`;
	const target = c.data.workshop.experience.npsTarget;
	const quotes = selectedQuotes(c, interviews, label);
	// Each note under the phase it was written for, in the plan's order; a renamed phase says
	// what it was called then, a removed one that it was removed.
	const phaseName = (g: NoteGroup) =>
		g.phase
			? g.writtenAs
				? t('interviews.notesWrittenAs', { phase: g.phase.name, was: g.writtenAs })
				: g.phase.name
			: g.writtenAs
				? t('interviews.notesRemoved', { phase: g.writtenAs })
				: t('interviews.notesRemovedUnnamed');
	const phases = c.data.workshop.plan.phases;
	const notes = interviews.flatMap((iv, i) =>
		keyValues(noteGroups(phases, iv).map((g) => [phaseName(g), g.text])).map(
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
					: t(target === null ? 'interviews.npsDetail' : 'interviews.npsAgainstTarget', {
							score: n.score,
							answers: n.answers,
							target: target ?? ''
						})
			],
			...(n.answers
				? ([
						[t('interviews.promoters'), String(n.promoters)],
						[t('interviews.passives'), String(n.passives)],
						[t('interviews.detractors'), String(n.detractors)]
					] as const)
				: [])
		]),
		...titled(t('interviews.quotes'), bullets(quotes.shown)),
		...(quotes.more ? [{ kind: 'note', text: quotes.more } as const] : []),
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

type JourneyItem = JourneyOrder['items'][number];

/**
 * What hurts at each touchpoint, kept honest: the room's reason for a low score, and the interview
 * pain points the room tied to this touchpoint through an opportunity that answers them.
 */
function painPointsByTouchpoint(c: Context): (item: JourneyItem) => string[] {
	const heard = new Map<string, string[]>();
	for (const o of byOrder(c.data.opportunities)) {
		if (!filled(o.painPoint)) continue;
		for (const id of o.touchpointIds) heard.set(id, [...(heard.get(id) ?? []), o.painPoint.trim()]);
	}
	return ({ tp }) => {
		const reason = isLow(tp.emotion) && filled(tp.emotionReason) ? [tp.emotionReason] : [];
		const seen = new Set(reason.map(painPointKey));
		const fromInterviews: string[] = [];
		for (const text of heard.get(tp.id) ?? []) {
			if (seen.has(painPointKey(text))) continue;
			seen.add(painPointKey(text));
			fromInterviews.push(c.t('map.heard', { text }));
		}
		return [...reason, ...fromInterviews];
	};
}

/**
 * The wall map: one column per touchpoint in timeline order, grouped under its phase, with a row
 * for each thing the room said about it. Rows nobody filled for any touchpoint are left out.
 */
function mapBlock(c: Context): Block {
	const { t } = c;
	const { phases, items } = c.journey;
	const ranked = rankOpportunities(c.data.opportunities.filter((o) => filled(o.idea)));
	const ideas = (id: string) =>
		unique(ranked.filter((o) => o.touchpointIds.includes(id)).map((o) => o.idea));
	const one = (text: string) => (filled(text) ? [text] : []);
	const cellsOf: [MapRowId, (item: JourneyItem) => string[]][] = [
		['channels', ({ tp }) => one(c.channel(tp.channel))],
		['actions', ({ tp }) => one(tp.customerAction)],
		['owners', ({ tp }) => one(c.stakeholderName(tp.ownerId))],
		['emotions', ({ tp }) => (tp.emotion === null ? [] : [signedScore(tp.emotion)])],
		['painPoints', painPointsByTouchpoint(c)],
		['opportunities', ({ tp }) => ideas(tp.id)]
	];
	return {
		kind: 'map',
		phases: phases.map((ph) => ({ name: ph.name })),
		columns: items.map(({ tp, number, phaseIndex }) => ({
			number,
			heading: `${number}. ${tp.title}`.trim(),
			gap: tp.kind === 'gap',
			phaseIndex,
			score: tp.emotion
		})),
		rows: cellsOf
			.map(([id, cell]) => ({ id, label: t(`map.${id}`), cells: items.map(cell) }))
			.filter((row) => row.cells.some((cell) => cell.length > 0)),
		labels: {
			phase: t('touchpoint.phase'),
			touchpoints: t('map.touchpoints'),
			gap: t('map.gap').toLocaleUpperCase(c.locale),
			continued: t('map.continued'),
			range: t('map.range')
		}
	};
}

/**
 * Every touchpoint on one line each. The map already shows channel, action and owner, so this
 * table keeps only what the map does not: the importance to customer and business, and the
 * reason behind every score (the map gives reasons for the lows only). It is the index a reader
 * scans for "which touchpoints matter most", which the map's columns make hard.
 */
function touchpointIndex(c: Context): Block[] {
	const { t } = c;
	const { phases, items } = c.journey;
	const title = (tp: Touchpoint) =>
		tp.kind === 'gap' ? `${tp.title} (${t('map.gap')})`.trimStart() : tp.title;
	return [
		{ kind: 'subheading', text: t('map.allTouchpoints') },
		table(
			[
				[t('touchpoint.number'), 1],
				[t('touchpoint.title'), 6],
				[t('touchpoint.phase'), 3],
				[t('touchpoint.importance'), 2.4],
				[t('touchpoint.emotion'), 2.8],
				[t('touchpoint.reason'), 7]
			],
			items.map(({ tp, number, phaseIndex }) => [
				String(number),
				title(tp),
				phases[phaseIndex]?.name ?? '',
				`${tp.importanceCustomer} / ${tp.importanceBusiness}`,
				[c.emotion(tp.emotion), roomLine(c, tp)].filter(Boolean).join('\n'),
				tp.emotionReason
			])
		)
	];
}

/** The live room's emotion at a touchpoint, when phones scored it: average ± spread (count). */
function roomLine(c: Context, tp: Touchpoint): string {
	const room = roomEmotion(tp.roomScores);
	if (!room) return '';
	const one = (signDisplay: 'exceptZero' | 'never') =>
		new Intl.NumberFormat(c.locale, {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1,
			signDisplay
		});
	return c.t('touchpoint.room', {
		mean: one('exceptZero').format(room.mean),
		spread: one('never').format(room.spread),
		n: room.count
	});
}

function mapSection(c: Context): ReportSection {
	const { t } = c;
	const p = c.data.workshop.plan;
	const plan = keyValues([
		[t('plan.title'), p.title],
		[t('plan.customerGoal'), p.customerGoal],
		[t('plan.expectations'), p.expectations]
	]);
	const map = c.journey.items.length ? [mapBlock(c), ...touchpointIndex(c)] : [];
	return section(c, 'map', t('section.map'), [...plan, ...map], 'landscape');
}

const AXIS: readonly EmotionScore[] = [2, 1, 0, -1, -2];

/** The emotion curve of the map's touchpoints, as the chart draws it. */
function curveBlock(c: Context): Extract<Block, { kind: 'curve' }> {
	const { t } = c;
	const { phases, items } = c.journey;
	const points: CurvePoint[] = items.map(({ tp, number, phaseIndex }) => ({
		number,
		label: tp.title,
		score: tp.emotion,
		phaseIndex,
		gap: tp.kind === 'gap',
		low: isLow(tp.emotion),
		desired: tp.desiredEmotion
	}));
	const curvePhases = phases.map((ph, pi) => {
		const first = points.findIndex((p) => p.phaseIndex >= pi);
		return {
			name: ph.name,
			first: first === -1 ? points.length : first,
			count: points.filter((p) => p.phaseIndex === pi).length
		};
	});
	return {
		kind: 'curve',
		points,
		phases: curvePhases,
		axis: AXIS.map((score) => ({ score, label: t(EMOTION_KEYS[score]) })),
		legend: {
			touchpoint: t('curve.touchpoint'),
			low: t('curve.low'),
			gap: t('curve.gap'),
			unscored: t('curve.unscored'),
			desired: t('curve.desired')
		}
	};
}

function curveSection(c: Context): ReportSection {
	const { t } = c;
	const { phases, items } = c.journey;
	if (!items.some((i) => i.tp.emotion !== null))
		return section(c, 'curve', t('section.curve'), [], 'landscape');
	const lows = items.filter((i) => isLow(i.tp.emotion));
	return section(
		c,
		'curve',
		t('section.curve'),
		[
			curveBlock(c),
			...titled(
				t('curve.lows'),
				lows.length
					? table(
							[
								[t('touchpoint.number'), 1],
								[t('touchpoint.title'), 6, 'clip'],
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

/**
 * A revisit's "Since <date>": every curve of the chain (each dated) on today's touchpoints, the
 * touchpoints whose feeling moved, the new and the removed ones, what became of the earlier
 * actions, and the followed measures then beside now. Null for a first visit.
 */
function sinceSection(c: Context, earlier: readonly WorkshopData[]): ReportSection | null {
	const { t } = c;
	const link = c.data.workshop.revisit;
	if (!link) return null;
	const cmp = compareVisits([...earlier, c.data]);
	const previous = cmp.previous;
	const date = formatDate(previous?.date ?? link.ofDate, c.locale);
	const heading = t('section.since', { date });
	if (!previous) {
		const text = t('since.missing', { name: link.ofName, date });
		return section(c, 'since', heading, [{ kind: 'note', text }]);
	}
	// The curves of the visits alone: the desired line is in the section on the curve.
	const today = curveBlock(c);
	const curve = { ...today, points: today.points.map((p) => ({ ...p, desired: null })) };
	curve.earlier = cmp.visits.map((v) => ({
		label: t('since.line', { date: formatDate(v.date, c.locale) }),
		scores: c.journey.items.map(({ tp }) => v.scores[tp.id] ?? null)
	}));
	const numbers = new Map(c.journey.items.map((i) => [i.tp.id, i.number]));
	const score = (s: EmotionScore) => c.emotion(s);
	const done = cmp.actions.filter((a) => a.done).length;
	return section(
		c,
		'since',
		heading,
		[
			curve,
			{ kind: 'subheading', text: t('since.moved') },
			cmp.moved.length
				? table(
						[
							[t('touchpoint.number'), 1],
							[t('touchpoint.title'), 8, 'clip'],
							[t('since.then'), 4],
							[t('since.now'), 4],
							[t('since.change'), 2]
						],
						cmp.moved.map((m) => [
							String(numbers.get(m.id) ?? ''),
							m.title,
							score(m.before),
							score(m.now),
							movedMark(m.change)
						])
					)
				: { kind: 'note', text: t('since.noMoves') },
			...titled(t('since.new'), bullets(cmp.added.map((tp) => tp.title))),
			...titled(t('since.removed'), bullets(cmp.removed.map((tp) => tp.title))),
			{ kind: 'subheading', text: t('since.actions', { date }) },
			cmp.actions.length
				? table(
						[
							[t('since.action'), 8],
							[t('since.status', { done, total: cmp.actions.length }), 3]
						],
						cmp.actions.map((a) => [a.title, a.done ? t('since.done') : t('since.notDone')])
					)
				: { kind: 'note', text: t('since.noActions') },
			...titled(
				t('since.measures'),
				cmp.measures.length
					? table(
							[
								[t('improve.measure'), 5],
								[date, 2],
								[t('since.now'), 2],
								[t('improve.target'), 2]
							],
							cmp.measures.map((m) => [m.name, m.earlier, m.now, m.target])
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
					{
						kind: 'matrix',
						points: list.map((o, i) => ({ rank: i + 1, impact: o.impact, effort: o.effort })),
						impact: t('opportunities.impact'),
						effort: t('opportunities.effort'),
						quadrants: [
							t('quadrant.quickWin'),
							t('quadrant.bigBet'),
							t('quadrant.fillIn'),
							t('quadrant.moneyPit')
						],
						note: t('opportunities.matrix')
					},
					table(
						[
							[t('opportunities.rank'), 1],
							[t('opportunities.idea'), 6],
							[t('opportunities.problem'), 5],
							[t('opportunities.touchpoints'), 4.4, 'clip'],
							[scores, 2.4],
							[t('opportunities.quadrant'), 3],
							[t('opportunities.owner'), 3.2, 'clip']
						],
						list.map((o, i) => [
							String(i + 1),
							filled(o.idea) ? o.idea : t('opportunities.noIdea'),
							o.problem,
							addressed(o),
							// The room's dots from the phones count with the votes the facilitator counted.
							`${o.impact} / ${o.effort} / ${o.votes + roomDots(o.roomVotes)}`,
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
	const ideas = new Map(
		c.data.opportunities.map((o) => [o.id, filled(o.idea) ? o.idea : t('opportunities.noIdea')])
	);
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
							[t('actions.opportunity'), 5, 'clip'],
							[t('actions.owner'), 3, 'clip'],
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

/** `earlier`: a revisit's earlier visits, oldest first, for its "Since <date>" section. */
export function buildReportModel(
	data: WorkshopData,
	locale: Locale,
	earlier: readonly WorkshopData[] = []
): ReportModel {
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
	const since = sinceSection(c, earlier);
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
		wallMap: {
			subtitle: t('wall.subtitle'),
			facts: kvItems([
				[t('cover.facilitator'), w.facilitator],
				[t('cover.date'), date]
			])
		},
		notCovered: t('notCovered'),
		pageLabel: t('footer.page'),
		sections: [
			journeySection(c),
			stakeholdersSection(c),
			experienceSection(c),
			personasSection(c),
			interviewsSection(c),
			mapSection(c),
			curveSection(c),
			...(since ? [since] : []),
			opportunitiesSection(c),
			actionsSection(c),
			improveSection(c)
		]
	};
}
