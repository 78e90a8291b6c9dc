// Revisiting a journey on screen: the dialog that asks how the scores start, step 8's then and now
// (dated earlier curve in the legend, ↑ / ↓ with the difference, new and removed touchpoints),
// step 10's earlier actions and measures, and the calm line when the earlier workshop is missing.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { goto } from '$app/navigation';
import RevisitDialog from '$lib/components/revisit/RevisitDialog.svelte';
import EmotionsStep from '$lib/components/steps/EmotionsStep.svelte';
import ImproveStep from '$lib/components/steps/ImproveStep.svelte';
import { openDb, type JourneyDb } from '$lib/db/db';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { makeRevisit } from '$lib/domain/revisit';
import type { WorkshopData } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { stubResizeObserver } from './helpers';
import WithSession from './WithSession.svelte';
import ProjectorHarness from './ProjectorHarness.svelte';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));
stubResizeObserver();

let db: JourneyDb;
let session: WorkshopSession | undefined;
let n = 0;
beforeEach(() => {
	db = openDb(`revisit-component-${Date.now()}-${n++}`);
	void locale.set('en');
});
afterEach(async () => {
	session?.close();
	await session?.flush();
	session = undefined;
	vi.mocked(goto).mockReset();
	db.close();
	await db.delete();
});

const title = (d: WorkshopData, i: number) => d.touchpoints[i]!.title;
/** A touchpoint the example scores positive: the revisit scores it very negative. */
const DOWN = exampleWorkshop('en').touchpoints.findIndex((tp, i) => i > 2 && tp.emotion! > 0);

/** The example held on 6 November 2025, and its revisit with the scores as they were. */
async function twoVisits({ storeEarlier = true } = {}) {
	const one = exampleWorkshop('en', new Date(2025, 10, 6, 9));
	one.workshop.date = '2025-11-06';
	one.actions[0]!.status = 'done';
	const two = makeRevisit(one, { keepScores: true });
	// The room moved two feelings, dropped one touchpoint and found a new one.
	two.touchpoints[1]!.emotion = 2;
	two.touchpoints[DOWN]!.emotion = -2;
	two.touchpoints.splice(2, 1);
	two.touchpoints.push({
		...structuredClone(two.touchpoints[0]!),
		id: 'fresh-tp',
		title: 'Chat with the service desk',
		carriedFrom: undefined,
		order: 99
	});
	two.workshop.improve.measures[0]!.current = '4 a week';
	if (storeEarlier) await saveWorkshop(db, one);
	await saveWorkshop(db, two);
	return { one, two };
}

function open(data: WorkshopData, component: Component) {
	session = new WorkshopSession(db, data);
	render(WithSession, { props: { session, component } });
	return session;
}

describe('the revisit dialog', () => {
	it('asks how the scores start and makes the revisit with that choice', async () => {
		const onmake = vi.fn(async () => true);
		render(RevisitDialog, { props: { onmake, onclose: () => {} } });
		const user = userEvent.setup();
		const dialog = screen.getByRole('dialog', { name: 'Revisit this journey' });
		expect(within(dialog).getByRole('radio', { name: /Start empty/ })).toBeChecked();
		await user.click(within(dialog).getByRole('radio', { name: /As they were/ }));
		await user.click(within(dialog).getByRole('button', { name: 'Make the revisit' }));
		expect(onmake).toHaveBeenCalledWith(true);
	});

	it('says so when the revisit could not be made', async () => {
		render(RevisitDialog, { props: { onmake: async () => false, onclose: () => {} } });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Make the revisit' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('could not be made');
	});

	it('on step 10 makes the next visit, stores it and opens it', async () => {
		const one = exampleWorkshop('en');
		await saveWorkshop(db, one);
		open(one, ImproveStep);
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Revisit this journey' }));
		await user.click(screen.getByRole('button', { name: 'Make the revisit' }));
		await waitFor(() => expect(goto).toHaveBeenCalled());
		const id = String(vi.mocked(goto).mock.calls[0]![0]).split('/').pop()!;
		const made = (await loadWorkshop(db, id))!;
		expect(made.workshop.revisit?.of).toBe(one.workshop.id);
		expect(made.touchpoints.every((tp) => tp.emotion === null)).toBe(true);
	});
});

