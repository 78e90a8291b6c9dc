import type { Component } from 'svelte';
import { lazyViews } from '$lib/components/ui/lazy-views';

const view = (name: string) => ({ name }) as unknown as Component;

describe('lazyViews', () => {
	it('loads a view once: a promise the first time, the view itself after', async () => {
		const a = view('a');
		const load = vi.fn(async () => ({ default: a }));
		const views = lazyViews({ a: load });
		const first = views.load('a');
		expect(first).toBeInstanceOf(Promise);
		expect(views.load('a')).toBe(first);
		expect(await first).toBe(a);
		expect(views.load('a')).toBe(a);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('a load that failed is tried afresh next time', async () => {
		let fail = true;
		const views = lazyViews({
			a: async () => {
				if (fail) throw new Error('offline');
				return { default: view('a') };
			}
		});
		await expect(views.load('a')).rejects.toThrow('offline');
		fail = false;
		expect(await views.load('a')).toEqual(view('a'));
	});

	it('fetches the views either side of the current one, and no others', async () => {
		const loaders = Object.fromEntries(
			['one', 'two', 'three', 'four'].map((k) => [k, vi.fn(async () => ({ default: view(k) }))])
		);
		const views = lazyViews(loaders);
		const order = ['one', 'two', 'three', 'four'];
		views.preloadBeside('two', order);
		expect(loaders.one).toHaveBeenCalledTimes(1);
		expect(loaders.two).toHaveBeenCalledTimes(0);
		expect(loaders.three).toHaveBeenCalledTimes(1);
		expect(loaders.four).toHaveBeenCalledTimes(0);
		// At the start of the order there is only one neighbour.
		views.preloadBeside('one', order);
		expect(loaders.two).toHaveBeenCalledTimes(1);
		expect(loaders.one).toHaveBeenCalledTimes(1);
		await Promise.resolve();
		expect(views.load('three')).toEqual(view('three'));
	});

	it('reaches further when asked, nearest first', () => {
		const order = ['one', 'two', 'three', 'four', 'five', 'six'];
		const asked: string[] = [];
		const loaders = Object.fromEntries(
			order.map((k) => [
				k,
				async () => {
					asked.push(k);
					return { default: view(k) };
				}
			])
		);
		lazyViews(loaders).preloadBeside('three', order, 2);
		expect(asked).toEqual(['two', 'four', 'one', 'five']);
	});
});
