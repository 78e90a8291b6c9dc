// When work that nobody sees yet may run: after the browser has painted the frame in hand. A key
// press shows its step's heading and first rows in one frame; the emotion curve and the rest of a
// long list are built after that paint, so the room never waits for them to see the step.
// `requestAnimationFrame` runs just before a paint, and a task posted from it runs just after.
// In a tab that is not shown no frame comes, so nothing is built until the tab is looked at.

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

/** Runs `work` in a task of its own, after what is queued (key presses, frames) has had its
 *  turn; the returned function calls it off. */
export function nextTask(work: () => void): () => void {
	const timer = setTimeout(work, 0);
	return () => clearTimeout(timer);
}
