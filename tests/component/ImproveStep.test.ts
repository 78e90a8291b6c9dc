// Step 10, keep improving: feedback, followed measures, the next review, actions and their export.
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import ImproveStep from '$lib/components/steps/ImproveStep.svelte';
import { downloadBlob } from '$lib/session/download';
import { loadWorkshop } from '$lib/db/workshops';
import { locale } from '$lib/i18n/locale.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupStep } from './helpers';

vi.mock('$lib/session/download', () => ({ downloadBlob: vi.fn() }));

let cleanup: (() => Promise<void>) | undefined;
beforeEach(() => {
	// Only the clock is fake: "today" is Monday 4 January 2027, at noon.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2027, 0, 4, 12, 0, 0));
	locale.set('en');
});
afterEach(async () => {
	vi.useRealTimers();
	vi.mocked(downloadBlob).mockReset();
	locale.set('en');
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(ImproveStep, 'Laptop, fast');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

/** Two touchpoints added out of timeline order, a stakeholder and two opportunities. */
function seed(session: WorkshopSession) {
	const [before, during] = session.workshop.plan.phases;
	session.add('touchpoints', { title: 'Pick-up at the desk', phaseId: during!.id });
	session.add('touchpoints', { title: 'Request form', phaseId: before!.id });
	const owner = session.add('stakeholders', { name: 'Søren Kierkegård' });
	const status = session.add('opportunities', {
		problem: 'No status while waiting',
		idea: 'Status e-mails, with the date',
		ownerId: owner.id
	});
	const packages = session.add('opportunities', {
		problem: 'Apps missing at first login',
		idea: 'Software packages by role'
	});
	session.add('opportunities', { problem: 'Only a problem, no idea yet' });
	return { owner, status, packages };
}

describe('feedback (step 10)', () => {
	it('add with the button and Enter, choose a touchpoint in timeline order, move, remove, undo — saved', async () => {
		const { user, session, db, id } = await setup();
		seed(session);
		await tick();
		await user.click(screen.getByRole('button', { name: '+ Add a way to get feedback' }));
		expect(screen.getByLabelText('Feedback 1')).toHaveFocus();
		await user.keyboard('NPS question after pick-up{Enter}');
		expect(screen.getByLabelText('Feedback 2')).toHaveFocus();
		await user.keyboard('Link in every status e-mail');

		const where = screen.getByLabelText('Touchpoint for feedback 1');
		expect(
			within(where)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['At no particular touchpoint', 'Request form', 'Pick-up at the desk']);
		await user.selectOptions(where, 'Pick-up at the desk');
		const pickup = session.data.touchpoints.find((tp) => tp.title === 'Pick-up at the desk')!;

		// Alt+↑ in the second row moves it up, and the keyboard stays in the moved field.
		await user.click(screen.getByLabelText('Feedback 2'));
		await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
		expect(session.workshop.improve.feedback.map((f) => f.what)).toEqual([
			'Link in every status e-mail',
			'NPS question after pick-up'
		]);
		expect(screen.getByLabelText('Feedback 1')).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Move up: NPS question after pick-up' }));
		expect(session.workshop.improve.feedback[0]!.what).toBe('NPS question after pick-up');

		await user.click(screen.getByRole('button', { name: 'Remove: NPS question after pick-up' }));
		expect(session.workshop.improve.feedback).toHaveLength(1);
		const toast = screen.getByText('Deleted “NPS question after pick-up”').closest('.toast')!;
		await user.click(within(toast as HTMLElement).getByRole('button', { name: 'Undo' }));
		expect(screen.getByLabelText('Feedback 1')).toHaveValue('NPS question after pick-up');
		expect(screen.getByLabelText('Touchpoint for feedback 1')).toHaveValue(pickup.id);

		await session.flush();
		const saved = (await loadWorkshop(db, id))!.workshop.improve.feedback;
		expect(saved.map(({ what, touchpointId }) => ({ what, touchpointId }))).toEqual([
			{ what: 'NPS question after pick-up', touchpointId: pickup.id },
			{ what: 'Link in every status e-mail', touchpointId: '' }
		]);
	});
});

describe('followed measures (step 10)', () => {
	it('name, value now and target; a target with no number gets a hint until it has one', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: '+ Add a measure' }));
		expect(screen.getByLabelText('Measure 1')).toHaveFocus();
		await user.keyboard('Chase calls per order');
		await user.type(screen.getByLabelText('Value now 1'), '1.4');
		const target = screen.getByLabelText('Target 1');
		await user.type(target, 'much lower');
		const hint =
			'Put a number in the target, e.g. “below 0.1” or “95 %”, so you can tell when you are there.';
		expect(target).toHaveAccessibleDescription(hint);
		await user.clear(target);
		await user.type(target, 'below 0.1{Enter}');
		expect(screen.queryByText(hint)).not.toBeInTheDocument();
		// Enter in the last row started the next one.
		expect(screen.getByLabelText('Measure 2')).toHaveFocus();
		await user.click(screen.getByRole('button', { name: 'Remove: Measure 2' }));

		await session.flush();
		const saved = (await loadWorkshop(db, id))!.workshop.improve.measures;
		expect(saved.map(({ name, current, target }) => ({ name, current, target }))).toEqual([
			{ name: 'Chase calls per order', current: '1.4', target: 'below 0.1' }
		]);
	});
});

