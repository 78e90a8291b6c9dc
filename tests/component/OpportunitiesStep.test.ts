import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import OpportunitiesStep from '$lib/components/steps/OpportunitiesStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import type { Opportunity } from '$lib/domain/types';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupStep } from './helpers';
import WithSession from './WithSession.svelte';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(OpportunitiesStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

type Session = Awaited<ReturnType<typeof setup>>['session'];

/** The journey of the example, in short: a happy start, a low, a gap, and two interviews. */
function journey(session: Session) {
	const [before, during] = session.workshop.plan.phases.map((p) => p.id);
	const form = session.add('touchpoints', { title: 'Request form', phaseId: before, emotion: 1 });
	const waiting = session.add('touchpoints', {
		title: 'Waiting with no status',
		kind: 'gap',
		phaseId: during
	});
	const call = session.add('touchpoints', {
		title: 'Calls the service desk',
		phaseId: during,
		emotion: -2,
		emotionReason: 'Nobody knows when the laptop comes'
	});
	session.add('interviews', { painPoints: 'No status while waiting\nApps missing' });
	session.add('interviews', { painPoints: 'no status  while WAITING' });
	return { form, waiting, call };
}

/** The opportunities as the room sees them, top to bottom, by their vote groups. */
const shownOrder = () =>
	screen
		.getAllByRole('group', { name: /^Votes for / })
		.map((g) => g.getAttribute('aria-label')!.replace('Votes for ', ''));

/** What the live regions say now (the step's, and the undo toast's). */
const announced = () =>
	screen
		.getAllByRole('status')
		.map((s) => s.textContent)
		.join(' | ');

function opportunities(session: Session, rows: Partial<Opportunity>[]) {
	return rows.map((r) => session.add('opportunities', r));
}

describe('OpportunitiesStep', () => {
	it('suggests lows, then gaps, then pain points, each with why', async () => {
		const { session } = await setup();
		journey(session);
		const suggested = within(
			await screen.findByRole('region', { name: /^Suggested/ })
		).getAllByRole('listitem');
		expect(suggested.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'Very negative Calls the service desk Make an opportunity',
			'Gap Waiting with no status Make an opportunity',
			'Pain point · heard in 2 interviews No status while waiting Make an opportunity',
			'Pain point · heard in 1 interview Apps missing Make an opportunity'
		]);
	});

	it('names a low gap by both, and folds a long list until asked', async () => {
		const { session, user } = await setup();
		const [, during] = session.workshop.plan.phases.map((p) => p.id);
		session.add('touchpoints', { title: 'Silence', kind: 'gap', phaseId: during, emotion: -1 });
		session.add('interviews', { painPoints: ['One', 'Two', 'Three', 'Four', 'Five'].join('\n') });
		const region = await screen.findByRole('region', { name: /^Suggested/ });
		expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('Negative · Gap Silence');
		expect(within(region).getAllByRole('listitem')).toHaveLength(5);
		await user.click(within(region).getByRole('button', { name: 'Show all (6)' }));
		expect(within(region).getAllByRole('listitem')).toHaveLength(6);
		expect(within(region).getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
	});

	it('the suggestions are one Tab stop: ↑/↓/End go along them, Tab goes on past them', async () => {
		const { session, user } = await setup();
		journey(session);
		const region = await screen.findByRole('region', { name: /^Suggested/ });
		const buttons = within(region).getAllByRole('button', { name: /^Make an opportunity/ });
		expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
		buttons[0]!.focus();
		await user.keyboard('{ArrowDown}');
		expect(buttons[1]).toHaveFocus();
		await user.keyboard('{End}');
		expect(buttons[3]).toHaveFocus();
		await user.keyboard('{ArrowUp}');
		expect(buttons[2]).toHaveFocus();
		// The last one in focus is the list's stop; Tab leaves the list at once.
		expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0, -1]);
		await user.tab();
		expect(region.contains(document.activeElement)).toBe(false);
		await user.tab({ shift: true });
		expect(buttons[2]).toHaveFocus();
	});

	it('a touchpoint suggestion becomes an opportunity with its id and reason, idea focused', async () => {
		const { session, user, db, id } = await setup();
		const { call } = journey(session);
		await user.click(
			await screen.findByRole('button', { name: 'Make an opportunity: Calls the service desk' })
		);
		expect(session.data.opportunities).toHaveLength(1);
		const o = session.data.opportunities[0]!;
		expect(o.touchpointIds).toEqual([call.id]);
		expect(o.problem).toBe('Nobody knows when the laptop comes');
		expect(o.painPoint).toBe('');
		expect(screen.getByLabelText('Idea')).toHaveFocus();
		expect(
			screen.queryByRole('button', { name: 'Make an opportunity: Calls the service desk' })
		).not.toBeInTheDocument();
		await user.keyboard('A status page');
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.opportunities[0]!;
		expect([saved.idea, saved.touchpointIds]).toEqual(['A status page', [call.id]]);
	});

	it('a suggestion made into an opportunity stays done in its place, with a way to it, after a reload too', async () => {
		const { session, user, db, id, view } = await setup();
		const { call, waiting } = journey(session);
		const region = await screen.findByRole('region', { name: /^Suggested/ });
		const rows = () =>
			within(region)
				.getAllByRole('listitem')
				.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		await user.click(
			screen.getByRole('button', { name: 'Make an opportunity: Calls the service desk' })
		);
		await user.keyboard('A status page');
		// Still first in the list, done, and no second "Make" to press: no twin.
		expect(rows()[0]).toBe('Very negative Calls the service desk ✓ Has an opportunity Go to it');
		expect(rows()[1]).toBe('Gap Waiting with no status Make an opportunity');
		// The room points the opportunity at the gap instead: the low is still answered by it.
		session.update('opportunities', session.data.opportunities[0]!.id, {
			touchpointIds: [waiting.id]
		});
		await user.click(screen.getByRole('button', { name: 'Go to it: Calls the service desk' }));
		const card = document.querySelector(
			`[data-opportunity="${session.data.opportunities[0]!.id}"]`
		)!;
		expect(card.contains(document.activeElement)).toBe(true);
		expect(session.data.opportunities).toHaveLength(1);

		await session.flush();
		view.unmount();
		session.close();
		const again = new WorkshopSession(db, (await loadWorkshop(db, id))!);
		const second = render(WithSession, { props: { session: again, component: OpportunitiesStep } });
		try {
			const reloaded = await screen.findByRole('region', { name: /^Suggested/ });
			expect(
				within(reloaded).getByRole('button', { name: 'Go to it: Calls the service desk' })
			).toBeVisible();
			// Both the low it was made from and the gap it now addresses are done.
			expect(
				within(reloaded).getByRole('button', { name: 'Go to it: Waiting with no status' })
			).toBeVisible();
			expect(
				within(reloaded).queryByRole('button', { name: /^Make an opportunity: (Calls|Waiting)/ })
			).toBeNull();
			expect(again.data.opportunities[0]!.fromSuggestion).toBe(`tp:${call.id}`);
		} finally {
			second.unmount();
			again.close();
			await again.flush();
		}
	});

	it('a pain point suggestion becomes an opportunity answering that pain point', async () => {
		const { session, user } = await setup();
		journey(session);
		await user.click(
			await screen.findByRole('button', { name: 'Make an opportunity: No status while waiting' })
		);
		const o = session.data.opportunities[0]!;
		expect([o.painPoint, o.problem, o.touchpointIds]).toEqual([
			'No status while waiting',
			'No status while waiting',
			[]
		]);
		expect(screen.getByLabelText('Idea')).toHaveFocus();
		expect(screen.getByText('No status while waiting', { selector: 'p' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Make an opportunity: No status/ })).toBeNull();
	});

	it('votes with the buttons and with + / = / − on the card, never below 0, and saves them', async () => {
		const { session, user, db, id } = await setup();
		opportunities(session, [{ idea: 'Status page' }]);
		const add = await screen.findByRole('button', { name: 'Add a vote: Status page' });
		const takeBack = screen.getByRole('button', { name: 'Take back a vote: Status page' });
		await user.click(add);
		await user.click(add);
		expect(session.data.opportunities[0]!.votes).toBe(2);
		expect(announced()).toContain('Status page: 2 votes');
		await user.click(takeBack);
		expect(announced()).toContain('Status page: 1 vote');
		await user.click(takeBack);
		await user.click(takeBack);
		expect(session.data.opportunities[0]!.votes).toBe(0);
		expect(announced()).toContain('Status page: 0 votes');

		// The keys work with the focus anywhere on the card that is not a text field…
		add.focus();
		await user.keyboard('+=+');
		expect(session.data.opportunities[0]!.votes).toBe(3);
		screen.getByRole('button', { name: 'Remove: Status page' }).focus();
		await user.keyboard('-');
		expect(session.data.opportunities[0]!.votes).toBe(2);
		expect(screen.getByRole('group', { name: 'Votes for Status page' })).toHaveTextContent('2');
		await user.keyboard('----');
		expect(session.data.opportunities[0]!.votes).toBe(0);
		// …and not while typing.
		await user.click(screen.getByLabelText('Problem'));
		await user.keyboard('+-=');
		expect(session.data.opportunities[0]!.problem).toBe('+-=');
		expect(session.data.opportunities[0]!.votes).toBe(0);

		add.focus();
		await user.keyboard('++');
		await session.flush();
		expect((await loadWorkshop(db, id))!.opportunities[0]!.votes).toBe(2);
	});

	it('votes any card by keyboard in a few keys: one Tab stop for the cards, ↑/↓ between them, + / − on one', async () => {
		const { session, user } = await setup();
		const ideas = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
		opportunities(
			session,
			ideas.map((idea) => ({ idea }))
		);
		await screen.findAllByRole('group', { name: /^Votes for / });
		const card = (idea: string) =>
			screen
				.getAllByRole('listitem')
				.find((li) => li.querySelector('.row-title')?.textContent === idea)!;

		// From the control before the list: each key press counted, until E has a vote.
		screen.getByRole('radio', { name: 'As added' }).focus();
		let presses = 0;
		for (const key of ['{Tab}', '{ArrowDown}', '{ArrowDown}', '{ArrowDown}', '{ArrowDown}', '+']) {
			if (session.data.opportunities[4]!.votes > 0) break;
			await user.keyboard(key);
			presses++;
		}
		expect(session.data.opportunities[4]!.votes).toBe(1);
		expect(presses).toBeLessThanOrEqual(6);
		expect(card('E')).toHaveFocus();
		// The card says what it is and how many votes it has; the vote is announced.
		expect(card('E')).toHaveAccessibleName('E');
		expect(card('E')).toHaveAccessibleDescription(/^1 vote Dot voting: .*↑ ↓/);
		expect(announced()).toContain('E: 1 vote');
		await user.keyboard('-');
		expect(session.data.opportunities[4]!.votes).toBe(0);

		// One Tab stop for all the cards: the next Tab leaves the list, Shift+Tab comes back to E.
		await user.tab();
		expect(screen.getByRole('button', { name: /Add opportunity/ })).toHaveFocus();
		await user.tab({ shift: true });
		expect(card('E')).toHaveFocus();

		// Home and End, and the ends hold.
		await user.keyboard('{End}');
		expect(card('H')).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(card('H')).toHaveFocus();
		await user.keyboard('{Home}{ArrowUp}');
		expect(card('A')).toHaveFocus();

		// Enter goes into the card's fields, Tab goes through them, Escape comes back to the card.
		await user.keyboard('{ArrowDown}{Enter}');
		expect(within(card('B')).getByLabelText('Problem')).toHaveFocus();
		await user.tab();
		expect(within(card('B')).getByLabelText('Idea')).toHaveFocus();
		await user.keyboard('{Escape}');
		expect(card('B')).toHaveFocus();
		// Out again, the fields are no Tab stops.
		await user.tab();
		expect(screen.getByRole('button', { name: /Add opportunity/ })).toHaveFocus();
	});

	it('Delete on a card removes it (with Undo) and the keyboard stays on the card in its place', async () => {
		const { session, user } = await setup();
		opportunities(session, [{ idea: 'A' }, { idea: 'B' }, { idea: 'C' }]);
		await screen.findAllByRole('group', { name: /^Votes for / });
		screen.getByRole('radio', { name: 'As added' }).focus();
		await user.keyboard('{Tab}{ArrowDown}{Delete}');
		expect(shownOrder()).toEqual(['A', 'C']);
		expect(document.activeElement).toHaveAccessibleName('C');
		expect(screen.getByText('Deleted “B”')).toBeInTheDocument();
	});

	it('"By votes" sorts, then holds still while voting until "Sort now"', async () => {
		const { session, user } = await setup();
		opportunities(session, [
			{ idea: 'A', votes: 1 },
			{ idea: 'B', votes: 3 },
			{ idea: 'C', votes: 2 }
		]);
		await screen.findAllByRole('group', { name: /^Votes for / });
		expect(shownOrder()).toEqual(['A', 'B', 'C']);
		await user.click(screen.getByRole('radio', { name: 'By votes' }));
		expect(shownOrder()).toEqual(['B', 'C', 'A']);
		const addA = screen.getByRole('button', { name: 'Add a vote: A' });
		for (let i = 0; i < 4; i++) await user.click(addA);
		expect(session.data.opportunities[0]!.votes).toBe(5);
		// A now leads, but stays where the facilitator is clicking
		expect(shownOrder()).toEqual(['B', 'C', 'A']);
		expect(addA).toBeInTheDocument();
		expect(screen.getByText(/The list stays put until you sort again/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Sort now' }));
		expect(shownOrder()).toEqual(['A', 'B', 'C']);
		await user.click(screen.getByRole('radio', { name: 'As added' }));
		expect(shownOrder()).toEqual(['A', 'B', 'C']);
		await user.click(screen.getByRole('radio', { name: 'By priority (quick wins first)' }));
		expect(shownOrder()).toEqual(['A', 'B', 'C']);
	});

	it('"By priority" puts quick wins first', async () => {
		const { session, user } = await setup();
		opportunities(session, [
			{ idea: 'Pit', impact: 2, effort: 5, votes: 9 },
			{ idea: 'Win', impact: 5, effort: 2 },
			{ idea: 'Bet', impact: 5, effort: 5 }
		]);
		await user.click(await screen.findByRole('radio', { name: 'By priority (quick wins first)' }));
		expect(shownOrder()).toEqual(['Win', 'Bet', 'Pit']);
	});

	it('the impact/effort tab shows each opportunity in its quadrant, counted', async () => {
		const { session, user } = await setup();
		opportunities(session, [
			{ idea: 'Status page', impact: 4, effort: 3, votes: 1 },
			{ idea: 'Chat bot', impact: 5, effort: 2, votes: 4 },
			{ idea: 'New portal', impact: 5, effort: 5 },
			{ idea: 'Nicer footer', impact: 3, effort: 3 },
			{ idea: 'Rewrite e-mails', impact: 3, effort: 4 }
		]);
		const listTab = await screen.findByRole('tab', { name: 'List' });
		expect(listTab).toHaveAttribute('aria-selected', 'true');
		listTab.focus();
		await user.keyboard('{ArrowRight}');
		const gridTab = screen.getByRole('tab', { name: 'Impact / effort' });
		expect(gridTab).toHaveAttribute('aria-selected', 'true');
		expect(gridTab).toHaveFocus();
		expect(screen.queryByLabelText('Idea')).toBeNull();

		const quadrant = (name: string) => {
			const region = screen.getByRole('region', { name: new RegExp(`^${name}`) });
			return {
				count: region.querySelector('.count')!.textContent,
				ideas: within(region)
					.queryAllByRole('listitem')
					.map((li) => li.querySelector('.text')!.textContent)
			};
		};
		expect(quadrant('Quick wins')).toEqual({ count: '2', ideas: ['Chat bot', 'Status page'] });
		expect(quadrant('Big bets')).toEqual({ count: '1', ideas: ['New portal'] });
		expect(quadrant('Fill-ins')).toEqual({ count: '1', ideas: ['Nicer footer'] });
		expect(quadrant('Money pits')).toEqual({ count: '1', ideas: ['Rewrite e-mails'] });
		expect(screen.getByText('4 votes')).toBeInTheDocument();
		expect(screen.getByText('1 vote')).toBeInTheDocument();

		await user.keyboard('{Home}');
		expect(screen.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
		expect(screen.getAllByLabelText('Idea')).toHaveLength(5);
	});

	it('the touchpoint picker saves the chosen touchpoints in timeline order', async () => {
		const { session, user, db, id } = await setup();
		const { form, waiting, call } = journey(session);
		opportunities(session, [{ idea: 'Status page' }]);
		const picker = await screen.findByRole('group', { name: 'Touchpoints it addresses' });
		const boxes = within(picker).getAllByRole('checkbox');
		expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).toEqual([
			'1. Request form',
			'2. Waiting with no status gap',
			'3. Calls the service desk'
		]);
		await user.click(within(picker).getByRole('checkbox', { name: /Calls the service desk/ }));
		await user.click(within(picker).getByRole('checkbox', { name: /Request form/ }));
		expect(session.data.opportunities[0]!.touchpointIds).toEqual([form.id, call.id]);
		expect(picker).toHaveTextContent('Chosen: 1. Request form, 3. Calls the service desk');
		await user.click(within(picker).getByRole('checkbox', { name: /Request form/ }));
		await user.click(within(picker).getByRole('checkbox', { name: /Waiting/ }));
		expect(session.data.opportunities[0]!.touchpointIds).toEqual([waiting.id, call.id]);
		// answered now: no longer suggested
		expect(screen.queryByRole('button', { name: /Make an opportunity: Waiting/ })).toBeNull();
		await session.flush();
		expect((await loadWorkshop(db, id))!.opportunities[0]!.touchpointIds).toEqual([
			waiting.id,
			call.id
		]);
	});

	it('with a long map each picker shows its first rows with the card, every row just after', async () => {
		const { session, user } = await setup();
		const [before] = session.workshop.plan.phases.map((p) => p.id);
		const many = Array.from({ length: 40 }, (_, i) =>
			session.add('touchpoints', { title: `Step ${i + 1}`, phaseId: before })
		);
		opportunities(session, [{ idea: 'Status page' }, { idea: 'Loan laptop' }]);
		const pickers = await screen.findAllByRole('group', { name: 'Touchpoints it addresses' });
		const boxes = (picker: HTMLElement) => within(picker).getAllByRole('checkbox');
		expect(pickers.map((p) => boxes(p).length)).toEqual([8, 8]);
		await vi.waitFor(() => expect(pickers.map((p) => boxes(p).length)).toEqual([40, 40]), {
			// A busy machine paints the rest over more idle moments.
			timeout: 5000
		});
		expect(boxes(pickers[1]!).map((b) => b.closest('label')!.textContent!.trim())).toEqual(
			many.map((_, i) => `${i + 1}. Step ${i + 1}`)
		);
		await user.click(within(pickers[1]!).getByRole('checkbox', { name: '40. Step 40' }));
		expect(session.data.opportunities[1]!.touchpointIds).toEqual([many[39]!.id]);
	});

	it('removes an opportunity with Undo, back in its place', async () => {
		const { session, user, db, id } = await setup();
		opportunities(session, [{ idea: 'A' }, { idea: 'B' }, { idea: 'C' }]);
		await user.click(await screen.findByRole('button', { name: 'Remove: B' }));
		expect(shownOrder()).toEqual(['A', 'C']);
		expect(screen.getByRole('button', { name: 'Remove: C' })).toHaveFocus();
		expect(screen.getByText('Deleted “B”')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(shownOrder()).toEqual(['A', 'B', 'C']);
		expect(session.data.opportunities.map((o) => [o.idea, o.order])).toEqual([
			['A', 0],
			['B', 1],
			['C', 2]
		]);
		await session.flush();
		expect((await loadWorkshop(db, id))!.opportunities.map((o) => o.idea).sort()).toEqual([
			'A',
			'B',
			'C'
		]);
	});

	it('"Add opportunity" adds an empty one with its problem field focused', async () => {
		const { session, user } = await setup();
		expect(screen.getByText(/No opportunities yet/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Add opportunity/ }));
		expect(session.data.opportunities).toHaveLength(1);
		expect(screen.getByLabelText('Problem')).toHaveFocus();
		expect(screen.getByRole('group', { name: 'Votes for Opportunity 1' })).toBeInTheDocument();
	});

	it('"Add opportunity" after others focuses the new card, and Undo focuses the restored one', async () => {
		const { session, user } = await setup();
		opportunities(session, [{ problem: 'A' }]);
		await user.click(await screen.findByRole('button', { name: /Add opportunity/ }));
		const problems = screen.getAllByLabelText('Problem');
		expect(problems).toHaveLength(2);
		expect(problems[1]).toHaveFocus();
		await user.keyboard('B');
		expect(session.data.opportunities.map((o) => o.problem)).toEqual(['A', 'B']);
		await user.click(screen.getByRole('button', { name: 'Remove: B' }));
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(screen.getAllByLabelText('Problem')[1]).toHaveFocus();
	});

	it('many opportunities: a screenful of cards at once; the keyboard reaches the ones not built yet', async () => {
		// No frame is painted, so only the first cards are built.
		vi.stubGlobal('requestAnimationFrame', () => 0);
		try {
			const { session, user } = await setup();
			const ideas = ['A', 'B', 'C', 'D', 'E', 'F'];
			opportunities(
				session,
				ideas.map((idea) => ({ idea }))
			);
			// jsdom's window is 768 px high: three cards of about 20rem.
			await vi.waitFor(() => expect(shownOrder()).toEqual(['A', 'B', 'C']));
			await user.click(screen.getByRole('button', { name: /Add opportunity/ }));
			expect(screen.getAllByLabelText('Problem')).toHaveLength(7);
			expect(screen.getAllByLabelText('Problem')[6]).toHaveFocus();
			expect(shownOrder()).toEqual([...ideas, 'Opportunity 7']);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
