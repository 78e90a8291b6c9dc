// How a workshop stored by an older version of the app becomes today's shape. The database's
// upgrade runs these once per record (db.ts), and an imported file from an older version goes
// through them too, so old work is never dropped or half-read.
//
// Version 1 → 2 (steps 1–6 in depth):
// - the journey gets the parts of the customer lifecycle it covers (none known: []);
// - the one-line ambition becomes the chosen one of a list of options;
// - the one-line success measure becomes a measure with a target (its text kept as the name,
//   the target left for the room), and an NPS target (none: null);
// - personas get a quote, an "other" channel in their own words and an avatar colour;
// - the improvement plan's two texts become lists: the feedback text one mechanism (at no
//   touchpoint yet), the measures text one measure per line or ";"-separated part;
// - touchpoints get a desired feeling (none: null) and evidence (none: []);
// - opportunities get the pain point they answer (none: '').
//
// Version 2 → 3 (facilitation): the record gets an agenda (the default three-hour one, as a new
// workshop has), an empty preparation and no facilitation yet (no time spent, no notes).
//
// Version 3 → 4 (notes that follow their phase, suggestions that stay done):
// - interview notes are keyed by phase id, and each remembers the name its phase had when it was
//   written (`notePhases`), taken from the plan at upgrade time. A note found under a phase's
//   name ("During") or position ("1", "2" …) instead of its id is moved to that phase's id, never
//   over a note already there; a note under an id the plan no longer has stays as it is, shown as
//   a removed phase's;
// - opportunities remember the suggestion they were made from (none known: '').
import { defaultAgenda } from './timeboxes';
import { AVATAR_COLOURS, DEFAULT_PHASE_KEYS, emptyPreparation } from './factories';
import { newId } from './ids';
import { mergeNotes } from './phases';
import type {
	DesiredExperience,
	Interview,
	Phase,
	ImprovementPlan,
	JourneyScope,
	Opportunity,
	Persona,
	Touchpoint,
	WorkshopRecord
} from './types';

type V1Experience = Partial<DesiredExperience> & { ambition?: string; successMeasure?: string };

type V1Improve = Omit<ImprovementPlan, 'feedback' | 'measures'> & {
	feedback: string | ImprovementPlan['feedback'];
	measures: string | ImprovementPlan['measures'];
};

type V1Record = Omit<WorkshopRecord, 'experience' | 'journey' | 'improve'> & {
	journey: Omit<JourneyScope, 'lifecycle'> & { lifecycle?: JourneyScope['lifecycle'] };
	experience: V1Experience;
	improve: V1Improve;
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function upgradeExperience(e: V1Experience): DesiredExperience {
	if (Array.isArray(e.ambitions) && Array.isArray(e.measures)) return e as DesiredExperience;
	const ambition = text(e.ambition).trim();
	const measure = text(e.successMeasure).trim();
	const ambitions = ambition ? [{ id: newId(), text: ambition }] : [];
	return {
		vision: text(e.vision),
		ambitions,
		chosenAmbitionId: ambitions[0]?.id ?? '',
		statements: Array.isArray(e.statements) ? e.statements.map(text) : [],
		npsTarget: null,
		measures: measure ? [{ id: newId(), name: measure, target: '' }] : []
	};
}

/** Brings a version-1 workshop record to version 2, in place (Dexie's modify() wants that). */
export function upgradeRecordV1(record: V1Record): void {
	record.journey.lifecycle ??= [];
	const upgraded = upgradeExperience(record.experience);
	for (const key of Object.keys(record.experience)) {
		if (!(key in upgraded)) delete (record.experience as Record<string, unknown>)[key];
	}
	Object.assign(record.experience, upgraded);
	const i = record.improve;
	if (typeof i.feedback === 'string') {
		i.feedback = i.feedback.trim()
			? [{ id: newId(), what: i.feedback.trim(), touchpointId: '' }]
			: [];
	}
	if (typeof i.measures === 'string') {
		i.measures = i.measures
			.split(/[\n;]/)
			.map((m) => m.trim())
			.filter(Boolean)
			.map((name) => ({ id: newId(), name, current: '', target: '' }));
	}
}

/** Brings a version-1 touchpoint to version 2, in place. */
export function upgradeTouchpointV1(tp: Partial<Touchpoint>): void {
	tp.desiredEmotion ??= null;
	tp.evidence ??= [];
}

/** Brings a version-1 opportunity to version 2, in place. */
export function upgradeOpportunityV1(o: Partial<Opportunity>): void {
	o.painPoint ??= '';
}

/** Brings a version-1 persona to version 2, in place. */
export function upgradePersonaV1(persona: Partial<Persona> & { order: number }): void {
	persona.channelOther ??= '';
	persona.quote ??= '';
	persona.colour ??= persona.order % AVATAR_COLOURS;
}

/** Brings a version-2 workshop record to version 3, in place; what is there already stays. */
export function upgradeRecordV2(record: Partial<WorkshopRecord>): void {
	record.agenda ??= defaultAgenda();
	record.preparation ??= emptyPreparation();
	record.facilitation ??= { spentMs: {}, notes: {} };
}

/** Brings a version-3 opportunity to version 4, in place. */
export function upgradeOpportunityV3(o: Partial<Opportunity>): void {
	o.fromSuggestion ??= '';
}

const phaseKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The phase a note's key means: its id; else its name; else the default phase key ("during")
 *  or a position ("2"), counted from 1 unless some key is "0" (then from 0, as code writes). */
function phaseForKey(phases: readonly Phase[], key: string, fromZero: boolean): Phase | undefined {
	const byId = phases.find((p) => p.id === key);
	if (byId) return byId;
	const byName = phases.filter((p) => phaseKey(p.name) && phaseKey(p.name) === phaseKey(key));
	if (byName.length === 1) return byName[0];
	const defaultAt = (DEFAULT_PHASE_KEYS as readonly string[]).indexOf(phaseKey(key));
	if (defaultAt >= 0) return phases[defaultAt];
	if (!/^\d+$/.test(key)) return undefined;
	return phases[Number(key) - (fromZero ? 0 : 1)];
}

/** Brings a version-3 interview to version 4 against its workshop's phases, in place. */
export function upgradeInterviewV3(
	iv: Partial<Pick<Interview, 'notes' | 'notePhases'>>,
	phases: readonly Phase[]
): void {
	const before = iv.notes && typeof iv.notes === 'object' ? iv.notes : {};
	const notes: Record<string, string> = {};
	const names: Record<string, string> = { ...(iv.notePhases ?? {}) };
	// Notes already under an id first, so a name-keyed note is added to them, not the reverse.
	const entries = Object.entries(before).sort(
		([a], [b]) => Number(!phases.some((p) => p.id === a)) - Number(!phases.some((p) => p.id === b))
	);
	for (const [key, text] of entries) {
		const phase = phaseForKey(phases, key, '0' in before);
		const id = phase?.id ?? key;
		notes[id] = id in notes ? mergeNotes(notes[id]!, text) : text;
		if (phase) names[id] ??= phase.name;
	}
	iv.notes = notes;
	iv.notePhases = names;
}
