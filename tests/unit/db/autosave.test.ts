import { Autosave, DELAY_MS, RETRY_MS, type SaveStatus } from '$lib/db/autosave';

function setup(delay = DELAY_MS) {
	const statuses: SaveStatus[] = [];
	const autosave = new Autosave((s) => statuses.push(s), delay);
	return { autosave, statuses };
}

describe('Autosave', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('writes after the delay, not before', async () => {
		const { autosave } = setup();
		const write = vi.fn(async () => {});
		autosave.schedule('a', write);
		expect(autosave.pending).toBe(1);
		await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
		expect(write).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(write).toHaveBeenCalledTimes(1);
		expect(autosave.pending).toBe(0);
	});

	it('each schedule restarts the delay (debounce)', async () => {
		const { autosave } = setup(100);
		const a = vi.fn(async () => {});
		const b = vi.fn(async () => {});
		autosave.schedule('a', a);
		await vi.advanceTimersByTimeAsync(80);
		autosave.schedule('b', b);
		await vi.advanceTimersByTimeAsync(80);
		expect(a).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(20);
		expect(a).toHaveBeenCalledTimes(1);
		expect(b).toHaveBeenCalledTimes(1);
	});

	it('a second schedule for the same key replaces the first', async () => {
		const { autosave } = setup();
		const first = vi.fn(async () => {});
		const second = vi.fn(async () => {});
		const other = vi.fn(async () => {});
		autosave.schedule('row:1', first);
		autosave.schedule('row:2', other);
		autosave.schedule('row:1', second);
		expect(autosave.pending).toBe(2);
		await vi.advanceTimersByTimeAsync(DELAY_MS);
		expect(first).not.toHaveBeenCalled();
		expect(second).toHaveBeenCalledTimes(1);
		expect(other).toHaveBeenCalledTimes(1);
	});

	it('flush() writes at once and the timer does not write again', async () => {
		const { autosave } = setup();
		const write = vi.fn(async () => {});
		autosave.schedule('a', write);
		await autosave.flush();
		expect(write).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(DELAY_MS * 4);
		expect(write).toHaveBeenCalledTimes(1);
	});

	it('flush() resolves only when the writes are done', async () => {
		const { autosave } = setup();
		let done = false;
		autosave.schedule('slow', async () => {
			await new Promise((r) => setTimeout(r, 1000));
			done = true;
		});
		const flushed = autosave.flush();
		await vi.advanceTimersByTimeAsync(1000);
		await flushed;
		expect(done).toBe(true);
	});

	it('reports saving when scheduled and saved when written', async () => {
		const { autosave, statuses } = setup();
		autosave.schedule('a', async () => {});
		expect(statuses).toEqual(['saving']);
		await vi.advanceTimersByTimeAsync(DELAY_MS);
		expect(statuses).toEqual(['saving', 'saved']);
	});

	it('a rejected write sets error, is kept, and is retried on the next flush', async () => {
		const { autosave, statuses } = setup();
		let fail = true;
		const write = vi.fn(async () => {
			if (fail) throw new Error('disk full');
		});
		autosave.schedule('a', write);
		await autosave.flush();
		expect(write).toHaveBeenCalledTimes(1);
		expect(statuses.at(-1)).toBe('error');
		expect(autosave.pending).toBe(1);
		fail = false;
		await autosave.flush();
		expect(write).toHaveBeenCalledTimes(2);
		expect(statuses.at(-1)).toBe('saved');
		expect(autosave.pending).toBe(0);
	});

	it('a failed write is retried by itself after a pause', async () => {
		const { autosave, statuses } = setup();
		let fail = true;
		const write = vi.fn(async () => {
			if (fail) throw new Error('connection lost');
		});
		autosave.schedule('a', write);
		await vi.advanceTimersByTimeAsync(DELAY_MS);
		expect(statuses.at(-1)).toBe('error');
		fail = false;
		await vi.advanceTimersByTimeAsync(RETRY_MS - 1);
		expect(write).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(write).toHaveBeenCalledTimes(2);
		expect(statuses.at(-1)).toBe('saved');
	});

	it('a failed write is dropped in favour of a newer write for the same key', async () => {
		const { autosave } = setup();
		let release!: () => void;
		const failing = vi.fn(
			() => new Promise<void>((_, reject) => (release = () => reject(new Error('x'))))
		);
		const newer = vi.fn(async () => {});
		autosave.schedule('a', failing);
		const flushed = autosave.flush();
		await vi.advanceTimersByTimeAsync(0);
		autosave.schedule('a', newer);
		release();
		await flushed;
		await autosave.flush();
		expect(failing).toHaveBeenCalledTimes(1);
		expect(newer).toHaveBeenCalledTimes(1);
		expect(autosave.pending).toBe(0);
	});

	it('one failing write does not stop the others', async () => {
		const { autosave, statuses } = setup();
		const good = vi.fn(async () => {});
		autosave.schedule('bad', async () => {
			throw new Error('no');
		});
		autosave.schedule('good', good);
		await autosave.flush();
		expect(good).toHaveBeenCalledTimes(1);
		expect(autosave.pending).toBe(1);
		expect(statuses.at(-1)).toBe('error');
	});

	describe('attach()', () => {
		function fakeWindow() {
			const doc = Object.assign(new EventTarget(), {
				visibilityState: 'visible' as DocumentVisibilityState
			});
			const win = Object.assign(new EventTarget(), { document: doc });
			return { win, doc, target: win as unknown as Window & typeof globalThis };
		}

		it('flushes on pagehide', async () => {
			const { autosave } = setup();
			const { win, target } = fakeWindow();
			const write = vi.fn(async () => {});
			autosave.attach(target);
			autosave.schedule('a', write);
			win.dispatchEvent(new Event('pagehide'));
			await vi.advanceTimersByTimeAsync(0);
			expect(write).toHaveBeenCalledTimes(1);
		});

		it('flushes on visibilitychange to hidden, not to visible', async () => {
			const { autosave } = setup();
			const { doc, target } = fakeWindow();
			const write = vi.fn(async () => {});
			autosave.attach(target);
			autosave.schedule('a', write);
			doc.dispatchEvent(new Event('visibilitychange'));
			await vi.advanceTimersByTimeAsync(0);
			expect(write).not.toHaveBeenCalled();
			doc.visibilityState = 'hidden';
			doc.dispatchEvent(new Event('visibilitychange'));
			await vi.advanceTimersByTimeAsync(0);
			expect(write).toHaveBeenCalledTimes(1);
		});

		it('the returned function detaches both listeners', async () => {
			const { autosave } = setup();
			const { win, doc, target } = fakeWindow();
			const write = vi.fn(async () => {});
			const detach = autosave.attach(target);
			detach();
			autosave.schedule('a', write);
			win.dispatchEvent(new Event('pagehide'));
			doc.visibilityState = 'hidden';
			doc.dispatchEvent(new Event('visibilitychange'));
			await vi.advanceTimersByTimeAsync(0);
			expect(write).not.toHaveBeenCalled();
		});
	});
});

