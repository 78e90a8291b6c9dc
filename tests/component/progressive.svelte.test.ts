import { flushSync } from 'svelte';
import { Progressive, screenful } from '$lib/components/ui/progressive.svelte';

/** A Progressive over a list of `length` rows, inside an effect root as a component would hold
 *  it; `stop()` is the component going away. */
function progressive(length: number, first: number) {
	const rows = $state({ length });
	let list!: Progressive;
	const stop = $effect.root(() => {
		list = new Progressive(() => rows.length, first);
	});
	flushSync();
	return { list, rows, stop };
}

let stops: (() => void)[] = [];
afterEach(() => {
	stops.forEach((stop) => stop());
	stops = [];
	vi.unstubAllGlobals();
});

describe('Progressive', () => {
	it('renders the first rows at once and the rest after the paint, until all are there', async () => {
		const { list, stop } = progressive(500, 10);
		stops.push(stop);
		expect(list.count).toBe(10);
		expect(list.complete).toBe(false);
		await vi.waitFor(() => expect(list.count).toBe(500), { timeout: 5000 });
		expect(list.complete).toBe(true);
	});

	it('builds nothing more before the browser has painted', async () => {
		// No frame ever comes (a tab nobody looks at).
		vi.stubGlobal('requestAnimationFrame', () => 0);
		const { list, stop } = progressive(100, 10);
		stops.push(stop);
		await new Promise((ok) => setTimeout(ok, 50));
		expect(list.count).toBe(10);
		list.all();
		expect(list.count).toBe(100);
		expect(list.complete).toBe(true);
	});

	it('a short list is complete at once, and rows added later show at once', async () => {
		const { list, rows, stop } = progressive(3, 10);
		stops.push(stop);
		expect(list.count).toBe(3);
		expect(list.complete).toBe(true);
		rows.length = 40;
		// More rows than the first slice before the slicing ran: they come after the paint.
		expect(list.count).toBe(10);
		await vi.waitFor(() => expect(list.count).toBe(40));
		rows.length = 41;
		expect(list.count).toBe(41);
	});

	it('stops building when its component goes away', async () => {
		const { list, stop } = progressive(1000, 5);
		stop();
		await new Promise((ok) => setTimeout(ok, 100));
		expect(list.count).toBe(5);
	});
});

describe('screenful', () => {
	it('is how many rows of that height fill the window, at least one', () => {
		vi.stubGlobal('innerHeight', 720);
		expect(screenful(8.5)).toBe(6);
		expect(screenful(100)).toBe(1);
	});
});
