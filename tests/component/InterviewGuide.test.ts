// The printable interview guide: questions for every phase of the plan, in the app's language.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import InterviewGuide from '$lib/components/steps/interviews/InterviewGuide.svelte';
import type { Phase } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';

afterEach(() => {
	locale.set('en');
	vi.restoreAllMocks();
});

const phases: Phase[] = [
	{ id: 'p1', name: 'Need' },
	{ id: 'p2', name: 'Waiting' },
	{ id: 'p3', name: 'First use' },
	{ id: 'p4', name: 'Aftercare' }
];

function show(props: Partial<{ journeyName: string; phases: Phase[]; workshopId: string }> = {}) {
	return render(InterviewGuide, {
		props: { journeyName: 'New laptop', phases, workshopId: 'abc', ...props }
	});
}

const phaseBlocks = (pattern: RegExp) => screen.getAllByRole('region', { name: pattern });

describe('InterviewGuide', () => {
	it('names the journey and has one block of questions per phase, naming the phase', () => {
		show();
		expect(screen.getByRole('heading', { level: 1, name: 'Interview guide' })).toBeInTheDocument();
		expect(screen.getByText('Journey: New laptop')).toBeInTheDocument();
		const blocks = phaseBlocks(/^Phase \d: /);
		expect(blocks.map((b) => within(b).getByRole('heading').textContent)).toEqual([
			'Phase 1: Need',
			'Phase 2: Waiting',
			'Phase 3: First use',
			'Phase 4: Aftercare'
		]);
		blocks.forEach((block, i) => {
			const questions = within(block).getAllByRole('listitem');
			expect(questions).toHaveLength(3);
			for (const q of questions) expect(q).toHaveTextContent(`“${phases[i]!.name}”`);
		});
		expect(within(blocks[1]!).getAllByRole('listitem')[0]).toHaveTextContent(
			'Think back to “Waiting”. What did you do, step by step?'
		);
	});

	it('covers the whole interview: intro, opening, expectations, NPS 0–10, closing', () => {
		show();
		for (const name of [
			'Before you start',
			'About this interview',
			'Opening',
			'Expectations',
			'Recommendation (NPS)',
			'Closing',
			'Notes'
		])
			expect(screen.getByRole('region', { name })).toBeInTheDocument();
		expect(screen.getByText(/Plan about 30 minutes/)).toBeInTheDocument();
		expect(screen.getByText(/Keep it anonymous/)).toBeInTheDocument();
		expect(screen.getByText(/Ask for stories, not opinions/)).toBeInTheDocument();
		const nps = screen.getByRole('region', { name: 'Recommendation (NPS)' });
		expect(nps).toHaveTextContent('how likely is it that you would recommend');
		expect(nps).toHaveTextContent('What is the main reason for your score?');
		const scale = within(nps)
			.getAllByRole('list')
			.find((l) => l.classList.contains('scale'))!;
		expect(
			within(scale)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(Array.from({ length: 11 }, (_, n) => String(n)));
		const met = screen.getByRole('region', { name: 'Expectations' });
		expect(met).toHaveTextContent('Yes');
		expect(met).toHaveTextContent('Partly');
		expect(met).toHaveTextContent('No');
	});

	it('speaks the chosen language, Danish and Swedish included', async () => {
		locale.set('da');
		show({ journeyName: 'Ny bærbar til Søren' });
		expect(screen.getByRole('heading', { level: 1, name: 'Interviewguide' })).toBeInTheDocument();
		expect(screen.getByText('Kunderejse: Ny bærbar til Søren')).toBeInTheDocument();
		const blocks = phaseBlocks(/^Fase \d: /);
		expect(blocks).toHaveLength(4);
		expect(within(blocks[0]!).getAllByRole('listitem')[0]).toHaveTextContent(
			'Tænk tilbage på “Need”. Hvad gjorde du, trin for trin?'
		);
		expect(screen.getByRole('button', { name: 'Udskriv' })).toBeInTheDocument();

		locale.set('sv');
		await tick();
		expect(screen.getByRole('heading', { level: 1, name: 'Intervjuguide' })).toBeInTheDocument();
		expect(phaseBlocks(/^Fas \d: /)).toHaveLength(4);
		expect(screen.getByRole('link', { name: /Tillbaka till workshoppen/ })).toBeInTheDocument();
	});

	it('follows the plan: the default three phases give three blocks', () => {
		show({
			phases: [
				{ id: 'a', name: 'Before' },
				{ id: 'b', name: 'During' },
				{ id: 'c', name: ' ' }
			]
		});
		const blocks = phaseBlocks(/^Phase \d/);
		expect(blocks.map((b) => within(b).getByRole('heading').textContent)).toEqual([
			'Phase 1: Before',
			'Phase 2: During',
			'Phase 3'
		]);
	});

	it('says where to add phases when the plan has none', () => {
		show({ phases: [] });
		expect(screen.queryAllByRole('region', { name: /^Phase/ })).toHaveLength(0);
		expect(screen.getByText(/Add them in step 6/)).toBeInTheDocument();
	});

	it('prints with the Print button and links back to the workshop', async () => {
		const print = vi.spyOn(window, 'print').mockImplementation(() => {});
		show();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
		expect(print).toHaveBeenCalledOnce();
		expect(screen.getByRole('link', { name: /Back to the workshop/ })).toHaveAttribute(
			'href',
			'/w/abc'
		);
	});

	it('shows an unnamed journey as such', () => {
		show({ journeyName: '  ' });
		expect(screen.getByText('Journey: Untitled journey')).toBeInTheDocument();
	});
});
