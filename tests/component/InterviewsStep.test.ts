// Step 5, today's experience: interviews typed in by the room and the live summary on the wall.
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import InterviewsStep from '$lib/components/steps/InterviewsStep.svelte';
import { loadWorkshop } from '$lib/db/workshops';
import type { Interview } from '$lib/domain/types';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { setupStep } from './helpers';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(InterviewsStep, 'Laptop');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

const LABEL = 'Label (no real names needed)';
const NPS = 'How likely to recommend (0–10)';
const summary = () => screen.getByRole('region', { name: 'What we heard' });

async function addInterviews(session: WorkshopSession, rows: Partial<Interview>[]) {
	for (const row of rows) session.add('interviews', row);
	await tick();
}

describe('an interview (step 5)', () => {
	it('add: focus lands in the new interview; who, expectations and met are kept', async () => {
		const { user, session, db, id } = await setup();
		await user.click(screen.getByRole('button', { name: '+ Add interview' }));
		const label = screen.getByLabelText(LABEL);
		expect(label).toHaveFocus();
		expect(label).toHaveAccessibleDescription('Keep it anonymous, e.g. “Interview 1 – new hire”.');
		await user.keyboard('Interview 1');
		await user.type(screen.getByLabelText('Role'), 'New hire');
		await user.type(screen.getByLabelText('What they expected'), 'Laptop ready on day one');
		const met = screen.getByRole('group', { name: 'Were expectations met?' });
		await user.click(within(met).getByRole('radio', { name: 'Partly' }));
		expect(within(met).getByRole('radio', { name: 'Partly' })).toBeChecked();

		const [row] = session.data.interviews;
		expect(row).toMatchObject({
			label: 'Interview 1',
			role: 'New hire',
			expectations: 'Laptop ready on day one',
			met: 'partly'
		});
		expect(screen.getByText('Interview 1 · New hire')).toBeInTheDocument();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.interviews[0]!;
		expect(saved).toMatchObject({ label: 'Interview 1', role: 'New hire', met: 'partly' });
	});

	it('has one notes field per phase of the plan, and follows a renamed phase', async () => {
		const { user, session } = await setup();
		await addInterviews(session, [{ label: 'A' }]);
		for (const phase of ['Before', 'During', 'After'])
			expect(screen.getByLabelText(`Notes: ${phase}`)).toBeInTheDocument();
		await user.type(screen.getByLabelText('Notes: During'), 'Waited two weeks');
		const during = session.workshop.plan.phases[1]!;
		expect(session.data.interviews[0]!.notes[during.id]).toBe('Waited two weeks');

		session.edit((w) => (w.plan.phases[1]!.name = 'Waiting'));
		await tick();
		expect(screen.queryByLabelText('Notes: During')).not.toBeInTheDocument();
		expect(screen.getByLabelText('Notes: Waiting')).toHaveValue('Waited two weeks');

		session.edit((w) => w.plan.phases.push({ id: 'aftercare', name: 'Aftercare' }));
		await tick();
		await user.type(screen.getByLabelText('Notes: Aftercare'), 'No follow-up');
		expect(session.data.interviews[0]!.notes).toEqual({
			[during.id]: 'Waited two weeks',
			aftercare: 'No follow-up'
		});
	});

	it('notes remember their phase: renamed, it says the old name; removed, they stay, named', async () => {
		const { user, session, db, id } = await setup();
		await addInterviews(session, [{ label: 'A' }]);
		const [before, during] = session.workshop.plan.phases;
		await user.type(screen.getByLabelText('Notes: Before'), 'Asked a colleague');
		await user.type(screen.getByLabelText('Notes: During'), 'Waited two weeks');

		// Step 6 defines the real journey: "Before" becomes "Need", "During" goes.
		session.edit((w) => {
			w.plan.phases[0]!.name = 'Need';
			w.plan.phases.splice(1, 1);
			w.plan.phases.push({ id: 'delivery', name: 'Delivery' });
		});
		await tick();
		const need = screen.getByLabelText('Notes: Need');
		expect(need).toHaveValue('Asked a colleague');
		expect(need).toHaveAccessibleDescription(
			'Written under “Before”, as the phase was called then.'
		);
		expect(screen.getByLabelText('Notes: Delivery')).toHaveValue('');
		const removed = screen.getByLabelText('Notes for a removed phase: “During”');
		expect(removed).toHaveValue('Waited two weeks');
		// The fields read in the plan's order, the removed phase's last.
		const labels = screen
			.getAllByRole('textbox')
			.map((el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent?.trim() ?? '')
			.filter((l) => /^Notes/.test(l));
		expect(labels).toEqual([
			'Notes: Need',
			'Notes: After',
			'Notes: Delivery',
			'Notes for a removed phase: “During”'
		]);

		// Written again under the new name, the note is about "Need" now.
		await user.type(need, '.');
		expect(need).not.toHaveAccessibleDescription();
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.interviews[0]!;
		expect(saved.notes).toEqual({
			[before!.id]: 'Asked a colleague.',
			[during!.id]: 'Waited two weeks'
		});
		expect(saved.notePhases).toEqual({ [before!.id]: 'Need', [during!.id]: 'During' });
	});

	it('quotes and pain points, one a line, are saved', async () => {
		const { user, session, db, id } = await setup();
		await addInterviews(session, [{ label: 'A' }]);
		await user.type(screen.getByLabelText('Quotes (one a line)'), 'Nobody told me{Enter}Finally!');
		await user.type(
			screen.getByLabelText('Pain points (one a line)'),
			'No status{Enter}VPN failed'
		);
		await session.flush();
		const saved = (await loadWorkshop(db, id))!.interviews[0]!;
		expect(saved.quotes).toBe('Nobody told me\nFinally!');
		expect(saved.painPoints).toBe('No status\nVPN failed');
	});

	it('NPS: a whole number 0–10 is saved; 11 or 7.5 says what to do and saves nothing', async () => {
		const { user, session, db, id } = await setup();
		await addInterviews(session, [{ label: 'A' }]);
		const nps = screen.getByLabelText(NPS);
		await user.type(nps, '8');
		expect(session.data.interviews[0]!.nps).toBe(8);
		expect(nps).toHaveAttribute('aria-invalid', 'false');

		await user.tripleClick(nps);
		await user.paste('11');
		expect(nps).toHaveValue('11');
		expect(nps).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByRole('alert')).toHaveTextContent(
			'The score goes from 0 to 10. Enter a whole number from 0 to 10, or leave it empty. The saved score is still 8.'
		);
		expect(session.data.interviews[0]!.nps).toBe(8);

		await user.tripleClick(nps);
		await user.paste('7.5');
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Use a whole number from 0 to 10, without decimals.'
		);
		expect(session.data.interviews[0]!.nps).toBe(8);
		await session.flush();
		expect((await loadWorkshop(db, id))!.interviews[0]!.nps).toBe(8);

		await user.clear(nps);
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		expect(session.data.interviews[0]!.nps).toBeNull();
	});

	it('delete asks nothing and offers Undo, which puts the interview back', async () => {
		const { user, session } = await setup();
		await addInterviews(session, [{ label: 'Interview 1', painPoints: 'No status' }]);
		await user.click(screen.getByRole('button', { name: 'Remove: Interview 1' }));
		expect(session.data.interviews).toHaveLength(0);
		expect(screen.queryByLabelText(LABEL)).not.toBeInTheDocument();
		expect(screen.getByText('Deleted “Interview 1”')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(session.data.interviews).toHaveLength(1);
		expect(screen.getByLabelText(LABEL)).toHaveValue('Interview 1');
		expect(summary()).toHaveTextContent('No status');
	});

	it('links to the printable interview guide of this workshop', async () => {
		const { id } = await setup();
		expect(screen.getByRole('link', { name: 'Interview guide (print)' })).toHaveAttribute(
			'href',
			`/w/${id}/guide`
		);
	});
});

