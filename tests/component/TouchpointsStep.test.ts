import { fireEvent, screen, within } from '@testing-library/svelte';
import { HOLD_MS } from '$lib/components/steps/touchpoints/pointer-drag';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import TouchpointsStep from '$lib/components/steps/TouchpointsStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import { newRow } from '$lib/domain/factories';
import type { Touchpoint } from '$lib/domain/types';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(TouchpointsStep, 'Laptop');
	cleanup = s.cleanup;
	const [before, during, after] = s.session.workshop.plan.phases.map((p) => p.id);
	return {
		...s,
		user: userEvent.setup(),
		phase: { before: before!, during: during!, after: after! }
	};
}

/** Touchpoints put straight into the session, as if typed earlier. */
async function seed(session: WorkshopSession, rows: Partial<Touchpoint>[]) {
	for (const row of rows) session.add('touchpoints', row);
	await tick();
}

const column = (name: string) => screen.getByRole('region', { name });

/** A button's accessible name, as testing-library computes it for role queries. */
function nameOf(button: HTMLElement): string {
	let name = '';
	within(button.parentElement!).getByRole('button', {
		name: (n, el) => el === button && ((name = n), true)
	});
	return name;
}

/** A card's name up to its first pause: its title ("Gap: …" for a gap), then what else it shows. */
const titleIn = (name: string) => name.split(/\s*,\s/)[0];

/** The cards of a column (the first `count` of them), by their titles, top to bottom. */
const cards = (name: string, count = Infinity) =>
	[...column(name).querySelectorAll<HTMLElement>('li[data-tp] button')]
		.slice(0, count)
		.map((b) => titleIn(nameOf(b)));

/** The card named `name` up to its first pause. Only the cards showing that title are named:
 *  naming all of 300 cards is slow. */
const card = (name: string) => {
	const shown = (b: HTMLElement) => b.querySelector('.title')!.textContent!.replace(/,$/, '');
	const found = [...document.querySelectorAll<HTMLElement>('li[data-tp] button')].filter(
		(b) => name.endsWith(shown(b)) && titleIn(nameOf(b)) === name
	);
	expect(found).toHaveLength(1);
	return found[0]!;
};

/** Titles per phase, as the timeline reads the session. */
function byPhase(session: WorkshopSession) {
	return session.workshop.plan.phases.map((p) =>
		session.data.touchpoints
			.filter((t) => t.phaseId === p.id)
			.sort((a, b) => a.order - b.order)
			.map((t) => t.title)
	);
}

const orders = (session: WorkshopSession) => session.data.touchpoints.map((t) => t.order);
const announced = () => document.querySelector('[aria-live="polite"].visually-hidden')?.textContent;

