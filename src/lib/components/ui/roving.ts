// One Tab stop for a list (a roving tabindex): ↑/↓, PageUp/PageDown, Home and End go from item to
// item, so a list of twenty suggestions costs a keyboard user one Tab, not twenty, on the way to
// the cards the room votes on. The item last in focus (else the first) is the list's stop.
import type { Attachment } from 'svelte/attachments';

/** The keys that move along a list: where each one goes from index `i` of `last + 1`. */
export const LIST_MOVES: Readonly<Record<string, (i: number, last: number) => number>> = {
	ArrowDown: (i, last) => Math.min(i + 1, last),
	ArrowUp: (i) => Math.max(i - 1, 0),
	PageDown: (i, last) => Math.min(i + 5, last),
	PageUp: (i) => Math.max(i - 5, 0),
	Home: () => 0,
	End: (_, last) => last
};

/** Makes the elements matching `selector` inside the list one Tab stop. An item is kept by its
 *  place, so a button replaced in place (one that has done its job) keeps the stop. */
export function rovingFocus(selector: string): Attachment<HTMLElement> {
	return (list) => {
		let index = 0;
		const items = () => [...list.querySelectorAll<HTMLElement>(selector)];
		const update = () => {
			const all = items();
			index = Math.min(index, Math.max(all.length - 1, 0));
			all.forEach((el, i) => (el.tabIndex = i === index ? 0 : -1));
		};
		const onfocusin = (event: FocusEvent) => {
			const found = items().indexOf(event.target as HTMLElement);
			if (found < 0 || found === index) return;
			index = found;
			update();
		};
		const onkeydown = (event: KeyboardEvent) => {
			const move = LIST_MOVES[event.key];
			if (!move || event.defaultPrevented || event.shiftKey || event.altKey) return;
			if (event.ctrlKey || event.metaKey) return;
			const all = items();
			const at = all.indexOf(event.target as HTMLElement);
			if (at < 0) return;
			event.preventDefault();
			all[move(at, all.length - 1)]?.focus();
		};
		update();
		const watch = new MutationObserver(update);
		watch.observe(list, { childList: true, subtree: true });
		list.addEventListener('focusin', onfocusin);
		list.addEventListener('keydown', onkeydown);
		return () => {
			watch.disconnect();
			list.removeEventListener('focusin', onfocusin);
			list.removeEventListener('keydown', onkeydown);
		};
	};
}