describe('next review (step 10)', () => {
	it('shows the date written out and how far away; a past date gets a message', async () => {
		const { user, session, db, id } = await setup();
		const field = screen.getByLabelText('Next review of the map');
		const past =
			'This date has already passed. Pick a new one, e.g. three months from today, and put it in the calendar.';

		await fireEvent.input(field, { target: { value: '2026-12-01' } });
		expect(screen.getByRole('alert')).toHaveTextContent(past);
		expect(field).toHaveAccessibleDescription(past);
		expect(screen.getByText(/Tuesday,? 1 December 2026 — 5 weeks ago/)).toBeInTheDocument();

		await fireEvent.input(field, { target: { value: '2027-04-05' } });
		expect(screen.queryByText(past)).not.toBeInTheDocument();
		expect(screen.getByText(/Monday,? 5 April 2027 — in 13 weeks/)).toBeInTheDocument();
		await fireEvent.input(field, { target: { value: '2027-01-05' } });
		expect(screen.getByText(/— tomorrow$/)).toBeInTheDocument();

		// In the UI language.
		locale.set('da');
		await tick();
		await fireEvent.input(screen.getByLabelText('Næste gennemgang af kortet'), {
			target: { value: '2027-04-05' }
		});
		expect(screen.getByText('mandag den 5. april 2027 – om 13 uger')).toBeInTheDocument();

		await user.type(
			screen.getByLabelText('Hvad der udløser en tidligere gennemgang'),
			'Nyt værktøj'
		);
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.workshop.improve;
		expect(saved.reviewDate).toBe('2027-04-05');
		expect(saved.reviewTriggers).toBe('Nyt værktøj');
	});
});

describe('actions (step 10)', () => {
	it('one opportunity at a time, or all without one; owner and opportunity carried over', async () => {
		const { user, session, db, id } = await setup();
		const { owner, status, packages } = seed(session);
		await tick();
		const pending = () => screen.getByRole('list', { name: 'Opportunities without an action' });
		// Only opportunities with an idea are offered.
		expect(within(pending()).getAllByRole('listitem')).toHaveLength(2);

		await user.click(
			screen.getByRole('button', { name: 'Make an action: Status e-mails, with the date' })
		);
		expect(screen.getByLabelText('Action')).toHaveFocus();
		expect(screen.getByLabelText('Action')).toHaveValue('Status e-mails, with the date');
		expect(screen.getByLabelText('Owner')).toHaveValue(owner.id);
		const from = screen.getByLabelText('Comes from opportunity') as HTMLSelectElement;
		expect(from).toHaveValue(status.id);
		expect(from.selectedOptions[0]).toHaveTextContent('Status e-mails, with the date');
		expect(within(pending()).getAllByRole('listitem')).toHaveLength(1);

		await user.click(
			screen.getByRole('button', { name: 'Make actions from opportunities without one' })
		);
		expect(screen.queryByRole('list', { name: 'Opportunities without an action' })).toBeNull();
		expect(
			screen.getByRole('button', { name: 'Make actions from opportunities without one' })
		).toBeDisabled();
		expect(session.data.actions.map((a) => [a.title, a.opportunityId])).toEqual([
			['Status e-mails, with the date', status.id],
			['Software packages by role', packages.id]
		]);

		const second = screen.getAllByLabelText('Status')[1]!;
		await user.selectOptions(second, 'In progress');
		await fireEvent.input(screen.getAllByLabelText('Due date')[1]!, {
			target: { value: '2027-02-01' }
		});
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.actions;
		expect(saved[1]).toMatchObject({
			title: 'Software packages by role',
			opportunityId: packages.id,
			status: 'doing',
			due: '2027-02-01'
		});
	});

	it('an action due before today and not done is marked overdue in words', async () => {
		const { user, session } = await setup();
		session.add('actions', { title: 'Late one', due: '2027-01-03' });
		session.add('actions', { title: 'Due today', due: '2027-01-04' });
		const overdue = 'Overdue: the due date has passed and it is not done.';
		const rows = await screen.findAllByRole('listitem');
		const late = rows.find((li) => within(li).queryByDisplayValue('Late one'))!;
		expect(within(late).getByText(overdue)).toBeInTheDocument();
		expect(screen.getAllByText(overdue)).toHaveLength(1);
		expect(within(late).getByLabelText('Due date')).toHaveAccessibleDescription(overdue);

		await user.selectOptions(within(late).getByLabelText('Status'), 'Done');
		expect(screen.queryByText(overdue)).not.toBeInTheDocument();
	});

	it('removing an action offers Undo', async () => {
		const { user, session } = await setup();
		session.add('actions', { title: 'Book the review' });
		await user.click(await screen.findByRole('button', { name: 'Remove: Book the review' }));
		expect(session.data.actions).toHaveLength(0);
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(session.data.actions.map((a) => a.title)).toEqual(['Book the review']);
	});
});

