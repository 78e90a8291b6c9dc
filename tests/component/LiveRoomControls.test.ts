// The live room's controls in the wizard: R (or the room bar's button) opens the room on the
// app's server and shows how to join; without that server it says how to start it, and the
// wizard goes on as before. The projector shows the QR code, the code and the address.
import { fireEvent, render, screen } from '@testing-library/svelte';
import EmotionsStep from '$lib/components/steps/EmotionsStep.svelte';
import OpportunitiesStep from '$lib/components/steps/OpportunitiesStep.svelte';
import Wizard from '$lib/components/wizard/Wizard.svelte';
import { newRow } from '$lib/domain/factories';
import { setupSession, stubResizeObserver } from './helpers';
import WithSession from './WithSession.svelte';

const ROOM = {
	code: 'K7QF4M',
	facilitatorToken: 'f-token',
	roomToken: 'r-token',
	joinUrl: 'http://room.test:4319/j/K7QF4M#r-token'
};

async function setup() {
	const setup = await setupSession('Laptop for a new hire');
	const view = render(Wizard, { props: { session: setup.session, onbackup: () => {} } });
	await vi.waitFor(() => expect(view.container.querySelector('.step-body > *')).not.toBeNull());
	const press = (key: string) => fireEvent.keyDown(document.body, { key });
	return { ...setup, view, press };
}

afterEach(() => vi.unstubAllGlobals());

describe('the live room controls', () => {
	it('without the app’s server, R says how to start it and nothing else changes', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(() => Promise.reject(new TypeError('Failed to fetch')))
		);
		const { press, session, cleanup } = await setup();
		await press('r');
		expect(
			await screen.findByText('The room needs the app’s server — start it with npm start.')
		).toBeInTheDocument();
		expect(session.workshop.live).toBeUndefined();
		await press('ArrowRight');
		expect(session.place).toBe('stakeholders');
		await cleanup();
	});

	it('opens the room: the code, the address without its token, the QR, settings, and close', async () => {
		const calls: string[] = [];
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string, init?: RequestInit) => {
				calls.push(`${init?.method ?? 'GET'} ${url}`);
				if (url === '/api/rooms') return new Response(JSON.stringify(ROOM), { status: 201 });
				if (url.endsWith('/close')) return new Response(null, { status: 204 });
				return new Response(JSON.stringify({ phones: 3, joined: 4 }), { status: 200 });
			})
		);
		const { session, cleanup } = await setup();
		await fireEvent.click(screen.getByRole('button', { name: /Open the room/ }));
		expect(await screen.findByText('Code K7QF4M')).toBeInTheDocument();
		expect(screen.getByText('room.test:4319/j/K7QF4M')).toBeInTheDocument();
		expect(document.body.textContent).not.toContain('r-token');
		expect(await screen.findByText('3 phones in the room')).toBeInTheDocument();
		const qr = screen.getByRole('img', { name: 'QR code that opens the room on a phone' });
		await vi.waitFor(() => expect(qr).toHaveAttribute('data-ready', 'true'));
		expect(qr.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(100);
		expect(screen.getByRole('button', { name: /Room K7QF4M/ })).toBeInTheDocument();
		expect(session.workshop.live?.code).toBe('K7QF4M');

		await fireEvent.change(screen.getByRole('combobox', { name: 'Contributions' }), {
			target: { value: 'review' }
		});
		expect(session.workshop.live?.moderation).toBe('review');
		await fireEvent.click(screen.getByRole('button', { name: 'Reveal results' }));
		expect(session.workshop.live?.results).toBe('shown');

		await fireEvent.click(screen.getByRole('button', { name: 'Close the room' }));
		expect(
			await screen.findByText('The room is closed. What it added stays in the workshop.')
		).toBeInTheDocument();
		expect(calls).toContain('POST /api/rooms/K7QF4M/close');
		expect(session.workshop.live?.closed).toBe(true);
		await cleanup();
	});

	it('in projector mode the room shows how to join until the next step; R hides and shows it', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) =>
				url === '/api/rooms'
					? new Response(JSON.stringify(ROOM), { status: 201 })
					: new Response(JSON.stringify({ phones: 0, joined: 0 }), { status: 200 })
			)
		);
		const { press, cleanup } = await setup();
		await press('r');
		await screen.findByText('Code K7QF4M');
		await press('p');
		const card = () => document.querySelector('.projector .projector-join');
		expect(card()).not.toBeNull();
		expect(card()!.textContent).toContain('room.test:4319/j/K7QF4M');
		await press('r');
		expect(card()).toBeNull();
		await press('r');
		expect(card()).not.toBeNull();
		// The room moves on: the step gets its corner back.
		await press('ArrowRight');
		expect(card()).toBeNull();
		await cleanup();
	});
});

describe('the room’s figures on the facilitator’s steps', () => {
	stubResizeObserver();

	it('step 8 shows the room’s emotion beside the faces, step 9 the room’s dots', async () => {
		const { session, cleanup } = await setupSession('Laptop', (data) => {
			const base = { workshopId: data.workshop.id };
			data.touchpoints.push({
				...newRow.touchpoints({ ...base, order: 0 }),
				title: 'Delivery',
				phaseId: data.workshop.plan.phases[0]!.id,
				emotion: 1,
				roomScores: { a: 1, b: 2, c: 2 }
			});
			data.opportunities.push({
				...newRow.opportunities({ ...base, order: 0 }),
				idea: 'Track the parcel',
				roomVotes: { a: 2, b: 3 }
			});
		});
		const step8 = render(WithSession, { props: { session, component: EmotionsStep } });
		expect(await screen.findByText(/^Room -1\.3 ± 0\.5 · 3 phones$/)).toBeInTheDocument();
		step8.unmount();
		render(WithSession, { props: { session, component: OpportunitiesStep } });
		expect(await screen.findByText('5 dots from the room')).toBeInTheDocument();
		await cleanup();
	});
});
