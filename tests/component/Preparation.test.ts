// The team lead's preparation view outside the agenda: when and where, who is invited, the
// invitation to copy, what can be prepared in advance, the checklist and the hand-over file.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import Preparation from '$lib/components/prepare/Preparation.svelte';
import { downloadBlob } from '$lib/session/download';
import type { WorkshopData } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';
import { setupSession } from './helpers';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));
vi.mock('$lib/session/download', () => ({ downloadBlob: vi.fn() }));

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	locale.set('en');
	vi.mocked(goto).mockReset();
	vi.mocked(downloadBlob).mockReset();
	await cleanup?.();
	cleanup = undefined;
});

async function setup(fill: (data: WorkshopData) => void = () => {}) {
	const { session, saved, id, cleanup: close } = await setupSession('Laptop order', fill);
	render(Preparation, { props: { session } });
	cleanup = close;
	return { session, saved, id, user: userEvent.setup() };
}

function withPeople(data: WorkshopData) {
	const row = (order: number, name: string, team: string, attends: boolean) => ({
		id: `s${order}`,
		workshopId: data.workshop.id,
		order,
		name,
		team,
		role: '',
		stage: 'front' as const,
		attends
	});
	data.stakeholders = [
		row(0, 'Søren Kierkegård', 'Service desk', true),
		row(1, 'Åsa Lindström', 'Purchasing', false),
		row(2, 'Mette Ørsted', 'Finance', true)
	];
}

const invitation = () => screen.getByLabelText('Invitation text') as HTMLTextAreaElement;

