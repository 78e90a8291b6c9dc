// Hostile text in the steps: a workshop whose every text field holds markup, script, javascript:
// links and bidi or zero-width tricks renders each step with the text shown as text (in the page
// or in a field's value) and not one element or handler made from it. Svelte escapes what it
// interpolates and the app has no {@html}; this proves it stays that way.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { tick } from 'svelte';
import ImproveStep from '$lib/components/steps/ImproveStep.svelte';
import InterviewsStep from '$lib/components/steps/InterviewsStep.svelte';
import JourneyStep from '$lib/components/steps/JourneyStep.svelte';
import OpportunitiesStep from '$lib/components/steps/OpportunitiesStep.svelte';
import PersonaStep from '$lib/components/steps/PersonaStep.svelte';
import StakeholdersStep from '$lib/components/steps/StakeholdersStep.svelte';
import TouchpointsStep from '$lib/components/steps/TouchpointsStep.svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { saveWorkshop } from '$lib/db/workshops';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { hostileWorkshop, XSS_CORPUS } from '../fixtures/xss-corpus';
import WithSession from './WithSession.svelte';

let db: JourneyDb;
let session: WorkshopSession | undefined;
let n = 0;
const alert = vi.fn();

beforeEach(() => {
	db = openDb(`untrusted-${Date.now()}-${n++}`);
	vi.stubGlobal('alert', alert);
});

afterEach(async () => {
	session?.close();
	await session?.flush();
	session = undefined;
	db.close();
	await db.delete();
	vi.unstubAllGlobals();
});

async function renderStep(component: Component) {
	const data = hostileWorkshop('en');
	await saveWorkshop(db, data);
	session = new WorkshopSession(db, data);
	const view = render(WithSession, { props: { session, component } });
	await tick();
	return { data, view };
}

/** What the step shows as text: the page's text and every field's value. */
function shown(): string {
	const values = [...document.querySelectorAll('input, textarea')].map(
		(el) => (el as HTMLInputElement | HTMLTextAreaElement).value
	);
	return [document.body.textContent ?? '', ...values].join('\n');
}

function expectNoMarkupFromText() {
	const body = document.body;
	expect(body.querySelectorAll('img, script, iframe, style, math, mglyph')).toHaveLength(0);
	expect(body.querySelectorAll('svg[onload], [onerror], [onload], [onclick]')).toHaveLength(0);
	expect(body.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
	// No attribute at all that runs code: the corpus's handlers stay letters.
	for (const el of body.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
		}
	}
	expect(alert).not.toHaveBeenCalled();
}

const STEPS: [string, Component, (d: ReturnType<typeof hostileWorkshop>) => string[]][] = [
	['journey', JourneyStep, (d) => [d.workshop.journey.name, d.workshop.journey.trigger]],
	['stakeholders', StakeholdersStep, (d) => d.stakeholders.map((s) => s.name)],
	['persona', PersonaStep, (d) => [d.personas.find((p) => p.primary)!.name]],
	['interviews', InterviewsStep, (d) => d.interviews.map((i) => i.label)],
	['touchpoints', TouchpointsStep, (d) => d.touchpoints.map((t) => t.title)],
	['opportunities', OpportunitiesStep, (d) => d.opportunities.map((o) => o.problem)],
	['improve', ImproveStep, (d) => d.actions.map((a) => a.title)]
];

describe('hostile text in the steps', () => {
	it.each(STEPS)('%s: shown as text, nothing made of it', async (_step, component, texts) => {
		const { data } = await renderStep(component);
		const expected = texts(data).filter((s) => s.trim() && !/[\r\n]/.test(s));
		expect(expected.length).toBeGreaterThan(0);
		// Long lists show a screenful at once and the rest just after (ui/progressive).
		await vi.waitFor(() => {
			for (const text of expected) expect(shown(), text.slice(0, 40)).toContain(text);
		});
		expectNoMarkupFromText();
		const page = shown();
		// The markup itself is there, as letters.
		expect(page).toMatch(/<img src=x onerror=alert\(1\)>|<script>alert\(1\)<\/script>|<svg onload/);
	});

	it('the check above catches markup made from text (so passing it means something)', async () => {
		await renderStep(JourneyStep);
		const holder = document.createElement('div');
		holder.innerHTML = XSS_CORPUS[0]!; // what {@html} would do with '<img src=x onerror=…>'
		document.body.append(holder);
		expect(() => expectNoMarkupFromText()).toThrow();
		holder.remove();
	});
});
