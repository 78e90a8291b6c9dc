// When work that nobody sees yet may run: after the browser has painted the frame in hand, and
// in the idle time between frames. A key press shows its step's heading and first rows in one
// frame; the emotion curve and the rest of a long list are built after that paint, in the gaps
// the browser leaves, so the room never waits for them to see the step and the next frame is
// never held up by them. `requestAnimationFrame` runs just before a paint, and a task posted
// from it runs just after. In a tab that is not shown no frame comes, so nothing is built until
// the tab is looked at.

/** Runs `work` once the next frame has been painted; the returned function calls it off. */
export function afterPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(work, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** How much of an idle moment is left. */
export interface IdleTime {
	/** Milliseconds until the browser wants the thread back (for the next frame, say). */
	timeRemaining(): number;
}

/** What a moment without `requestIdleCallback` (Safari) is given: a short slice of its own. */
const SLICE_MS = 8;

/** Runs `work` in the browser's next idle moment (at the latest after `timeout` ms); the
 *  returned function calls it off. Where there are no idle callbacks, in a task of its own. */
export function whenIdle(work: (idle: IdleTime) => void, timeout = 200): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(id);
	}
	// A message, not a timer: nested timers wait at least 4 ms each.
	const channel = new MessageChannel();
	let called = false;
	channel.port1.onmessage = () => {
		channel.port1.close();
		const end = performance.now() + SLICE_MS;
		if (!called) work({ timeRemaining: () => Math.max(0, end - performance.now()) });
	};
	channel.port2.postMessage(null);
	return () => {
		called = true;
		channel.port1.close();
	};
}