describe('export (step 10)', () => {
	async function withActions() {
		const s = await setup();
		seed(s.session);
		await tick();
		await s.user.click(
			screen.getByRole('button', { name: 'Make actions from opportunities without one' })
		);
		s.session.update('actions', s.session.data.actions[0]!.id, { due: '2027-01-15' });
		s.session.update('actions', s.session.data.actions[1]!.id, { status: 'done' });
		await tick();
		return s;
	}

	it('says what to do when there are no actions yet', async () => {
		await setup();
		expect(
			screen.getByText('Add an action first, then take the list to the tools the teams use.')
		).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
	});

	it('downloads the actions as <journey>-actions.csv and .md', async () => {
		const { user } = await withActions();
		await user.click(screen.getByRole('button', { name: 'Download CSV' }));
		expect(downloadBlob).toHaveBeenCalledTimes(1);
		const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!;
		expect(name).toBe('Laptop,-fast-actions.csv');
		expect(blob.type).toBe('text/csv;charset=utf-8');
		expect(await blob.text()).toBe(
			[
				'Summary,Description,Assignee,Due date,Labels',
				'"Status e-mails, with the date","Problem: No status while waiting\nIdea: Status e-mails, with the date\nJourney: Laptop, fast",Søren Kierkegård,2027-01-15,to-do journey-map',
				'Software packages by role,"Problem: Apps missing at first login\nIdea: Software packages by role\nJourney: Laptop, fast",,,done journey-map',
				''
			].join('\r\n')
		);

		await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
		const [md, mdName] = vi.mocked(downloadBlob).mock.calls[1]!;
		expect(mdName).toBe('Laptop,-fast-actions.md');
		expect(await md.text()).toBe(
			'# Laptop, fast — Actions\n\n' +
				'- [ ] Status e-mails, with the date — Søren Kierkegård, due 2027-01-15\n' +
				'- [x] Software packages by role\n'
		);
	});

	it('copies to the clipboard and says so in a live region', async () => {
		const { user } = await withActions();
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
		expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^# Laptop, fast — Actions\n/));
		const copied = await screen.findByText('Copied. Paste it where the team works.');
		expect(copied).toHaveAttribute('aria-live', 'polite');

		await user.click(screen.getByRole('button', { name: 'Copy CSV' }));
		expect(writeText).toHaveBeenLastCalledWith(
			expect.stringMatching(/^Summary,Description,Assignee,Due date,Labels\r\n/)
		);
		expect(screen.queryByLabelText('Text to copy')).toBeNull();
	});

	it('when copying fails: a message in the UI language and the text selected to copy by hand', async () => {
		const { user } = await withActions();
		locale.set('sv');
		await tick();
		const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await user.click(screen.getByRole('button', { name: 'Kopiera Markdown' }));
		expect(
			await screen.findByText(/^Webbläsaren lät oss inte kopiera\. Texten är markerad/)
		).toHaveAttribute('aria-live', 'polite');
		const box = screen.getByLabelText('Text att kopiera') as HTMLTextAreaElement;
		expect(box).toHaveAttribute('readonly');
		expect(box.value).toBe(
			'# Laptop, fast — Åtgärder\n\n' +
				'- [ ] Status e-mails, with the date — Søren Kierkegård, klart senast 2027-01-15\n' +
				'- [x] Software packages by role\n'
		);
		expect(box).toHaveFocus();
		expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);

		// A copy that works again takes the box away.
		writeText.mockResolvedValue(undefined);
		await user.click(screen.getByRole('button', { name: 'Kopiera CSV' }));
		expect(await screen.findByText('Kopierat. Klistra in det där teamet arbetar.')).toBeVisible();
		expect(screen.queryByLabelText('Text att kopiera')).toBeNull();
	});
});
