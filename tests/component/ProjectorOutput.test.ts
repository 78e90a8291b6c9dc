import { screen, within } from '@testing-library/svelte';
import type { LineChart } from '$lib/chart/curve';
import { curveConfig, type CurveView } from '$lib/chart/curve';
import { CURVE_COLOURS, curveData } from '$lib/chart/curve-config';
import { curveView } from '$lib/chart/curve-text';
import { curveLook } from '$lib/components/projector/curve-look';
import { THEMES } from '$lib/components/projector/themes';
import { exampleWorkshop } from '$lib/domain/example';
import { newRow } from '$lib/domain/factories';
import { PLACES, type Place, type WorkshopData } from '$lib/domain/types';
import { t } from '$lib/i18n/locale.svelte';
import { stubResizeObserver } from './helpers';
import { blankWorkshop, setupProjector } from './projector-setup';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
	await cleanup?.();
	cleanup = undefined;
});

async function show(place: Place, data: WorkshopData = exampleWorkshop('en')) {
	const setup = await setupProjector(place, data);
	cleanup = setup.cleanup;
	return setup;
}

/** The texts of the elements matching `selector` inside `root`, trimmed. */
const texts = (root: HTMLElement, selector: string) =>
	[...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('ProjectorOutput shows what the room produced', () => {
	it('journey: the name big, segment, where it starts and ends, the goal and the lifecycle', async () => {
		const { output } = await show('journey');
		expect(
			within(output).getByRole('heading', { name: 'An employee orders a new laptop' })
		).toBeInTheDocument();
		expect(within(output).getByText('Internal customers')).toBeInTheDocument();
		expect(within(output).getByText(/^A new colleague is about to start/)).toBeInTheDocument();
		expect(within(output).getByText(/^A few weeks after delivery/)).toBeInTheDocument();
		expect(within(output).getByText(/^New colleagues are productive/)).toBeInTheDocument();
		expect(
			within(output).getByText('Buying or ordering · Getting started · Everyday use · Getting help')
		).toBeInTheDocument();
	});

	it('stakeholders: front and back stage side by side, with team, role and “In the room”', async () => {
		const { output } = await show('stakeholders');
		expect(within(output).getByText('4 of 6 take part in the workshop')).toBeInTheDocument();
		const [front, back] = [...output.querySelectorAll('section')] as HTMLElement[];
		expect(within(front!).getByRole('heading')).toHaveTextContent('Front stage · 2');
		expect(within(back!).getByRole('heading')).toHaveTextContent('Back stage · 4');
		expect(texts(front!, 'strong')).toEqual(['Priya Shah', 'Mark Ellis']);
		expect(texts(back!, 'strong')).toEqual([
			'Tom Hughes',
			'Lena Novak',
			'David Brooks',
			'Helen Ward'
		]);
		const priya = within(front!).getByText('Priya Shah').closest('.person')!;
		expect(priya).toHaveTextContent('Service desk');
		expect(priya).toHaveTextContent('Receives requests, answers calls');
		expect(priya).toHaveTextContent('In the room');
		expect(within(back!).getByText('Helen Ward').closest('.person')).not.toHaveTextContent(
			'In the room'
		);
		expect(within(output).getAllByText('In the room')).toHaveLength(4);
	});

	it('experience: the vision, the chosen ambition, the statements numbered, the measures', async () => {
		const { output } = await show('experience');
		expect(within(output).getByText(/^Getting a new laptop should feel/)).toBeInTheDocument();
		expect(within(output).getByText(/^A fully configured laptop/)).toBeInTheDocument();
		// The ambition the room did not choose stays off the wall.
		expect(within(output).queryByText(/^A basic setup delivered fast/)).not.toBeInTheDocument();
		expect(texts(output, 'ol li')).toEqual([
			'1. The customer always knows the status of the order and the expected delivery date.',
			'2. The laptop arrives with the software for the customer’s role installed and signed in.',
			'3. The customer never has to phone the service desk to chase an order.',
			'4. Questions after delivery are answered within one working day.'
		]);
		expect(texts(output, 'dl div')).toEqual(
			expect.arrayContaining([
				'NPS target 40',
				'Orders that lead to a chase call Fewer than 1 in 10',
				'Working days from request to pick-up 5 or fewer'
			])
		);
	});

	it('persona: the primary persona big, in short, and the others by name', async () => {
		const { output } = await show('persona');
		expect(within(output).getByRole('heading', { name: 'Emma Carter' })).toBeInTheDocument();
		expect(within(output).getByText('Account manager')).toBeInTheDocument();
		expect(
			within(output).getByText('“I just want to open it and start selling.”')
		).toBeInTheDocument();
		expect(texts(output, 'h3')).toEqual(['Goals', 'Needs', 'Frustrations']);
		expect(within(output).getByText(/^Book and hold customer meetings/)).toBeInTheDocument();
		expect(within(output).getByText('Other personas: Ravi Patel')).toBeInTheDocument();
		expect(within(output).queryByText('Software developer')).not.toBeInTheDocument();
	});

	it('interviews: how many, expectations met, NPS against the target, pain points counted', async () => {
		const data = exampleWorkshop('en');
		const interview = (met: '' | 'yes' | 'partly' | 'no', nps: number, painPoints: string) => ({
			...newRow.interviews({ workshopId: data.workshop.id, order: data.interviews.length }),
			met,
			nps,
			painPoints
		});
		data.interviews = [
			interview('partly', 6, 'No news for two weeks\nCRM missing'),
			interview('yes', 9, 'no news  for two weeks'),
			interview('no', 4, 'No news for two weeks\nVPN failed')
		];
		const { output } = await show('interviews', data);
		expect(texts(output, 'dl > div')).toEqual([
			'Interviews 3',
			'Expectations met 50%',
			'NPS -33 Target: 40 · To go: 73'
		]);
		expect(texts(output, '.pain')).toEqual([
			'3× No news for two weeks',
			'1× CRM missing',
			'1× VPN failed'
		]);
	});

	it('plan: the title, the customer’s goal and the phases in order with their touchpoints', async () => {
		const { output } = await show('plan');
		expect(
			within(output).getByRole('heading', { name: 'New laptop – from need to everyday use' })
		).toBeInTheDocument();
		expect(
			within(output).getByText(/^To have a laptop with the right software/)
		).toBeInTheDocument();
		expect(texts(output, '.phase')).toEqual([
			'Before 4 touchpoints',
			'During 6 touchpoints',
			'After 5 touchpoints'
		]);
	});

	it('touchpoints: phase columns, numbered titles in timeline order, gaps dashed and named', async () => {
		const data = exampleWorkshop('en');
		// Entered out of order: the wall shows the timeline, not the order of typing.
		data.touchpoints.reverse().forEach((tp, i) => (tp.order = 14 - i));
		data.touchpoints.push({
			...newRow.touchpoints({ workshopId: data.workshop.id, order: 15 }),
			phaseId: data.workshop.plan.phases[0]!.id
		});
		const { output } = await show('touchpoints', data);
		const columns = [...output.querySelectorAll<HTMLElement>('.phase')];
		expect(texts(output, '.phase h3')).toEqual(['Before', 'During', 'After']);
		// The cards' numbers say how many: a phase's column is not labelled with a count.
		expect(texts(output, '.phase > p')).toEqual([]);
		expect(texts(columns[0]!, '.card')).toEqual([
			'1. Intranet page about IT equipment',
			'2. Request form in the IT portal',
			'3. Automatic confirmation e-mail',
			'4. Manager approves the request'
		]);
		expect(texts(columns[1]!, '.card')[0]).toBe(
			'5. Waiting with no status between approval and delivery Gap'
		);
		expect(texts(output, '.card')).toHaveLength(15);
		expect(texts(output, '.card').at(-1)).toBe('15. Case-closed e-mail');
		const gaps = [...output.querySelectorAll('.card.gap')];
		expect(gaps.map((g) => g.querySelector('.title')!.textContent)).toEqual([
			'Waiting with no status between approval and delivery',
			'No word on which software will be installed'
		]);
		expect(gaps.every((g) => g.textContent!.includes('Gap'))).toBe(true);
	});

	it('emotions: the curve with its legend in words, and the lows named with their numbers', async () => {
		const { output } = await show('emotions');
		expect(
			within(output).getByRole('img', { name: /^Emotion curve over 15 touchpoints\. Lows: 8\./ })
		).toBeInTheDocument();
		expect(texts(output, '.key li')).toEqual(['Feeling now', 'Desired feeling', 'Low', 'Gap']);
		expect(within(output).getByRole('heading', { name: 'Lows: 8' })).toBeInTheDocument();
		const lows = texts(output, '.low');
		expect(lows).toHaveLength(8);
		// Where to act, in words; how low is what the curve shows.
		expect(lows[0]).toBe('1. Intranet page about IT equipment');
		expect(lows).toContain('5. Waiting with no status between approval and delivery');
	});

	it('opportunities: the 2×2 by quadrant, every idea whole with its votes', async () => {
		const { output } = await show('opportunities');
		expect(texts(output, '.cell h3')).toEqual([
			'Quick wins · 2',
			'Big bets · 1',
			'Fill-ins · 2',
			'Money pits · 0'
		]);
		const quickWins = output.querySelector<HTMLElement>('.cell.quickWin')!;
		expect(texts(quickWins, 'li')).toEqual([
			expect.stringMatching(/^Automatic status e-mails at each milestone.* · 8 votes$/),
			expect.stringMatching(/^Standard software packages by role.* · 6 votes$/)
		]);
		// Whole: no line clamp or ellipsis hides the end of an idea from the room.
		const ideas = [...output.querySelectorAll<HTMLElement>('.cell li')];
		expect(ideas.map((li) => li.textContent)).not.toContainEqual(expect.stringContaining('…'));
		expect(within(output).queryByRole('heading', { name: 'Most votes' })).toBeNull();
	});

	it('improve: actions with owner and due date, the measures and the next review', async () => {
		const now = new Date();
		const { output } = await show('improve', exampleWorkshop('en', now));
		const rows = within(output).getAllByRole('row');
		expect(texts(rows[0]!, 'th')).toEqual(['Action', 'Owner', 'Due date']);
		expect(rows).toHaveLength(6);
		expect(rows[1]).toHaveTextContent(
			'Set up automatic status e-mails in the service-management tool'
		);
		expect(rows[1]).toHaveTextContent('Priya Shah');
		const due = new Date(now.getTime() + 21 * 86_400_000);
		expect(rows[1]).toHaveTextContent(String(due.getFullYear()));
		expect(within(output).getByText('NPS after delivery: now −33, target 40')).toBeInTheDocument();
		expect(
			within(output).getByRole('heading', { name: 'When we look at the map again' })
		).toBeInTheDocument();
		expect(within(output).getByText(/— in 13 weeks$/)).toBeInTheDocument();
	});

	it('report: what the report will hold, counted', async () => {
		const { output } = await show('report');
		expect(texts(output, 'li')).toEqual([
			'10 of 10 steps done',
			'Stakeholders: 6 · personas: 2 · interviews: 3',
			'Touchpoints: 15 · lows: 8',
			'Opportunities: 5 · actions: 5'
		]);
	});
});

describe('ProjectorOutput is for reading only', () => {
	it.each(PLACES)('%s has no controls: nothing to press, type, pick or tab to', async (place) => {
		const { output } = await show(place);
		expect(output.textContent!.trim()).not.toBe('');
		expect(
			output.querySelectorAll('button, input, select, textarea, a, [contenteditable], [tabindex]')
		).toHaveLength(0);
	});
});

describe('ProjectorOutput when a step has nothing yet', () => {
	const EMPTY: Record<Place, RegExp> = {
		journey: /^No journey yet — ask the room: /,
		stakeholders: /^No one listed yet — ask the room: /,
		experience: /^No desired experience yet — ask the room: /,
		persona: /^No persona yet — ask the room: /,
		interviews: /^No interviews yet — ask the room: /,
		plan: /^No phases yet — ask the room: /,
		touchpoints: /^No touchpoints yet — ask the room: /,
		emotions: /^No touchpoints to score yet — map them in step 7/,
		opportunities: /^No opportunities yet — ask the room: /,
		improve: /^No actions yet — ask the room: /,
		report: /^Nothing for the report yet — give the journey a name/
	};

	it.each(PLACES)('%s says what the room should produce', async (place) => {
		const data = blankWorkshop();
		data.workshop.plan.phases = [];
		const { output } = await show(place, data);
		expect(within(output).getByText(EMPTY[place])).toHaveClass('empty');
	});

	it('the curve asks for the first score until something is scored', async () => {
		const data = blankWorkshop();
		data.touchpoints = [
			{
				...newRow.touchpoints({ workshopId: data.workshop.id, order: 0 }),
				title: 'Request form',
				phaseId: data.workshop.plan.phases[0]!.id
			}
		];
		const { output } = await show('emotions', data);
		expect(within(output).getByRole('heading', { name: 'Lows: 0' })).toBeInTheDocument();
		expect(within(output).getByText(/^Nothing scored yet — ask the room: /)).toBeInTheDocument();
	});
});

describe('the projected curve', () => {
	stubResizeObserver();

	it('is drawn in the theme’s colours and type, numbered, and follows a switch of theme', async () => {
		const { Chart } = await import('chart.js');
		const { view } = await show('emotions');
		const canvas = screen.getByRole('img', { name: /Emotion curve/ }) as HTMLCanvasElement;
		const chart = await vi.waitFor(() => {
			const c = Chart.getChart(canvas);
			if (!c) throw new Error('no chart yet');
			return c as LineChart;
		});
		const y = () => chart.options.scales!.y!.ticks as { color?: string; font?: { size?: number } };
		expect(chart.data.datasets[0]!.borderColor).toBe(THEMES.dark.accent);
		expect(y().color).toBe(THEMES.dark.text);
		expect(y().font?.size).toBe(28);
		expect(chart.data.labels?.slice(0, 3)).toEqual(['1', '2', '3']);

		await view.rerender({ theme: 'light' });
		expect(Chart.getChart(canvas)).toBe(chart);
		expect(chart.data.datasets[0]!.borderColor).toBe(THEMES.light.accent);
		expect(y().color).toBe(THEMES.light.text);
	});

	it('keeps the step’s own look when no look is given', () => {
		const data = exampleWorkshop('en');
		const curve = curveData(data.workshop.plan.phases, data.touchpoints.slice(0, 3));
		const plain: CurveView = curveView(curve, true, t);
		const own = curveConfig({ view: plain });
		expect(own.data.datasets[0]!.borderColor).toBe(CURVE_COLOURS.line);
		expect(own.data.labels![0]).toMatch(/^1\. Intranet page/);
		expect(own.options!.scales!.y!.ticks).not.toHaveProperty('color');
		expect((own.options!.scales!.y!.ticks as { font: { size: number } }).font.size).toBe(14);

		const themed = curveConfig({ view: { ...plain, look: curveLook('dark') } });
		expect(themed.data.labels).toEqual(['1', '2', '3']);
		expect(themed.data.datasets[1]!.borderColor).toBe(THEMES.dark.ok);
		expect(themed.data.datasets[0]!.pointBackgroundColor).toContain(THEMES.dark.danger);
	});
});
