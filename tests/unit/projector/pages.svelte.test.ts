// The projector's page planning: every phase and touchpoint lands on exactly one page, in the
// journey's order; pages hold no more than the box (at the room's type size); the questions fold
// away only when that saves pages; the page keys never clash with the room's keys.
import { Pager } from '$lib/components/projector/pager.svelte';
import {
	columnWidths,
	columnsFor,
	cornerPages,
	curvePages,
	improvePages,
	stagePages,
	lineCount,
	timelinePages,
	type Box
} from '$lib/components/projector/pages';

/** DejaVu Sans at 28 px is about this wide per letter. */
const measure = (s: string) => s.length * 0.55 * 28;
const box = (width = 1134, height = 547): Box => ({ width, height, em: 28, fill: 1, measure });

function journey(phases: number, touchpoints: number) {
	const titles = ['Request form in the IT portal', 'Bekræftelsesmail', 'Waiting with no status'];
	let number = 1;
	return Array.from({ length: phases }, (_, p) => ({
		key: `p${p}`,
		name: `Phase ${p + 1}`,
		items: Array.from(
			{
				length:
					Math.floor(((p + 1) * touchpoints) / phases) - Math.floor((p * touchpoints) / phases)
			},
			(_, i) => ({ number: number++, title: titles[(number + i) % 3]!, gap: i % 4 === 2 })
		)
	}));
}

describe('timelinePages', () => {
	it('puts everything on one page when there is no box to measure (a page without layout)', () => {
		const pages = timelinePages(journey(5, 40), { ...box(), width: 0 });
		expect(pages).toHaveLength(1);
		expect(pages[0]!.flatMap((s) => s.items)).toHaveLength(40);
	});

	it.each([
		[3, 15],
		[5, 40],
		[8, 40]
	])('%i phases × %i touchpoints: each once, in order, no page wider than its columns', (p, n) => {
		const phases = journey(p, n);
		const pages = timelinePages(phases, box());
		const numbers = pages.flatMap((page) => page.flatMap((s) => s.items.map((i) => i.number)));
		expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
		expect(new Set(pages.flatMap((page) => page.map((s) => s.phase))).size).toBe(p);
		for (const page of pages) {
			expect(page.length).toBeLessThanOrEqual(columnsFor(box()));
			const widths = columnWidths(page, box());
			const gaps = 0.4 * 28 * (page.length - 1);
			expect(widths.reduce((a, b) => a + b, 0) + gaps).toBeCloseTo(1134, 0);
			expect(Math.min(...widths)).toBeGreaterThanOrEqual(8 * 28 - 1);
		}
	});

	it('marks the parts of a phase too long for one page', () => {
		const pages = timelinePages(journey(1, 40), box());
		const parts = pages.flat();
		expect(parts.length).toBeGreaterThan(1);
		expect(parts[0]).toMatchObject({ continued: false, continues: true });
		expect(parts.at(-1)).toMatchObject({ continued: true, continues: false });
	});

	it('plans smaller pages when the browser found one fuller than planned', () => {
		const full = timelinePages(journey(5, 40), box()).length;
		expect(timelinePages(journey(5, 40), { ...box(), fill: 0.6 }).length).toBeGreaterThan(full);
	});
});

describe('lineCount', () => {
	it('wraps whole words, and hyphenates a word longer than the line', () => {
		expect(lineCount('one two', 1000, box())).toBe(1);
		expect(lineCount('Beställningsformulär', measure('Beställnings'), box())).toBe(2);
		expect(lineCount('aa bb cc', measure('aa bb'), box())).toBe(2);
	});
});

describe('curvePages', () => {
	const lowsOf = (n: number, every: number, title = 'Phone call to the service desk') =>
		Array.from({ length: n }, (_, i) => (i % every === 0 ? `${i + 1}. ${title}` : null));

	it('keeps a usual map whole under one curve: 15 touchpoints, 4 lows, one page', () => {
		expect(curvePages(lowsOf(15, 4, 'Order form'), box())).toEqual([
			{ from: 0, to: 15, lowsFrom: 0, lowsTo: 4, lowsTotal: 4 }
		]);
	});

	it('holds no more touchpoints than have room for their numbers, in even stretches', () => {
		const pages = curvePages(lowsOf(40, 1000), box());
		const size = pages[0]!.to;
		expect(size).toBeLessThan(40);
		expect(size * 1.8 * 28).toBeLessThanOrEqual(1134 - 8.5 * 28);
		// 40 in stretches as even as can be: never a last one of one or two.
		expect(40 % size === 0 || 40 % size > size / 2).toBe(true);
		expect(pages.map((p) => p.from)).toEqual(pages.map((_, i) => i * size));
		expect(pages.at(-1)!.to).toBe(40);
	});

	it('lows that do not fit under the curve go on to pages under the same curve, none lost', () => {
		const pages = curvePages(lowsOf(15, 1), box());
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) expect([page.from, page.to, page.lowsTotal]).toEqual([0, 15, 15]);
		const named = pages.flatMap((p) =>
			Array.from({ length: p.lowsTo - p.lowsFrom }, (_, i) => p.lowsFrom + i)
		);
		expect(named).toEqual(Array.from({ length: 15 }, (_, i) => i));
	});
});

