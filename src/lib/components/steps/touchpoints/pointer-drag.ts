// Moving cards on the timeline by pointer: mouse, pen and finger alike. HTML5 drag events never
// fire on a touch screen, and a room's touch board or tablet is where cards get moved, so the
// board follows pointer events instead. A mouse or pen drag starts after a few pixels; a finger
// holds a card for a moment first, so a quick swipe still scrolls the board. While a card moves,
// the column and place under the pointer show where it will land; letting go there moves it,
// through the same `board.drop` (and its announcement and Undo) as ever. Escape, or letting go
// outside every column, moves nothing. The keyboard's Alt+arrows are untouched.
import type { Attachment } from 'svelte/attachments';
import type { TouchpointBoard } from './board.svelte';

/** How far a mouse moves with its button held before it is a drag, not a click. */
const MOVE_PX = 6;
/** How long a finger holds a card before it picks the card up; moving sooner scrolls. */
export const HOLD_MS = 350;
/** Near an edge of the board (or of the window) by this much, the card scrolls it along: a
 *  tablet shows two or three phases of six. */
const EDGE_PX = 56;
const SCROLL_PX = 14;

interface Press {
	id: string;
	pointerId: number;
	x: number;
	y: number;
	button: HTMLElement;
	hold?: ReturnType<typeof setTimeout>;
}

export function pointerDrag(board: TouchpointBoard): Attachment<HTMLElement> {
	return (root) => {
		let press: Press | null = null;
		let moving = false;
		/** Where the moving card is, for the scrolling at the edges. */
		let at = { x: 0, y: 0 };
		let frame = 0;
		/** The click that follows letting go of a dragged card is not a click on it. */
		let swallowClick = false;

		/** The column under a point; in a gap between columns or past the board's side (a finger
		 *  at the screen's edge, scrolling it), the nearest one across. Off the board: none. */
		function columnAt(x: number, y: number): HTMLElement | null {
			const hit = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-column]');
			if (hit && root.contains(hit)) return hit;
			const box = root.getBoundingClientRect();
			if (y < box.top || y > box.bottom) return null;
			let nearest: HTMLElement | null = null;
			let best = Infinity;
			for (const column of root.querySelectorAll<HTMLElement>('[data-column]')) {
				const { left, right } = column.getBoundingClientRect();
				const distance = x < left ? left - x : x > right ? x - right : 0;
				if (distance < best) [nearest, best] = [column, distance];
			}
			return nearest;
		}

		/** The column and place among its cards (without the moving one) under a point. */
		function placeUnder(x: number, y: number) {
			const column = columnAt(x, y);
			if (!column) return null;
			const cards = [...column.querySelectorAll<HTMLElement>('.cards > [data-tp]')].filter(
				(el) => el.dataset.tp !== board.draggingId
			);
			const k = cards.findIndex((el) => {
				const box = el.getBoundingClientRect();
				return y < box.top + box.height / 2;
			});
			return { key: column.dataset.column || null, k: k < 0 ? cards.length : k };
		}

		/** While a card is held near an edge, the board (or the page) scrolls on under it. */
		function scrollAtEdges() {
			frame = 0;
			if (!moving) return;
			const box = root.getBoundingClientRect();
			const left = Math.max(box.left, 0);
			const right = Math.min(box.right, window.innerWidth);
			const dx = at.x < left + EDGE_PX ? -SCROLL_PX : at.x > right - EDGE_PX ? SCROLL_PX : 0;
			const dy = at.y < EDGE_PX ? -SCROLL_PX : at.y > window.innerHeight - EDGE_PX ? SCROLL_PX : 0;
			if (dx) root.scrollLeft += dx;
			if (dy) window.scrollBy(0, dy);
			if (dx || dy) board.dropAt = placeUnder(at.x, at.y);
			frame = requestAnimationFrame(scrollAtEdges);
		}

		function pickUp() {
			if (!press) return;
			moving = true;
			at = { x: press.x, y: press.y };
			frame = requestAnimationFrame(scrollAtEdges);
			board.draggingId = press.id;
			// The moves go on reaching the board when the pointer leaves the card.
			if (press.button.isConnected) press.button.setPointerCapture?.(press.pointerId);
		}

		function release() {
			if (press?.hold) clearTimeout(press.hold);
			cancelAnimationFrame(frame);
			press = null;
			moving = false;
		}

		function cancel() {
			if (moving) {
				board.draggingId = null;
				board.dropAt = null;
			}
			release();
		}

		function onpointerdown(event: PointerEvent) {
			if (event.button !== 0 || press) return;
			const button = (event.target as Element).closest<HTMLElement>('[data-tp] button.open');
			const id = button?.closest<HTMLElement>('[data-tp]')?.dataset.tp;
			if (!button || !id) return;
			press = { id, pointerId: event.pointerId, x: event.clientX, y: event.clientY, button };
			if (event.pointerType === 'touch') press.hold = setTimeout(pickUp, HOLD_MS);
		}

		function onpointermove(event: PointerEvent) {
			if (!press || event.pointerId !== press.pointerId) return;
			if (!moving) {
				if (Math.hypot(event.clientX - press.x, event.clientY - press.y) <= MOVE_PX) return;
				// A finger that moves before it has held the card is scrolling the board.
				if (event.pointerType === 'touch') return release();
				pickUp();
			}
			at = { x: event.clientX, y: event.clientY };
			const place = placeUnder(at.x, at.y);
			if (place?.key !== board.dropAt?.key || place?.k !== board.dropAt?.k) board.dropAt = place;
		}

		function onpointerup(event: PointerEvent) {
			if (!press || event.pointerId !== press.pointerId) return;
			if (moving) {
				swallowClick = true;
				// Where the last move showed it would land (a lifted finger's own point can be stale).
				const place = board.dropAt;
				if (place) board.drop(place.key, place.k);
				else cancel();
			}
			release();
		}

		function onclick(event: MouseEvent) {
			if (!swallowClick) return;
			swallowClick = false;
			event.preventDefault();
			event.stopPropagation();
		}

		// A finger holding a card must move the card, not the page.
		function ontouchmove(event: TouchEvent) {
			if (moving) event.preventDefault();
		}

		function onkeydown(event: KeyboardEvent) {
			if (!moving || event.key !== 'Escape') return;
			event.preventDefault();
			event.stopPropagation();
			cancel();
		}

		const listeners = [
			['pointerdown', onpointerdown, undefined],
			['pointermove', onpointermove, undefined],
			['pointerup', onpointerup, undefined],
			['pointercancel', cancel, undefined],
			['click', onclick, { capture: true }],
			['touchmove', ontouchmove, { passive: false }],
			['contextmenu', (e: Event) => moving && e.preventDefault(), undefined]
		] as const;
		for (const [type, listener, options] of listeners)
			root.addEventListener(type, listener as EventListener, options);
		window.addEventListener('keydown', onkeydown, true);
		return () => {
			cancel();
			for (const [type, listener, options] of listeners)
				root.removeEventListener(type, listener as EventListener, {
					capture: !!options && 'capture' in options
				});
			window.removeEventListener('keydown', onkeydown, true);
		};
	};
}