describe('Autosave, one unit per batch', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes a batch together, and when the unit fails keeps all of it and tries again', async () => {
		const statuses: SaveStatus[] = [];
		let full = true;
		const written: string[] = [];
		const together = vi.fn(async (writes: () => Promise<void>) => {
			const before = written.length;
			await writes();
			// A full disk fails the commit: nothing of the batch stays.
			if (full) {
				written.length = before;
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		const autosave = new Autosave((s) => statuses.push(s), DELAY_MS, together);
		autosave.schedule('workshop', async () => void written.push('workshop'));
		autosave.schedule('row:1', async () => void written.push('row:1'));
		await vi.advanceTimersByTimeAsync(DELAY_MS);
		expect(together).toHaveBeenCalledTimes(1);
		expect(written).toEqual([]);
		expect(statuses.at(-1)).toBe('error');
		expect(autosave.pending).toBe(2);
		full = false;
		await vi.advanceTimersByTimeAsync(RETRY_MS);
		expect(written.sort()).toEqual(['row:1', 'workshop']);
		expect(statuses.at(-1)).toBe('saved');
		expect(autosave.pending).toBe(0);
	});

	it('runs what a write hands back only once its unit is on disk, and with `leaving` told', async () => {
		let fail = true;
		const together = async (writes: () => Promise<void>) => {
			await writes();
			if (fail) throw new DOMException('full', 'QuotaExceededError');
		};
		const autosave = new Autosave(() => {}, DELAY_MS, together);
		const committed = vi.fn();
		const seen: boolean[] = [];
		autosave.schedule('workshop', async (leaving) => {
			seen.push(leaving);
			return committed;
		});
		await vi.advanceTimersByTimeAsync(DELAY_MS);
		expect(committed).not.toHaveBeenCalled();
		fail = false;
		await autosave.flush(true);
		expect(committed).toHaveBeenCalledTimes(1);
		expect(seen).toEqual([false, true]);
	});
});