describe('TouchpointsStep', () => {
	it('shows one column per phase with its cards in order', async () => {
		const { session, phase } = await setup();
		await seed(session, [
			{ title: 'Intranet page', phaseId: phase.before },
			{ title: 'Laptop delivered', phaseId: phase.during },
			{ title: 'Request form', phaseId: phase.before }
		]);
		expect(cards('Before')).toEqual(['Intranet page', 'Request form']);
		expect(cards('During')).toEqual(['Laptop delivered']);
		expect(cards('After')).toEqual([]);
		expect(within(column('After')).getByText('Nothing here yet.')).toBeInTheDocument();
		expect(screen.getByText('Touchpoints: 3')).toBeInTheDocument();
	});

	it('adds a card in a column; Enter adds the next in the same column; Enter on empty ends', async () => {
		const { user, session, phase } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to During' }));
		expect(screen.getByLabelText('Touchpoint')).toHaveFocus();
		await user.keyboard('Request form{Enter}');
		expect(screen.getByLabelText('Touchpoint')).toHaveFocus();
		await user.keyboard('Approval{Enter}');
		await user.keyboard('{Enter}');
		expect(byPhase(session)).toEqual([[], ['Request form', 'Approval'], []]);
		expect(session.data.touchpoints.every((t) => t.phaseId === phase.during)).toBe(true);
		expect(cards('During')).toEqual(['Request form', 'Approval']);
		expect(screen.getByRole('button', { name: 'Add touchpoint to During' })).toHaveFocus();
	});

	it('Enter after a card typed in the middle of a column puts the next one right after it', async () => {
		const { user, session, phase } = await setup();
		await seed(session, [{ title: 'Last', phaseId: phase.before }]);
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to Before' }));
		await user.keyboard('First');
		// Move the card being typed to the top, then carry on dictating.
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(screen.getByLabelText('Touchpoint')).toHaveFocus();
		await user.keyboard('{Enter}Second{Escape}');
		expect(byPhase(session)[0]).toEqual(['First', 'Second', 'Last']);
		expect([...orders(session)].sort()).toEqual([0, 1, 2]);
		expect(card('Second')).toHaveFocus();
	});

	it('edits every field in the editor, and it is saved', async () => {
		const { user, session, db, id, phase } = await setup();
		session.add('stakeholders', { name: 'Åsa Øberg', team: 'Service desk' });
		await seed(session, [{ title: 'Form', phaseId: phase.before }]);
		await user.click(card('Form'));
		const dialog = screen.getByRole('dialog', { name: 'Touchpoint' });
		const title = within(dialog).getByLabelText('Touchpoint');
		expect(title).toHaveFocus();
		await user.clear(title);
		await user.type(title, 'Request form in the portal');
		await user.selectOptions(within(dialog).getByLabelText('Channel'), 'Portal');
		await user.type(within(dialog).getByLabelText('What the customer does'), 'Fills it in');
		await user.selectOptions(within(dialog).getByLabelText('Responsible'), 'Åsa Øberg');
		await user.selectOptions(within(dialog).getByLabelText(/customer \(1–5\)/), '5');
		await user.selectOptions(within(dialog).getByLabelText(/business \(1–5\)/), '2');
		await user.selectOptions(within(dialog).getByLabelText('Phase'), 'After');
		await user.click(within(dialog).getByRole('button', { name: 'Done' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(card('Request form in the portal')).toHaveFocus();
		expect(cards('After')).toEqual(['Request form in the portal']);
		const text = column('After').textContent!;
		expect(text).toContain('Portal');
		expect(text).toContain('Åsa Øberg');
		expect(text).toContain('Customer 5');
		expect(text).toContain('Business 2');

		await session.flush();
		const saved = (await loadWorkshop(db, id))!.touchpoints[0]!;
		expect(saved).toMatchObject({
			title: 'Request form in the portal',
			channel: 'portal',
			customerAction: 'Fills it in',
			ownerId: session.data.stakeholders[0]!.id,
			importanceCustomer: 5,
			importanceBusiness: 2,
			phaseId: phase.after,
			order: 0
		});
	});

	it('a card left empty goes when another one is started', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to Before' }));
		await user.click(screen.getByRole('button', { name: 'Add gap to After' }));
		await user.keyboard('No news');
		expect(session.data.touchpoints.map((t) => [t.kind, t.title, t.order])).toEqual([
			['gap', 'No news', 0]
		]);
	});

	it('an empty card left open is never stored: not by the closing flush, nor after typing and erasing', async () => {
		const { user, session, db, id, phase } = await setup();
		await seed(session, [{ title: 'Advert', phaseId: phase.before }]);
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to During' }));
		await user.keyboard('Req');
		await session.flush();
		expect((await loadWorkshop(db, id))!.touchpoints.map((t) => t.title)).toEqual([
			'Advert',
			'Req'
		]);
		// Erased again and the tab closes with the card still open.
		await user.keyboard('{Backspace}{Backspace}{Backspace}');
		expect(screen.getByLabelText('Touchpoint')).toHaveFocus();
		await session.autosave.flush(true);
		expect((await loadWorkshop(db, id))!.touchpoints.map((t) => t.title)).toEqual(['Advert']);
	});

	it('an empty card left open goes when the room moves to another step, and is never saved', async () => {
		const { user, session, db, id, phase } = await setup();
		await seed(session, [{ title: 'Advert', phaseId: phase.before }]);
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to Before' }));
		expect(session.data.touchpoints).toHaveLength(2);
		session.send({ type: 'nav.goto', step: 'emotions' });
		await tick();
		expect(session.data.touchpoints.map((t) => [t.title, t.order])).toEqual([['Advert', 0]]);
		await session.flush();
		expect((await loadWorkshop(db, id))!.touchpoints.map((t) => t.title)).toEqual(['Advert']);
	});

	it('G on a card puts a gap right after it, where the silence is, and it is saved there', async () => {
		const { user, session, db, id, phase } = await setup();
		await seed(session, [
			{ title: 'Request form', phaseId: phase.during },
			{ title: 'Approval', phaseId: phase.during },
			{ title: 'Delivery', phaseId: phase.during }
		]);
		card('Request form').focus();
		await user.keyboard('g');
		expect(screen.getByLabelText('Gap: where is communication missing?')).toHaveFocus();
		await user.keyboard('No status for a week{Escape}');
		expect(cards('During')).toEqual([
			'Request form',
			'Gap: No status for a week',
			'Approval',
			'Delivery'
		]);
		expect(card('Gap: No status for a week')).toHaveFocus();
		// And from a card's editor, as a button.
		await user.click(card('Approval'));
		await user.click(screen.getByRole('button', { name: 'Add a gap after this card' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(screen.getByLabelText('Gap: where is communication missing?')).toHaveFocus();
		await user.keyboard('Waiting for the courier{Escape}');
		expect(cards('During')).toEqual([
			'Request form',
			'Gap: No status for a week',
			'Approval',
			'Gap: Waiting for the courier',
			'Delivery'
		]);
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.touchpoints.sort((a, b) => a.order - b.order);
		expect(saved.map((t) => [t.kind, t.title])).toEqual([
			['touchpoint', 'Request form'],
			['gap', 'No status for a week'],
			['touchpoint', 'Approval'],
			['gap', 'Waiting for the courier'],
			['touchpoint', 'Delivery']
		]);
	});

	it('draws a gap as a gap: its own name, the word and a gap style', async () => {
		const { user, session } = await setup();
		await user.click(screen.getByRole('button', { name: 'Add gap to During' }));
		expect(screen.getByLabelText('Gap: where is communication missing?')).toHaveFocus();
		await user.keyboard('No news{Escape}');
		expect(session.data.touchpoints.map((t) => [t.kind, t.title])).toEqual([['gap', 'No news']]);
		const gap = card('Gap: No news');
		expect(gap).toHaveFocus();
		expect(within(gap).getByText('Gap')).toBeInTheDocument();
		expect(gap.closest('li')).toHaveClass('gap');
		// Enter on a card opens it.
		await user.keyboard('{Enter}');
		expect(screen.getByRole('dialog', { name: 'Gap' })).toBeInTheDocument();
		expect(screen.getByLabelText('A gap: communication is missing here')).toBeChecked();
	});

	it('Alt+→ moves a card to the next phase at the same position, and the keyboard stays on it', async () => {
		const { user, session, phase } = await setup();
		await seed(session, [
			{ title: 'A', phaseId: phase.before },
			{ title: 'B', phaseId: phase.before },
			{ title: 'C', phaseId: phase.during }
		]);
		card('B').focus();
		await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
		expect(cards('Before')).toEqual(['A']);
		expect(cards('During')).toEqual(['C', 'B']);
		expect(card('B')).toHaveFocus();
		expect(announced()).toBe('“B” moved to During, position 2 of 2');
		await user.keyboard('{Alt>}{ArrowLeft}{/Alt}{Alt>}{ArrowLeft}{/Alt}');
		expect(cards('Before')).toEqual(['A', 'B']);
		expect(card('B')).toHaveFocus();
		expect(announced()).toBe('“B” moved to Before, position 2 of 2');
		expect([...orders(session)].sort()).toEqual([0, 1, 2]);
	});

	it('Alt+↓ and Alt+↑ reorder within the phase, on screen and on disk', async () => {
		const { user, session, phase, db, id } = await setup();
		await seed(
			session,
			['A', 'B', 'C'].map((title) => ({ title, phaseId: phase.before }))
		);
		card('A').focus();
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(cards('Before')).toEqual(['B', 'A', 'C']);
		expect(card('A')).toHaveFocus();
		expect(announced()).toBe('“A” moved to Before, position 2 of 3');
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}{Alt>}{ArrowDown}{/Alt}');
		expect(cards('Before')).toEqual(['B', 'C', 'A']);
		await session.flush();
		const loaded = await loadWorkshop(db, id);
		expect(loaded!.touchpoints.map((t) => [t.title, t.order])).toEqual([
			['B', 0],
			['C', 1],
			['A', 2]
		]);
	});

	it('duplicates a card right after the original', async () => {
		const { user, session, phase } = await setup();
		await seed(session, [
			{ title: 'A', phaseId: phase.before, channel: 'email' },
			{ title: 'B', phaseId: phase.before }
		]);
		await user.click(card('A'));
		await user.click(screen.getByRole('button', { name: 'Duplicate' }));
		expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
		expect(cards('Before')).toEqual(['A', 'A', 'B']);
		const copy = session.data.touchpoints.find((t) => t.order === 1)!;
		expect(copy).toMatchObject({ title: 'A', channel: 'email', phaseId: phase.before });
		expect(column('Before').querySelectorAll('li[data-tp] button')[1]).toHaveFocus();
		expect(orders(session)).toEqual([0, 1, 2]);
	});

	it('deletes with Undo, from the editor and with the Delete key', async () => {
		const { user, session, phase } = await setup();
		await seed(
			session,
			['A', 'B', 'C'].map((title) => ({ title, phaseId: phase.before }))
		);
		await user.click(card('B'));
		await user.click(screen.getByRole('button', { name: 'Delete' }));
		expect(cards('Before')).toEqual(['A', 'C']);
		expect(card('C')).toHaveFocus();
		expect(screen.getByText('Deleted “B”')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(cards('Before')).toEqual(['A', 'B', 'C']);
		expect(orders(session)).toEqual([0, 1, 2]);

		card('C').focus();
		await user.keyboard('{Delete}');
		expect(cards('Before')).toEqual(['A', 'B']);
		expect(card('B')).toHaveFocus();
	});

	it('filters by channel, owner and phase, with a count and a way back', async () => {
		const { user, session, phase } = await setup();
		const asa = session.add('stakeholders', { name: 'Åsa' });
		await seed(session, [
			{ title: 'Form', phaseId: phase.before, channel: 'portal', ownerId: asa.id },
			{ title: 'Receipt', phaseId: phase.before, channel: 'email' },
			{ title: 'Status', phaseId: phase.during, channel: 'email', ownerId: asa.id },
			{ title: 'Call', phaseId: phase.during, channel: 'phone' }
		]);
		await user.selectOptions(screen.getByLabelText('Show channel'), 'E-mail');
		expect(cards('Before')).toEqual(['Receipt']);
		expect(cards('During')).toEqual(['Status']);
		expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();

		await user.selectOptions(screen.getByLabelText('Show responsible'), 'Åsa');
		expect(cards('Before')).toEqual([]);
		expect(within(column('Before')).getByText('Hidden by the filters.')).toBeInTheDocument();
		expect(screen.getByText('Showing 1 of 4')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Clear filters' }));
		expect(screen.getByText('Touchpoints: 4')).toBeInTheDocument();
		await user.selectOptions(screen.getByLabelText('Show responsible'), 'No one yet');
		expect(cards('Before')).toEqual(['Receipt']);
		expect(cards('During')).toEqual(['Call']);

		await user.click(screen.getByRole('button', { name: 'Clear filters' }));
		await user.selectOptions(screen.getByLabelText('Show phase'), 'During');
		expect(screen.queryByRole('region', { name: 'Before' })).not.toBeInTheDocument();
		expect(cards('During')).toEqual(['Status', 'Call']);
		expect(screen.getByText('Showing 2 of 4')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Clear filters' })).toBeEnabled();
	});

	it('moves by keyboard correctly while filtered: past the next shown card, hidden ones stay', async () => {
		const { user, session, phase } = await setup();
		await seed(session, [
			{ title: 'A', phaseId: phase.before, channel: 'email' },
			{ title: 'B', phaseId: phase.before, channel: 'phone' },
			{ title: 'C', phaseId: phase.before, channel: 'email' }
		]);
		await user.selectOptions(screen.getByLabelText('Show channel'), 'E-mail');
		card('A').focus();
		await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
		expect(byPhase(session)[0]).toEqual(['B', 'C', 'A']);
		expect(cards('Before')).toEqual(['C', 'A']);
		expect(card('A')).toHaveFocus();
		expect(announced()).toBe('“A” moved to Before, position 2 of 2');
		// With one phase shown, the view follows the card to the next phase.
		await user.selectOptions(screen.getByLabelText('Show phase'), 'Before');
		card('A').focus();
		await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
		expect(cards('During')).toEqual(['A']);
		expect(card('A')).toHaveFocus();
		expect(byPhase(session)).toEqual([['B', 'C'], ['A'], []]);
	});

	it('a new card while filtered is one of the filtered, so it stays in view', async () => {
		const { user, session } = await setup();
		await user.selectOptions(screen.getByLabelText('Show channel'), 'Phone');
		await user.click(screen.getByRole('button', { name: 'Add touchpoint to Before' }));
		await user.keyboard('Call the desk{Escape}');
		expect(session.data.touchpoints[0]).toMatchObject({ title: 'Call the desk', channel: 'phone' });
		expect(cards('Before')).toEqual(['Call the desk']);
	});

	it('links a quote from an interview as evidence, and it is saved', async () => {
		const { user, session, db, id, phase } = await setup();
		const interview = session.add('interviews', {
			label: 'Interview 1 – new hire',
			quotes: 'Nobody told me anything\nThe laptop itself was great'
		});
		session.add('interviews', { label: 'No quotes here' });
		await seed(session, [{ title: 'Waiting', phaseId: phase.during, kind: 'gap' }]);
		await user.click(card('Gap: Waiting'));
		const group = screen.getByRole('group', { name: 'Interview 1 – new hire' });
		expect(screen.queryByRole('group', { name: 'No quotes here' })).not.toBeInTheDocument();
		await user.click(within(group).getByLabelText('Nobody told me anything'));
		expect(within(group).getByLabelText('Nobody told me anything')).toBeChecked();
		await user.click(screen.getByRole('button', { name: 'Done' }));
		expect(column('During').textContent).toContain('Linked quotes:');
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.touchpoints[0]!;
		expect(saved.evidence).toEqual([
			{ interviewId: interview.id, quote: 'Nobody told me anything' }
		]);
	});

	describe('moving a card by pointer (mouse, pen or finger)', () => {
		// jsdom lays nothing out: the point under the pointer is the column the test names, and
		// every card's box is empty, so a drop lands at the end of that column.
		let under: Element | null = null;
		beforeEach(() => {
			document.elementFromPoint = () => under;
		});
		afterEach(() => {
			vi.useRealTimers();
			under = null;
		});
		const pointer = (type: string, target: Element, x: number, pointerType = 'mouse') =>
			fireEvent(
				target,
				new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType, clientX: x, clientY: 5 })
			);

		async function twoCards() {
			const { session, phase } = await setup();
			await seed(session, [
				{ title: 'A', phaseId: phase.before },
				{ title: 'B', phaseId: phase.after }
			]);
			under = column('After');
			return card('A');
		}

		it('a mouse drags a card into another phase; the click after letting go opens nothing', async () => {
			const a = await twoCards();
			await pointer('pointerdown', a, 10);
			await pointer('pointermove', a, 40);
			await pointer('pointerup', a, 40);
			await fireEvent.click(a);
			expect(cards('Before')).toEqual([]);
			expect(cards('After')).toEqual(['B', 'A']);
			expect(announced()).toBe('“A” moved to After, position 2 of 2');
			expect(screen.queryByRole('button', { name: 'Done' })).not.toBeInTheDocument();
		});

		it('a finger that holds the card moves it; one that swipes at once scrolls, moving nothing', async () => {
			const a = await twoCards();
			vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
			await pointer('pointerdown', a, 10, 'touch');
			await pointer('pointermove', a, 60, 'touch');
			await pointer('pointerup', a, 60, 'touch');
			expect(cards('Before')).toEqual(['A']);

			await pointer('pointerdown', card('A'), 10, 'touch');
			vi.advanceTimersByTime(HOLD_MS);
			await pointer('pointermove', card('A'), 60, 'touch');
			await pointer('pointerup', card('A'), 60, 'touch');
			expect(cards('After')).toEqual(['B', 'A']);
		});

		it('Escape, or letting go outside every column, moves nothing', async () => {
			const a = await twoCards();
			await pointer('pointerdown', a, 10);
			await pointer('pointermove', a, 40);
			await fireEvent.keyDown(window, { key: 'Escape' });
			await pointer('pointerup', a, 40);
			under = document.body;
			await pointer('pointerdown', a, 10);
			await pointer('pointermove', a, 40);
			await pointer('pointerup', a, 40);
			expect(cards('Before')).toEqual(['A']);
			expect(cards('After')).toEqual(['B']);
		});
	});

	it('shows all of 300 touchpoints and moves one of them (bench/big-map.js times it)', async () => {
		const { user, session, phase } = await setup();
		const ids = [phase.before, phase.during, phase.after];
		// Straight into the list: this is about the board, not about saving 300 rows.
		session.data.touchpoints.push(
			...Array.from({ length: 300 }, (_, order) => ({
				...newRow.touchpoints({ workshopId: session.workshop.id, order }),
				title: `T${order}`,
				phaseId: ids[order % 3]!
			}))
		);
		await tick();
		// A boxful per column at once (jsdom's window is 768 px high: 9 cards), all just after.
		expect(document.querySelectorAll('li[data-tp]')).toHaveLength(27);
		await vi.waitFor(() => expect(document.querySelectorAll('li[data-tp]')).toHaveLength(300), {
			timeout: 5000
		});
		card('T3').focus();
		await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
		expect(card('T3')).toHaveFocus();
		expect(cards('During', 3)).toEqual(['T1', 'T3', 'T4']);
	});

	it('a long phase shows a boxful of cards at once; a card added at its end has the keyboard', async () => {
		// No frame is painted: only the first boxful of each column is built.
		vi.stubGlobal('requestAnimationFrame', () => 0);
		try {
			const { user, session, phase } = await setup();
			await seed(
				session,
				Array.from({ length: 20 }, (_, i) => ({ title: `T${i}`, phaseId: phase.before }))
			);
			// jsdom's window is 768 px high: 9 cards of about 5.5rem fill a column's box.
			expect(cards('Before')).toEqual(Array.from({ length: 9 }, (_, i) => `T${i}`));
			await user.click(screen.getByRole('button', { name: 'Add touchpoint to Before' }));
			expect(screen.getByLabelText('Touchpoint')).toHaveFocus();
			expect(cards('Before')).toEqual(Array.from({ length: 20 }, (_, i) => `T${i}`));
			await user.keyboard('Last one{Enter}{Enter}');
			expect(cards('Before').at(-1)).toBe('Last one');
			expect(byPhase(session)[0]).toHaveLength(21);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
