// A box that scrolls must be reachable from the keyboard (WCAG 2.1.1), or what lies below its
// fold is out of reach for anyone without a mouse when nothing inside it takes the focus: the
// projector's questions and output are such boxes. The box joins the Tab order only while it
// really scrolls, so a short step adds no stop that does nothing.
import type { Attachment } from 'svelte/attachments';

export const keyboardScroll: Attachment<HTMLElement> = (box) => {
	const update = () => {
		const scrolls = box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;
		if (scrolls) box.tabIndex = 0;
		else box.removeAttribute('tabindex');
	};
	update();
	// The box's own size (the window, the prompts shown or hidden) and what is in it (the room
	// adds a line) both decide whether it scrolls. (jsdom has no ResizeObserver.)
	const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
	resized?.observe(box);
	const changed = new MutationObserver(update);
	changed.observe(box, { childList: true, subtree: true, characterData: true });
	return () => {
		resized?.disconnect();
		changed.disconnect();
	};
};
