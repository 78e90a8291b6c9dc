// Views whose code loads the first time they are shown, not with the page: the wizard opens with
// the code of one step, not of eleven, and the projector's views load when projector mode does.
// A view loaded once is shown at once after that (a component, not a promise, so {#await} has
// nothing to wait for), and the neighbours of the current step are fetched in the background so
// → and ← never wait. Offline, the service worker has every chunk.
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- views take different props
type View = Component<any>;
type Loader = () => Promise<{ default: View }>;

export interface LazyViews<K extends string> {
	/** The view, or a promise of it the first time. */
	load(key: K): View | Promise<View>;
	/** Fetches the views up to `reach` places either side of `key` in `order` in the
	 *  background, nearest first, so moving to them does not wait. */
	preloadBeside(key: K, order: readonly K[], reach?: number): void;
}

export function lazyViews<K extends string>(loaders: Record<K, Loader>): LazyViews<K> {
	const loaded = new Map<K, View>();
	const loading = new Map<K, Promise<View>>();
	function load(key: K): View | Promise<View> {
		const view = loaded.get(key);
		if (view) return view;
		let promise = loading.get(key);
		if (!promise) {
			promise = loaders[key]().then(
				(m) => {
					loaded.set(key, m.default);
					return m.default;
				},
				(error: unknown) => {
					// Not loaded (offline before the app was cached): the next try starts afresh.
					loading.delete(key);
					throw error;
				}
			);
			loading.set(key, promise);
		}
		return promise;
	}
	return {
		load,
		preloadBeside(key, order, reach = 1) {
			const at = order.indexOf(key);
			for (let d = 1; d <= reach; d++)
				for (const near of [order[at - d], order[at + d]])
					if (near !== undefined) void Promise.resolve(load(near)).catch(() => {});
		}
	};
}