describe('the summary (step 5)', () => {
	it('shows nothing to count before the first interview', async () => {
		await setup();
		const s = summary();
		expect(within(s).getAllByText('—')).toHaveLength(2);
		expect(s).not.toHaveTextContent('Pain points heard most often');
	});

	it('counts three interviews: NPS 10, 8, 3 is 0 with 1/1/1; yes/partly/no is 50 %', async () => {
		const { user, session } = await setup();
		await addInterviews(session, [
			{ label: 'A', met: 'yes', nps: 10 },
			{ label: 'B', met: 'partly', nps: 8 },
			{ label: 'C', met: 'no' }
		]);
		expect(summary()).toHaveTextContent('NPS 50');
		// The third answer is typed in the room, and the summary follows at once.
		await user.type(screen.getAllByLabelText(NPS)[2]!, '3');
		const s = summary();
		expect(within(s).getByText('Interviews').nextElementSibling).toHaveTextContent('3');
		expect(s).toHaveTextContent('Expectations met 50%');
		expect(s).toHaveTextContent('Yes: 1 · partly: 1 · no: 1');
		expect(s).toHaveTextContent('Partly counts as half.');
		expect(s).toHaveTextContent('NPS 0');
		expect(s).toHaveTextContent('Answers: 3 · Promoters: 1 · passives: 1 · detractors: 1');
		expect(s).toHaveTextContent('No NPS target set in step 3');
	});

	it('compares the NPS with the target from step 3', async () => {
		const { session } = await setup();
		await addInterviews(session, [{ nps: 10 }, { nps: 8 }, { nps: 3 }]);
		session.edit((w) => (w.experience.npsTarget = 30));
		await tick();
		expect(summary()).toHaveTextContent('Target: 30 · To go: 30');
		session.edit((w) => (w.experience.npsTarget = -10));
		await tick();
		expect(summary()).toHaveTextContent('Target: -10 · Target reached');
		expect(summary()).not.toHaveTextContent('To go');
	});

	it('lists the pain points heard most often, counted once per interview', async () => {
		const { session } = await setup();
		await addInterviews(session, [
			{ painPoints: 'VPN failed\nNo status update' },
			{ painPoints: 'no  STATUS update\nno status update' },
			{ painPoints: 'Forms too long\nNo status update' },
			{ painPoints: 'vpn failed' }
		]);
		const list = screen.getByRole('list', { name: 'Pain points heard most often' });
		const items = within(list).getAllByRole('listitem');
		expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'3× No status update',
			'2× VPN failed',
			'1× Forms too long'
		]);
	});
});