describe('the preparation view', () => {
	it('has a header with the journey, the way back and the way into the workshop', async () => {
		const { id } = await setup();
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Prepare the workshop');
		expect(screen.getByText('Journey: Laptop order')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: '← All workshops' })).toHaveAttribute('href', '/');
		expect(screen.getByRole('link', { name: /Open the workshop/ })).toHaveAttribute(
			'href',
			`/w/${id}`
		);
	});

	it('date, place and facilitator are stored; date and facilitator are step 1’s fields', async () => {
		const { user, saved } = await setup();
		await user.type(screen.getByLabelText('Workshop date'), '2025-03-14');
		await user.type(screen.getByLabelText('Place'), 'Mødelokale Åbo, 2nd floor');
		await user.type(screen.getByLabelText('Facilitator'), 'Søs Ågren');
		const { workshop } = await saved();
		expect(workshop.date).toBe('2025-03-14');
		expect(workshop.preparation.place).toBe('Mødelokale Åbo, 2nd floor');
		expect(workshop.facilitator).toBe('Søs Ågren');
	});

	it('the invitation holds the name, the date, the times and the place, and follows edits', async () => {
		const { user } = await setup();
		expect(invitation()).toHaveAttribute('readonly');
		expect(invitation().value).toContain('When: date to be decided, 09:00–12:00');
		await user.type(screen.getByLabelText('Workshop date'), '2025-03-14');
		await user.type(screen.getByLabelText('Place'), 'Room 3.14');
		await user.type(screen.getByLabelText('Facilitator'), 'Søs Ågren');
		await user.clear(screen.getByLabelText('Start time'));
		await user.type(screen.getByLabelText('Start time'), '13:00');
		const text = invitation().value;
		expect(text).toMatch(/^Invitation: customer journey workshop – Laptop order\n/);
		expect(text).toContain('the customer journey “Laptop order” together');
		expect(text).toMatch(/When: Friday,? 14 March 2025, 13:00–16:00\n/);
		expect(text).toContain('Where: Room 3.14\n');
		expect(text).toContain('Facilitator: Søs Ågren\n');
		expect(text).toContain('\n14:25–14:55  Touchpoints\n');
	});

	it('copies the invitation; when the browser refuses, the text is selected to copy by hand', async () => {
		const { user } = await setup();
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await user.click(screen.getByRole('button', { name: 'Copy the invitation' }));
		expect(writeText).toHaveBeenCalledWith(invitation().value);
		expect(
			await screen.findByText('Copied. Paste it into your e-mail or calendar invite.')
		).toHaveAttribute('aria-live', 'polite');

		writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
		await user.click(screen.getByRole('button', { name: 'Copy the invitation' }));
		expect(await screen.findByText(/^The browser would not let us copy/)).toBeInTheDocument();
		const box = invitation();
		expect(box).toHaveFocus();
		expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
		// No second copy of the text: the invitation's own box is the one to copy from.
		expect(screen.getAllByRole('textbox', { name: /Invitation/ })).toHaveLength(1);
	});

	it('invitees are chosen from the stakeholders and stored in their order', async () => {
		const { user, saved } = await setup(withPeople);
		const group = screen.getByRole('group', { name: 'Stakeholders to invite' });
		expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
		expect(screen.getByText('0 of 3 invited')).toBeInTheDocument();
		await user.click(within(group).getByRole('checkbox', { name: /Mette Ørsted/ }));
		await user.click(within(group).getByRole('checkbox', { name: /Åsa Lindström/ }));
		expect(screen.getByText('2 of 3 invited')).toBeInTheDocument();
		expect((await saved()).workshop.preparation.invitees).toEqual(['s1', 's2']);
		await user.click(within(group).getByRole('checkbox', { name: /Åsa Lindström/ }));
		expect((await saved()).workshop.preparation.invitees).toEqual(['s2']);
	});

	it('one click invites everyone marked as in the room', async () => {
		const { user, saved } = await setup(withPeople);
		const button = screen.getByRole('button', { name: 'Invite everyone marked as in the room' });
		expect(
			screen.getByRole('checkbox', { name: 'Søren Kierkegård, Service desk (in the room)' })
		).not.toBeChecked();
		await user.click(screen.getByRole('checkbox', { name: /Åsa Lindström/ }));
		await user.click(button);
		expect((await saved()).workshop.preparation.invitees).toEqual(['s0', 's1', 's2']);
		expect(screen.getByRole('checkbox', { name: /Søren Kierkegård/ })).toBeChecked();
		expect(button).toBeDisabled();
	});

	it('with no stakeholders it says so, and someone can be added by name and invited here', async () => {
		const { user, session, saved } = await setup();
		expect(screen.getByText(/^No stakeholders yet/)).toBeInTheDocument();
		const add = screen.getByRole('button', { name: '+ Add and invite' });
		await user.click(add);
		expect(screen.getByRole('alert')).toHaveTextContent('Write a name first.');
		expect(session.data.stakeholders).toHaveLength(0);
		await user.type(screen.getByLabelText('Name of someone to invite'), 'Jørgen Å{Enter}');
		// A new stakeholder takes part in the workshop unless step 2 says otherwise.
		expect(screen.getByRole('checkbox', { name: 'Jørgen Å (in the room)' })).toBeChecked();
		expect(screen.queryByText(/^No stakeholders yet/)).toBeNull();
		expect(screen.getByLabelText('Name of someone to invite')).toHaveValue('');
		const data = await saved();
		expect(data.stakeholders.map((s) => s.name)).toEqual(['Jørgen Å']);
		expect(data.workshop.preparation.invitees).toEqual([data.stakeholders[0]!.id]);
	});

	it('the checklist is stored and counted, with the interview guide beside its line', async () => {
		const { user, saved, id } = await setup();
		expect(screen.getByText('0 of 6 ready')).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'Room booked' }));
		await user.click(screen.getByRole('checkbox', { name: 'Invitations sent' }));
		expect(screen.getByText('2 of 6 ready')).toBeInTheDocument();
		expect((await saved()).workshop.preparation.checklist).toEqual({
			room: true,
			projector: false,
			stickyNotes: false,
			guidePrinted: false,
			interviewsDone: false,
			invitationsSent: true
		});
		const line = screen.getByRole('checkbox', { name: 'Interview guide printed' }).closest('div')!;
		expect(within(line).getByRole('link', { name: 'Open the interview guide' })).toHaveAttribute(
			'href',
			`/w/${id}/guide`
		);
	});

	it('shows what is prepared in advance and opens the persona step in the workshop', async () => {
		const { user, session, saved, id } = await setup((data) => {
			const base = { workshopId: data.workshop.id };
			data.personas = [
				{ ...base, id: 'p1', order: 0, primary: false, name: 'Jonas' },
				{ ...base, id: 'p2', order: 1, primary: true, name: 'Mette, new hire' }
			] as WorkshopData['personas'];
		});
		expect(screen.getByText('Personas: 2')).toBeInTheDocument();
		expect(screen.getByText('Primary persona: Mette, new hire')).toBeInTheDocument();
		expect(screen.getByText('Interviews: 0')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Fill in the persona now' }));
		expect(session.place).toBe('persona');
		// Everything is on disk before the page changes, so the wizard opens on the persona.
		await vi.waitFor(() => expect(goto).toHaveBeenCalledWith(`/w/${id}`));
		expect((await saved()).workshop.machine?.step).toBe('persona');
	});

	it('cannot open a later step before the journey has a name, and says why', async () => {
		const { user, session } = await setup((data) => (data.workshop.journey.name = ''));
		const button = screen.getByRole('button', { name: 'Add interview notes now' });
		expect(button).toBeDisabled();
		expect(button).toHaveAccessibleDescription(/Give the journey a name first/);
		await user.click(button);
		expect(session.place).toBe('journey');
		expect(goto).not.toHaveBeenCalled();
	});

	it('hands over the whole workshop as a file in the backup format', async () => {
		const { user, session } = await setup((data) => (data.workshop.date = '2025-03-14'));
		session.add('stakeholders', { name: 'Søren' });
		await user.click(screen.getByRole('button', { name: 'Download the workshop file' }));
		expect(downloadBlob).toHaveBeenCalledTimes(1);
		const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!;
		expect(name).toBe('Laptop-order-2025-03-14-workshop.json');
		const file = JSON.parse(await blob.text());
		expect(file).toMatchObject({ format: 'journey-workshop', version: 1 });
		expect(file.workshops).toHaveLength(1);
		expect(file.workshops[0].workshop.journey.name).toBe('Laptop order');
		expect(file.workshops[0].stakeholders[0].name).toBe('Søren');
		expect(screen.getByText(/is downloading/)).toHaveTextContent(
			'The workshop file “Laptop-order-2025-03-14-workshop.json” is downloading.'
		);
	});

	it('speaks Swedish, the invitation too', async () => {
		await setup((data) => (data.workshop.date = '2025-03-14'));
		locale.set('sv');
		await tick();
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Förbered workshoppen');
		const text = (screen.getByLabelText('Inbjudans text') as HTMLTextAreaElement).value;
		expect(text).toMatch(/^Inbjudan: workshop om kundresan – Laptop order\n/);
		expect(text).toContain('När: fredag 14 mars 2025, kl. 09:00–12:00\n');
		expect(text).toContain('Var: meddelas senare\n');
	});
});