describe('cornerPages', () => {
	it('starts a new page of a corner where its quarter is full', () => {
		const many = Array.from(
			{ length: 12 },
			(_, i) => `Automatic status e-mails at each milestone ${i}`
		);
		const [starts, empty] = cornerPages([many, []], box());
		expect(starts![0]).toBe(0);
		expect(starts!.length).toBeGreaterThan(1);
		expect([...starts!].sort((a, b) => a - b)).toEqual(starts);
		expect(empty).toEqual([0]);
	});
});

describe('improvePages (step 10)', () => {
	const action = (i: number) => ({
		title: `Set up automatic status e-mails in the service-management tool ${i}`,
		owner: 'Priya Shah',
		due: '27 Dec 2026'
	});
	const content = (actions: number, measures: number) => ({
		actions: Array.from({ length: actions }, (_, i) => action(i)),
		measures: Array.from({ length: measures }, (_, i) => `Chase calls per order ${i}: now 1.4`),
		review: 'Sunday, 7 March 2027 — in 13 weeks',
		headings: ['When we look at the map again', 'Measures we follow'] as const
	});

	it('keeps a short plan on one page, and pages a long one in order, each list on its own', () => {
		expect(improvePages(content(2, 2), box())).toEqual({ actions: [0], measures: [0] });
		const long = improvePages(content(12, 3), box());
		expect(long.actions.length).toBeGreaterThan(2);
		expect([...long.actions].sort((a, b) => a - b)).toEqual(long.actions);
		expect(long.measures).toEqual([0]);
	});

	it('plans more pages when the browser found a page fuller than planned', () => {
		const planned = improvePages(content(8, 6), box()).actions.length;
		const smaller = improvePages(content(8, 6), { ...box(), fill: 0.6 }).actions.length;
		expect(smaller).toBeGreaterThan(planned);
	});

	it('one column under the other when narrow: one flow down the pages, actions first', () => {
		const narrow = improvePages(content(6, 6), box(700));
		const wide = improvePages(content(6, 6), box());
		expect(narrow.actions.length).toBeGreaterThan(wide.actions.length);
		// A start per page in both lists; each page goes on where the last stopped.
		expect(narrow.measures).toHaveLength(narrow.actions.length);
		const pages = narrow.actions.length;
		const onPage = (starts: number[], total: number, p: number) =>
			(starts[p + 1] ?? total) - starts[p]!;
		const shown = Array.from(
			{ length: pages },
			(_, p) => [onPage(narrow.actions, 6, p), onPage(narrow.measures, 6, p)] as const
		);
		expect(shown.reduce((sum, [a, m]) => sum + a + m, 0)).toBe(12);
		// The measures begin only once the actions are done, and no page is empty.
		const firstMeasures = shown.findIndex(([, m]) => m > 0);
		expect(shown.slice(firstMeasures + 1).every(([a]) => a === 0)).toBe(true);
		expect(shown.every(([a, m]) => a + m > 0)).toBe(true);
		// The example's five actions and four measures beside the room's way in: more than one
		// action on the first page (the old split gave each list a share and left one).
		const example = improvePages(content(5, 4), box(870));
		expect(onPage(example.actions, 5, 0)).toBeGreaterThanOrEqual(2);
	});
});

describe('stagePages (step 2)', () => {
	const person = (i: number) => ({
		line: `Person ${i} · Devices`,
		role: 'Hands the laptop over.'
	});
	const stage = (n: number) => ({
		heading: 'Back stage · 4 — Works behind the scenes',
		people: Array.from({ length: n }, (_, i) => person(i))
	});

	it('each stage is paged in its own column; an empty stage has one page', () => {
		const [front, back, none] = stagePages([stage(2), stage(9), stage(0)], box());
		expect(front).toEqual([0]);
		expect(back!.length).toBeGreaterThan(1);
		expect(back!.at(-1)).toBeLessThan(9);
		expect(none).toEqual([0]);
	});

	it('a page holds fewer people in a lower box', () => {
		const tall = stagePages([stage(9)], box())[0]!.length;
		const low = stagePages([stage(9)], box(1134, 380))[0]!.length;
		expect(low).toBeGreaterThan(tall);
	});
});

describe('Pager', () => {
	const source = (count: (b: Box) => number) => ({ count, label: () => 'Touchpoints 1–20 of 40' });

	it('turns pages within bounds, and starts on page 1 for each output shown', () => {
		const pager = new Pager();
		pager.measured(1218, 547);
		pager.show(source(() => 3));
		expect(pager.count).toBe(3);
		expect(pager.back()).toBe(false);
		expect(pager.next()).toBe(true);
		expect(pager.next()).toBe(true);
		expect(pager.next()).toBe(false);
		expect(pager.index).toBe(2);
		expect(pager.label).toBe('Touchpoints 1–20 of 40');
		pager.show(source(() => 2));
		expect(pager.index).toBe(0);
	});

	it('folds the questions only when the output needs fewer pages without them', () => {
		const pager = new Pager();
		pager.measured(1218, 547);
		pager.wantsPrompts = () => true;
		// Pages by width: the narrow box beside the questions needs more.
		pager.show(source((b) => (b.width < 1000 ? 2 : 1)));
		expect(pager.prompts).toBe('folded');
		pager.show(source(() => 1));
		expect(pager.prompts).toBe('beside');
		pager.wantsPrompts = () => false;
		expect(pager.prompts).toBe('none');
	});
});
