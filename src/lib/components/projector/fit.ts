// The two measurements the pager needs from the page: the size of the projector's body (the
// questions and the output together), and whether the page shown runs over its box after all —
// the estimates in pages.ts are careful, but a title of very wide letters can still beat them.
import type { Attachment } from 'svelte/attachments';
import type { Pager } from './pager.svelte';

const observeSize = (element: Element, changed: () => void) => {
	// jsdom has no ResizeObserver: a test page has no layout to fit anyway.
	if (typeof ResizeObserver !== 'function') return () => undefined;
	const observer = new ResizeObserver(changed);
	observer.observe(element);
	return () => observer.disconnect();
};

/** A ruler for text in `element`'s font: a canvas measures a word without laying out a page. */
function ruler(element: HTMLElement): ((text: string) => number) | undefined {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return undefined;
	const style = getComputedStyle(element);
	context.font = `${style.fontSize} ${style.fontFamily}`;
	const known = new Map<string, number>();
	return (text) => {
		let width = known.get(text);
		if (width === undefined) {
			width = context.measureText(text).width;
			known.set(text, width);
		}
		return width;
	};
}

/** Tells the pager the size of the box the questions and the output share, and its font. */
export function measureBody(pager: Pager): Attachment<HTMLElement> {
	return (body) => {
		pager.measure = ruler(body);
		const measure = () => pager.measured(body.clientWidth, body.clientHeight);
		measure();
		return observeSize(body, measure);
	};
}

/** Quiet time after the last change before the output is judged: while a step comes in, the
 *  frame settles over a few frames (the questions fold, the pages are planned), and a page that
 *  only overflows on the way must not make every page smaller. */
const SETTLE_MS = 150;

/** Watches the output: when what it shows stays taller or wider than its box, the pages get
 *  smaller. */
export function watchOverflow(pager: Pager): Attachment<HTMLElement> {
	return (box) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const check = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				const over =
					box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
				// A smaller plan may change nothing in the page (one item per page already):
				// look again, until the pager has nothing left to try.
				if (over && box.clientHeight > 0 && pager.overflowed()) check();
			}, SETTLE_MS);
		};
		const changes = new MutationObserver(check);
		changes.observe(box, { childList: true, subtree: true, characterData: true });
		const stopSize = observeSize(box, check);
		return () => {
			clearTimeout(timer);
			changes.disconnect();
			stopSize();
		};
	};
}

/** The type sizes a box of words may step down through to show them all: from the projector's
 *  28 px to 24 px, the least the back row reads. */
const FIT_STEPS = [1, 0.93, 0.86];

/**
 * Steps the type of a box of words (the questions for the room, a step's output that has no
 * pages) down, no further than 24 px, until they all show without scrolling; back up when the
 * box grows. Beyond that the box scrolls, reachable by keyboard, as a last resort.
 */
export const fitWords: Attachment<HTMLElement> = (box) => {
	const fit = () => {
		for (const step of FIT_STEPS) {
			box.style.fontSize = `${step}em`;
			if (box.scrollHeight <= box.clientHeight + 1) return;
		}
	};
	fit();
	// Other words (another language, another step's questions) are fitted afresh too.
	const changes = new MutationObserver(fit);
	changes.observe(box, { childList: true, subtree: true, characterData: true });
	const stopSize = observeSize(box, fit);
	return () => {
		changes.disconnect();
		stopSize();
		box.style.fontSize = '';
	};
};
