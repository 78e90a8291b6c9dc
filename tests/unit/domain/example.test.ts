import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import { loadExample } from '$lib/domain/example-load';
import { summariseInterviews } from '$lib/domain/interviews';
import { allStatuses, stepWarnings } from '$lib/domain/steps';
import { LIST_NAMES, STEP_IDS, type Locale, type WorkshopData } from '$lib/domain/types';
import { isEmotionScore } from '$lib/domain/emotion';

const LOCALES: readonly Locale[] = ['en', 'da', 'sv'];

/** A fixed moment, at local noon so the dates do not depend on the time zone. */
const NOW = new Date(2025, 2, 10, 12, 0, 0);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysFromNow(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const then = new Date(y, m - 1, d, 12);
	return Math.round((then.getTime() - NOW.getTime()) / 86_400_000);
}

function allIds(d: WorkshopData): string[] {
	return [
		d.workshop.id,
		...d.workshop.plan.phases.map((p) => p.id),
		...LIST_NAMES.flatMap((name) => d[name].map((row) => row.id))
	];
}

describe.each(LOCALES)('the example workshop in %s', (locale) => {
	const d = exampleWorkshop(locale, NOW);
	const phaseIds = d.workshop.plan.phases.map((p) => p.id);
	const stakeholderIds = new Set(d.stakeholders.map((s) => s.id));
	const touchpointIds = new Set(d.touchpoints.map((t) => t.id));
	const opportunityIds = new Set(d.opportunities.map((o) => o.id));

	it('has every one of the ten steps done, with no warnings', () => {
		const statuses = allStatuses(d);
		for (const step of STEP_IDS) {
			expect(statuses[step], step).toBe('done');
			expect(stepWarnings(step, d), step).toEqual([]);
		}
	});

	it('is written in its language, held today and reviewed in about three months', () => {
		expect(d.workshop.locale).toBe(locale);
		expect(d.workshop.facilitator.trim()).not.toBe('');
		expect(d.workshop.date).toBe('2025-03-10');
		expect(d.workshop.createdAt).toBe(NOW.toISOString());
		expect(d.workshop.improve.reviewDate).toMatch(ISO_DATE);
		const review = daysFromNow(d.workshop.improve.reviewDate);
		expect(review).toBeGreaterThanOrEqual(80);
		expect(review).toBeLessThanOrEqual(100);
		expect(d.workshop.machine).toBeNull();
	});

	it('scopes an internal journey and fills every text of the one-of-a-kind steps', () => {
		const w = d.workshop;
		expect(w.journey.segment).toBe('internal');
		const texts = [
			w.journey.name,
			w.journey.trigger,
			w.journey.end,
			w.journey.businessGoal,
			w.experience.vision,
			...w.experience.ambitions.map((a) => a.text),
			...w.experience.measures.flatMap((m) => [m.name, m.target]),
			w.plan.title,
			w.plan.customerGoal,
			w.plan.expectations,
			...w.improve.feedback.map((f) => f.what),
			...w.improve.measures.flatMap((m) => [m.name, m.current, m.target]),
			w.improve.reviewTriggers
		];
		for (const text of texts) expect(text.trim()).not.toBe('');
		expect(w.experience.statements.length).toBeGreaterThanOrEqual(3);
		expect(w.experience.statements.length).toBeLessThanOrEqual(4);
		expect(w.plan.phases).toHaveLength(3);
	});

	it('puts every row in this workshop, in order 0…n−1', () => {
		for (const name of LIST_NAMES) {
			const rows = d[name];
			expect(rows.length, name).toBeGreaterThan(0);
			expect(
				rows.map((r) => r.order),
				name
			).toEqual(rows.map((_, i) => i));
			for (const row of rows) expect(row.workshopId, name).toBe(d.workshop.id);
		}
	});

	it('has 5–6 stakeholders, front and back stage, some of them in the room', () => {
		expect(d.stakeholders.length).toBeGreaterThanOrEqual(5);
		expect(d.stakeholders.length).toBeLessThanOrEqual(6);
		expect(d.stakeholders.some((s) => s.stage === 'front')).toBe(true);
		expect(d.stakeholders.some((s) => s.stage === 'back')).toBe(true);
		expect(d.stakeholders.some((s) => s.attends)).toBe(true);
		expect(d.stakeholders.some((s) => !s.attends)).toBe(true);
		for (const s of d.stakeholders) {
			expect(s.name.trim()).not.toBe('');
			expect(s.team.trim()).not.toBe('');
			expect(s.role.trim()).not.toBe('');
		}
	});

	it('has exactly one primary persona, fully described', () => {
		const primary = d.personas.filter((p) => p.primary);
		expect(primary).toHaveLength(1);
		const p = primary[0]!;
		for (const field of [p.name, p.jobTitle, p.expectations, p.needs, p.goals, p.frustrations])
			expect(field.trim()).not.toBe('');
		expect(p.channel).not.toBe('');
	});

	it('has three interviews with notes for each phase and a mixed summary', () => {
		expect(d.interviews).toHaveLength(3);
		for (const i of d.interviews) {
			expect(i.label.trim()).not.toBe('');
			expect(i.date).toMatch(ISO_DATE);
			expect(daysFromNow(i.date)).toBeLessThan(0);
			expect(daysFromNow(i.date)).toBeGreaterThanOrEqual(-60);
			expect(Object.keys(i.notes).sort()).toEqual([...phaseIds].sort());
			for (const note of Object.values(i.notes)) expect(note.trim()).not.toBe('');
			expect(i.quotes.split('\n').length).toBeGreaterThanOrEqual(1);
			expect(i.painPoints.trim()).not.toBe('');
			expect(i.nps).not.toBeNull();
		}
		const summary = summariseInterviews(d.interviews);
		expect(new Set(d.interviews.map((i) => i.met))).toEqual(new Set(['yes', 'partly', 'no']));
		expect(summary.metShare).toBe(0.5);
		expect(summary.nps.score).toBe(-33);
		expect(summary.painPoints.length).toBeGreaterThanOrEqual(6);
	});

	it('maps 13–17 touchpoints in timeline order, each with a feeling and a reason', () => {
		expect(d.touchpoints.length).toBeGreaterThanOrEqual(13);
		expect(d.touchpoints.length).toBeLessThanOrEqual(17);
		const phaseOrder = d.touchpoints.map((t) => phaseIds.indexOf(t.phaseId));
		expect(phaseOrder.every((p) => p >= 0)).toBe(true);
		expect(phaseOrder).toEqual([...phaseOrder].sort((a, b) => a - b));
		for (const phaseId of phaseIds)
			expect(d.touchpoints.some((t) => t.phaseId === phaseId)).toBe(true);
		for (const t of d.touchpoints) {
			expect(t.title.trim()).not.toBe('');
			expect(t.customerAction.trim()).not.toBe('');
			expect(isEmotionScore(t.emotion)).toBe(true);
			expect(t.emotionReason.trim()).not.toBe('');
			expect(t.importanceCustomer).toBeGreaterThanOrEqual(1);
			expect(t.importanceCustomer).toBeLessThanOrEqual(5);
			expect(t.importanceBusiness).toBeGreaterThanOrEqual(1);
			expect(t.importanceBusiness).toBeLessThanOrEqual(5);
		}
		const emotions = d.touchpoints.map((t) => t.emotion ?? 0);
		expect(Math.min(...emotions)).toBe(-2);
		expect(Math.max(...emotions)).toBe(2);
	});

	it('includes at least two gaps, both felt as negative and both taken up by an opportunity', () => {
		const gaps = d.touchpoints.filter((t) => t.kind === 'gap');
		expect(gaps.length).toBeGreaterThanOrEqual(2);
		const covered = new Set(d.opportunities.flatMap((o) => o.touchpointIds));
		for (const g of gaps) {
			expect(g.emotion).toBeLessThan(0);
			expect(covered.has(g.id)).toBe(true);
		}
	});

	it('resolves every reference to a real row', () => {
		for (const t of d.touchpoints) {
			expect(phaseIds).toContain(t.phaseId);
			expect(stakeholderIds.has(t.ownerId)).toBe(true);
		}
		for (const o of d.opportunities) {
			expect(o.touchpointIds.length).toBeGreaterThan(0);
			for (const id of o.touchpointIds) expect(touchpointIds.has(id)).toBe(true);
			expect(stakeholderIds.has(o.ownerId)).toBe(true);
		}
		for (const a of d.actions) {
			expect(opportunityIds.has(a.opportunityId)).toBe(true);
			expect(stakeholderIds.has(a.ownerId)).toBe(true);
		}
	});

	it('has 4–5 opportunities and 4–5 actions with owners, future due dates and a status', () => {
		expect(d.opportunities.length).toBeGreaterThanOrEqual(4);
		expect(d.opportunities.length).toBeLessThanOrEqual(5);
		for (const o of d.opportunities) {
			expect(o.problem.trim()).not.toBe('');
			expect(o.idea.trim()).not.toBe('');
		}
		expect(d.actions.length).toBeGreaterThanOrEqual(4);
		expect(d.actions.length).toBeLessThanOrEqual(5);
		for (const a of d.actions) {
			expect(a.title.trim()).not.toBe('');
			expect(a.due).toMatch(ISO_DATE);
			expect(daysFromNow(a.due)).toBeGreaterThan(0);
			expect(['todo', 'doing', 'done']).toContain(a.status);
		}
	});

	it('is plain data that survives a JSON round trip', () => {
		expect(JSON.parse(JSON.stringify(d))).toEqual(d);
	});

	it('uses unique ids', () => {
		const ids = allIds(d);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('exampleWorkshop', () => {
	it('makes fresh ids on every call', () => {
		const a = allIds(exampleWorkshop('en', NOW));
		const b = new Set(allIds(exampleWorkshop('en', NOW)));
		expect(a.filter((id) => b.has(id))).toEqual([]);
	});

	it('gives each call rows of its own', () => {
		const a = exampleWorkshop('da', NOW);
		const b = exampleWorkshop('da', NOW);
		a.workshop.experience.statements.push('changed');
		a.touchpoints[0]!.title = 'changed';
		expect(b.workshop.experience.statements).not.toContain('changed');
		expect(b.touchpoints[0]!.title).not.toBe('changed');
	});

	it('names the journey differently in each language', () => {
		const names = LOCALES.map((l) => exampleWorkshop(l, NOW).workshop.journey.name);
		expect(new Set(names).size).toBe(3);
		expect(names[0]).toBe('An employee orders a new laptop');
	});

	it('writes Danish and Swedish with their own letters and phase names', () => {
		const da = exampleWorkshop('da', NOW);
		const sv = exampleWorkshop('sv', NOW);
		expect(da.workshop.plan.phases.map((p) => p.name)).toEqual(['Før', 'Under', 'Efter']);
		expect(sv.workshop.plan.phases.map((p) => p.name)).toEqual(['Före', 'Under', 'Efter']);
		expect(JSON.stringify(da)).toMatch(/[æø]/);
		expect(JSON.stringify(sv)).toMatch(/[äö]/);
	});

	it('has the same map in every language: only the words differ', () => {
		const shape = (d: WorkshopData) =>
			d.touchpoints.map((t) => [
				t.kind,
				d.workshop.plan.phases.findIndex((p) => p.id === t.phaseId),
				t.channel,
				d.stakeholders.findIndex((s) => s.id === t.ownerId),
				t.emotion
			]);
		const [en, da, sv] = LOCALES.map((l) => shape(exampleWorkshop(l, NOW)));
		expect(da).toEqual(en);
		expect(sv).toEqual(en);
	});

	it('dates the workshop from the clock it is given', () => {
		expect(exampleWorkshop('sv', new Date(2024, 11, 31, 23, 30)).workshop.date).toBe('2024-12-31');
		expect(
			exampleWorkshop('sv', new Date(2024, 11, 31, 23, 30)).workshop.improve.reviewDate
		).toMatch(/^2025-0[34]-\d{2}$/);
	});
});

describe('loadExample: what a first visit stores, with only its language loaded', () => {
	/** The workshop with every id replaced by the order it first appears in. */
	function withoutIds(data: WorkshopData): string {
		const seen = new Map<string, number>();
		return JSON.stringify(data).replace(
			/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
			(id) => `#${seen.get(id) ?? seen.set(id, seen.size).size - 1}`
		);
	}

	it.each(LOCALES)('is the same workshop as exampleWorkshop in %s', async (locale) => {
		const now = new Date('2026-11-24T09:00:00Z');
		const loaded = await loadExample(locale, now);
		expect(loaded.workshop.locale).toBe(locale);
		expect(withoutIds(loaded)).toBe(withoutIds(exampleWorkshop(locale, now)));
	});
});
