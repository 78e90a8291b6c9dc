import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { LineChart } from '$lib/chart/curve';
import EmotionsStep from '$lib/components/steps/EmotionsStep.svelte';
import { openDb } from '$lib/db/db';
import { loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import type { Touchpoint, WorkshopData } from '$lib/domain/types';
import { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { stubResizeObserver } from './helpers';
import WithSession from './WithSession.svelte';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

let n = 0;
type Row = [title: string, phase: 0 | 1 | 2, fields?: Partial<Touchpoint>];

/** A workshop whose touchpoints were entered out of timeline order, then step 8 on screen. */
async function setup(rows: Row[] = DEFAULT_ROWS) {
	const db = openDb(`emotions-test-${Date.now()}-${n++}`);
	const data: WorkshopData = emptyWorkshopData(
		newWorkshopRecord('en', ['Before', 'During', 'After'])
	);
	data.workshop.journey.name = 'Laptop';
	const phases = data.workshop.plan.phases;
	data.touchpoints = rows.map(([title, phase, fields], order) => ({
		...newRow.touchpoints({ workshopId: data.workshop.id, order }),
		title,
		phaseId: phases[phase]!.id,
		...fields
	}));
	await saveWorkshop(db, data);
	const session = new WorkshopSession(db, data);
	render(WithSession, { props: { session, component: EmotionsStep } });
	cleanup = async () => {
		session.close();
		await session.flush();
		db.close();
		await db.delete();
	};
	const saved = async () => {
		await session.flush();
		return (await loadWorkshop(db, data.workshop.id))!.touchpoints;
	};
	const byTitle = (title: string) => session.data.touchpoints.find((tp) => tp.title === title)!;
	return { session, saved, byTitle, user: userEvent.setup() };
}

// Timeline order: Request form, Confirmation e-mail (Before), Waiting (During), Delivery (After).
const DEFAULT_ROWS: Row[] = [
	['Delivery', 2],
	['Waiting with no status', 1, { kind: 'gap' }],
	['Request form', 0],
	['Confirmation e-mail', 0],
	['   ', 0]
];

const group = (name: RegExp) => screen.getByRole('group', { name });
const radio = (name: RegExp, word: string) =>
	within(group(name)).getByRole('radio', { name: word });
const rowOf = (title: string) => screen.getByText(title, { selector: '.title' }).closest('li')!;

describe('EmotionsStep', () => {
	it('lists the titled touchpoints in timeline order, gaps marked, with the progress', async () => {
		await setup();
		const titles = [...document.querySelectorAll('.score-rows .title')].map((e) => e.textContent);
		expect(titles).toEqual([
			'Request form',
			'Confirmation e-mail',
			'Waiting with no status',
			'Delivery'
		]);
		expect(within(rowOf('Waiting with no status')).getByText('Gap')).toBeInTheDocument();
		expect(within(rowOf('Delivery')).queryByText('Gap')).not.toBeInTheDocument();
		expect(screen.getByText('Scored: 0 of 4')).toBeInTheDocument();
		expect(within(group(/Request form/)).getAllByRole('radio')).toHaveLength(5);
		// A drawn face on each, from a frown to a smile.
		const faces = group(/Request form/).querySelectorAll('.face-icon[aria-hidden="true"]');
		expect([...faces].map((f) => f.getAttribute('data-score'))).toEqual([
			'-2',
			'-1',
			'0',
			'1',
			'2'
		]);
	});

	it('a click on a face scores the touchpoint, on screen and on disk', async () => {
		const { user, byTitle, saved } = await setup();
		await user.click(within(group(/Request form/)).getByText('Positive', { exact: true }));
		expect(byTitle('Request form').emotion).toBe(1);
		expect(radio(/Request form/, 'Positive')).toBeChecked();
		expect(screen.getByText('Scored: 1 of 4')).toBeInTheDocument();
		expect((await saved()).find((tp) => tp.title === 'Request form')!.emotion).toBe(1);
	});

	it('number keys 1–5 set the score, Delete clears it, and a low gets its tag', async () => {
		const { user, byTitle, saved } = await setup();
		await user.click(radio(/Confirmation/, 'Neutral'));
		expect(byTitle('Confirmation e-mail').emotion).toBe(0);
		expect(within(rowOf('Confirmation e-mail')).queryByText('Low')).not.toBeInTheDocument();

		await user.keyboard('2');
		expect(byTitle('Confirmation e-mail').emotion).toBe(-1);
		expect(radio(/Confirmation/, 'Negative')).toBeChecked();
		expect(radio(/Confirmation/, 'Negative')).toHaveFocus();
		expect(within(rowOf('Confirmation e-mail')).getByText('Low')).toBeInTheDocument();
		expect(screen.getByText('Lows: 1')).toBeInTheDocument();

		await user.keyboard('5');
		expect(byTitle('Confirmation e-mail').emotion).toBe(2);
		expect(within(rowOf('Confirmation e-mail')).queryByText('Low')).not.toBeInTheDocument();
		await user.keyboard('1');
		expect(byTitle('Confirmation e-mail').emotion).toBe(-2);
		expect((await saved()).find((tp) => tp.title === 'Confirmation e-mail')!.emotion).toBe(-2);

		await user.keyboard('{Delete}');
		expect(byTitle('Confirmation e-mail').emotion).toBeNull();
		expect(
			within(group(/Confirmation/))
				.getAllByRole('radio')
				.some((r) => (r as HTMLInputElement).checked)
		).toBe(false);
		expect((await saved()).find((tp) => tp.title === 'Confirmation e-mail')!.emotion).toBeNull();
	});

	it('arrow keys move the score within a touchpoint', async () => {
		const { user, byTitle } = await setup();
		await user.click(radio(/Delivery/, 'Neutral'));
		await user.keyboard('{ArrowRight}');
		expect(byTitle('Delivery').emotion).toBe(1);
		await user.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(byTitle('Delivery').emotion).toBe(-1);
		expect(radio(/Delivery/, 'Negative')).toHaveFocus();
	});

	it('Enter goes to the next touchpoint’s faces, Shift+Enter back', async () => {
		const { user } = await setup([
			['First', 0, { emotion: 1 }],
			['Second', 0, { emotion: -1 }],
			['Third', 1]
		]);
		await user.click(radio(/First/, 'Positive'));
		await user.keyboard('{Enter}');
		// The chosen face of the next row…
		expect(radio(/Second/, 'Negative')).toHaveFocus();
		await user.keyboard('{Enter}');
		// …or its first face when it has none yet.
		expect(radio(/Third/, 'Very negative')).toHaveFocus();
		await user.keyboard('{Shift>}{Enter}{/Shift}');
		expect(radio(/Second/, 'Negative')).toHaveFocus();
		await user.keyboard('4');
		await user.keyboard('{Enter}');
		expect(radio(/Third/, 'Very negative')).toHaveFocus();
		expect(screen.getByText('Scored: 2 of 3')).toBeInTheDocument();
	});

	it('the reason is saved, and Enter in it moves on to the next touchpoint', async () => {
		const { user, byTitle, saved } = await setup();
		await user.click(screen.getByLabelText(/Why\? .*: Request form/));
		await user.keyboard('I never know if it went through{Enter}');
		expect(byTitle('Request form').emotionReason).toBe('I never know if it went through');
		expect(radio(/Confirmation/, 'Very negative')).toHaveFocus();
		expect((await saved()).find((tp) => tp.title === 'Request form')!.emotionReason).toBe(
			'I never know if it went through'
		);
	});

	it('the desired curve toggle shows the target controls, which save the desired feeling', async () => {
		const { user, byTitle, saved } = await setup();
		expect(screen.queryByRole('combobox', { name: /Desired feeling/ })).not.toBeInTheDocument();
		const toggle = screen.getByRole('checkbox', { name: 'Show the desired curve' });
		expect(toggle).not.toBeChecked();
		await user.click(toggle);
		expect(screen.getAllByRole('combobox', { name: /Desired feeling/ })).toHaveLength(4);
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Desired feeling: Waiting with no status' }),
			'Positive'
		);
		expect(byTitle('Waiting with no status').desiredEmotion).toBe(1);
		expect((await saved()).find((tp) => tp.kind === 'gap')!.desiredEmotion).toBe(1);
		await user.click(toggle);
		expect(screen.queryByRole('combobox', { name: /Desired feeling/ })).not.toBeInTheDocument();
		// Hiding the controls keeps what the room set.
		expect(byTitle('Waiting with no status').desiredEmotion).toBe(1);
	});

	it('starts with the desired curve on when a touchpoint has a desired feeling', async () => {
		await setup([['Request form', 0, { emotion: -1, desiredEmotion: 2 }]]);
		expect(screen.getByRole('checkbox', { name: 'Show the desired curve' })).toBeChecked();
		expect(screen.getByRole('combobox', { name: 'Desired feeling: Request form' })).toHaveValue(
			'2'
		);
	});

	it('names the curve with a summary sentence that follows the scores', async () => {
		const { user } = await setup();
		expect(
			screen.getByRole('img', { name: 'Emotion curve over 4 touchpoints. Nothing scored yet.' })
		).toBeInTheDocument();
		await user.click(radio(/Waiting/, 'Very negative'));
		await user.click(radio(/Confirmation/, 'Negative'));
		await user.click(radio(/Request form/, 'Positive'));
		expect(
			screen.getByRole('img', {
				name: 'Emotion curve over 4 touchpoints. Not scored yet: 1. Lows: 2. The lowest is “Waiting with no status” (very negative) in During.'
			})
		).toBeInTheDocument();
	});

	it('shows the data as a table, in timeline order with the words', async () => {
		const { user } = await setup([
			['Delivery', 2, { emotion: 2 }],
			['Waiting with no status', 1, { kind: 'gap', emotion: -2, desiredEmotion: 0 }],
			['Request form', 0, { emotion: 1 }]
		]);
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
		const button = screen.getByRole('button', { name: 'Show the data as a table' });
		expect(button).toHaveAttribute('aria-expanded', 'false');
		await user.click(button);
		const rows = within(screen.getByRole('table')).getAllByRole('row');
		expect(rows.map((r) => [...r.children].map((c) => c.textContent!.trim()))).toEqual([
			['#', 'Phase', 'Touchpoint', 'Feeling', 'Desired', 'Gap'],
			['1', 'Before', 'Request form', 'Positive', 'Not set', 'No'],
			['2', 'During', 'Waiting with no status', 'Very negative (Low)', 'Neutral', 'Yes'],
			['3', 'After', 'Delivery', 'Very positive', 'Not set', 'No']
		]);
		await user.click(screen.getByRole('button', { name: 'Hide the table' }));
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
	});

	it('← and → on the focused curve read the points aloud, and stay off the step keys', async () => {
		const { user } = await setup([
			['Request form', 0, { emotion: 1 }],
			['Confirmation e-mail', 0, { emotion: -1 }],
			['Waiting with no status', 1, { kind: 'gap' }]
		]);
		const onWindow = vi.fn();
		window.addEventListener('keydown', onWindow);
		try {
			const curve = screen.getByRole('img', { name: /Emotion curve over 3 touchpoints/ });
			expect(curve).toHaveAttribute('tabindex', '0');
			curve.focus();
			await user.keyboard('{ArrowRight}');
			expect(screen.getByText('1 of 3: Request form — Positive')).toBeInTheDocument();
			await user.keyboard('{ArrowRight}');
			expect(screen.getByText('2 of 3: Confirmation e-mail — Negative')).toBeInTheDocument();
			await user.keyboard('{End}');
			expect(
				screen.getByText('3 of 3: Waiting with no status (gap) — Not scored')
			).toBeInTheDocument();
			expect(onWindow).not.toHaveBeenCalled();
		} finally {
			window.removeEventListener('keydown', onWindow);
		}
	});

	it('a long map shows its first rows at once and every row in order a moment later', async () => {
		const many: Row[] = Array.from({ length: 60 }, (_, i) => [`Step ${i + 1}`, 0]);
		await setup(many);
		const titles = () =>
			[...document.querySelectorAll('.score-rows .title')].map((e) => e.textContent);
		// A screenful (jsdom's window is 768 px high): the rest is built after the paint…
		expect(titles()).toEqual(many.slice(0, 6).map(([title]) => title));
		// …but the curve and the progress count every touchpoint from the start.
		expect(screen.getByRole('img', { name: /^Emotion curve over 60 touchpoints/ })).toBeVisible();
		expect(screen.getByText('Scored: 0 of 60')).toBeInTheDocument();
		await vi.waitFor(() => expect(titles()).toHaveLength(60), { timeout: 5000 });
		expect(titles()).toEqual(many.map(([title]) => title));
		expect(within(group(/“Step 60”/)).getAllByRole('radio')).toHaveLength(5);
	});

	it('Enter goes on to a row not built yet, and Shift+Enter comes back', async () => {
		// No frame is painted, so only the first screenful is built when Enter is pressed.
		vi.stubGlobal('requestAnimationFrame', () => 0);
		try {
			const many: Row[] = Array.from({ length: 20 }, (_, i) => [`Step ${i + 1}`, 0]);
			const { user, byTitle } = await setup(many);
			expect(screen.queryByRole('group', { name: /“Step 7”/ })).not.toBeInTheDocument();
			await user.click(radio(/“Step 6”/, 'Neutral'));
			await user.keyboard('{Enter}');
			expect(radio(/“Step 7”/, 'Very negative')).toHaveFocus();
			expect(document.querySelectorAll('.score-rows > li')).toHaveLength(20);
			await user.keyboard('4{Shift>}{Enter}{/Shift}');
			expect(byTitle('Step 7').emotion).toBe(1);
			expect(radio(/“Step 6”/, 'Neutral')).toHaveFocus();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('says what to do when there are no touchpoints yet', async () => {
		await setup([]);
		expect(screen.getByText('Add touchpoints in step 7 first.')).toBeInTheDocument();
		expect(screen.queryByRole('img')).not.toBeInTheDocument();
	});
});

describe('the emotion curve chart', () => {
	stubResizeObserver();

	it('is drawn after the step has been painted, its words there from the start', async () => {
		const { Chart } = await import('chart.js');
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
		await setup([['Request form', 0, { emotion: 1 }]]);
		const canvas = screen.getByRole('img', { name: /Emotion curve over 1 touchpoint/ });
		await new Promise((ok) => setTimeout(ok, 50));
		expect(Chart.getChart(canvas as HTMLCanvasElement)).toBeUndefined();
		// The frame is painted: the chart follows.
		frames.splice(0).forEach((frame) => frame(performance.now()));
		await vi.waitFor(() => expect(Chart.getChart(canvas as HTMLCanvasElement)).toBeDefined());
	});

	it('is drawn once and then follows the scores and the keyboard in place', async () => {
		const { Chart } = await import('chart.js');
		const { user } = await setup([
			['Request form', 0, { emotion: 1 }],
			['Waiting with no status', 1, { kind: 'gap', emotion: -2 }],
			['Delivery', 2]
		]);
		const canvas = screen.getByRole('img', { name: /Emotion curve/ }) as HTMLCanvasElement;
		const chart = await vi.waitFor(() => {
			const c = Chart.getChart(canvas);
			if (!c) throw new Error('no chart yet');
			return c as LineChart;
		});
		expect(chart.options.animation).toBe(false);
		expect(chart.data.datasets).toHaveLength(1);
		expect(chart.data.datasets[0]!.data).toEqual([1, -2, null]);
		expect(chart.data.datasets[0]!.pointStyle).toEqual(['circle', 'rectRot', 'circle']);

		await user.click(radio(/Delivery/, 'Negative'));
		expect(Chart.getChart(canvas)).toBe(chart);
		expect(chart.data.datasets[0]!.data).toEqual([1, -2, -1]);

		await user.click(screen.getByRole('checkbox', { name: 'Show the desired curve' }));
		expect(chart.data.datasets).toHaveLength(2);
		expect(chart.data.datasets[1]!.borderDash).toEqual([8, 6]);

		canvas.focus();
		await user.keyboard('{ArrowRight}{ArrowRight}');
		expect(chart.getActiveElements().map((e) => e.index)).toEqual([1]);
		expect(chart.tooltip?.getActiveElements().map((e) => e.index)).toEqual([1]);
		canvas.blur();
		await vi.waitFor(() => expect(chart.getActiveElements()).toEqual([]));
	});
});