describe('step 8 in a revisit', () => {
	it('dates the earlier curve and says what moved, what is new and what is gone', async () => {
		const { one, two } = await twoVisits();
		open(two, EmotionsStep);
		const since = await screen.findByRole('region', { name: 'Since 6 November 2025' });
		expect(screen.getByText('Feeling on 6 November 2025')).toBeInTheDocument();
		const moved = within(since).getAllByRole('listitem');
		const before1 = one.touchpoints[1]!.emotion!;
		const item = (i: number) => moved.find((li) => li.textContent!.includes(`${title(one, i)},`))!;
		const up = item(1);
		expect(up).toHaveTextContent(`↑ +${2 - before1}`);
		expect(up).toHaveTextContent(`${title(one, 1)}, up by ${2 - before1}`);
		const drop = one.touchpoints[DOWN]!.emotion! + 2;
		expect(item(DOWN)).toHaveTextContent(`↓ −${drop}`);
		expect(item(DOWN)).toHaveTextContent(`${title(one, DOWN)}, down by ${drop}`);
		expect(within(since).getByText('Chat with the service desk')).toBeInTheDocument();
		const removed = within(since).getByRole('heading', { name: 'No longer on the map' });
		expect(removed.nextElementSibling).toHaveTextContent(title(one, 2));
	});

	it('on the projector: the moves, the new touchpoint marked new, and the gone one named', async () => {
		const { one, two } = await twoVisits();
		session = new WorkshopSession(db, two);
		render(ProjectorHarness, { props: { session, place: 'emotions' } });
		const gone = await screen.findByText(/^No longer on the map:/);
		expect(gone).toHaveTextContent(`No longer on the map: ${title(one, 2)}`);
		const fresh = screen.getByText('Chat with the service desk', { exact: false });
		expect(fresh.closest('p')).toHaveTextContent(/Chat with the service desk\s*new$/);
		const drop = one.touchpoints[DOWN]!.emotion! + 2;
		expect(screen.getByText(`↓ −${drop}`)).toBeInTheDocument();
	});

	it('shows a score changed now as a move at once', async () => {
		const { one, two } = await twoVisits();
		const s = open(two, EmotionsStep);
		const since = await screen.findByRole('region', { name: /^Since/ });
		const tp = two.touchpoints[0]!;
		expect(within(since).queryByText(tp.title)).toBeNull();
		s.update('touchpoints', tp.id, { emotion: one.touchpoints[0]!.emotion === 2 ? 1 : 2 });
		expect(await within(since).findByText(tp.title)).toBeInTheDocument();
	});

	it('says calmly that the earlier workshop is missing, and still scores', async () => {
		const { two } = await twoVisits({ storeEarlier: false });
		open(two, EmotionsStep);
		expect(
			await screen.findByText(
				/revisits “An employee orders a new laptop” of 6 November 2025, which is not on this device/
			)
		).toBeInTheDocument();
		expect(screen.queryByRole('region', { name: /^Since/ })).toBeNull();
		expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
	});
});

describe('step 10 in a revisit', () => {
	it('lists the earlier actions done or not, and the measures then and now', async () => {
		const { one } = await twoVisits();
		const two = (await db.workshops.toArray()).find((w) => w.revisit)!;
		open((await loadWorkshop(db, two.id))!, ImproveStep);
		const since = await screen.findByRole('region', { name: 'Since 6 November 2025' });
		const actions = within(since).getAllByRole('listitem');
		expect(actions).toHaveLength(one.actions.length);
		expect(actions[0]).toHaveTextContent(`${one.actions[0]!.title} Done`);
		expect(actions[1]).toHaveTextContent(`${one.actions[1]!.title} Not done`);
		expect(within(since).getByText(`1 of ${one.actions.length} done`)).toBeInTheDocument();
		const table = within(since).getByRole('table', { name: 'The measures then and now' });
		const first = within(table).getAllByRole('row')[1]!;
		const m = one.workshop.improve.measures[0]!;
		expect(
			within(first)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual([m.current, '4 a week', m.target]);
		expect(within(first).getByRole('rowheader')).toHaveTextContent(m.name);
	});

	it('says the earlier workshop is missing, and the step works', async () => {
		const { two } = await twoVisits({ storeEarlier: false });
		open(two, ImproveStep);
		expect(await screen.findByText(/which is not on this device/)).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Measures we follow' })).toBeInTheDocument();
	});
});
