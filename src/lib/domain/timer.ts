// What the step timer shows: time left in the timebox, then the overrun. Amber at 20 % left so
// the facilitator can start wrapping up, red at zero; the timer keeps counting after that,
// because the agenda needs to know by how much the step ran over.
export type TimerLevel = 'calm' | 'amber' | 'red';

export const AMBER_SHARE = 0.2;

export interface TimerReading {
	/** Milliseconds left, 0 once the timebox is used up. */
	remainingMs: number;
	/** Milliseconds past the timebox, 0 before that. */
	overrunMs: number;
	level: TimerLevel;
}

export function readTimer(durationMs: number, elapsedMs: number): TimerReading {
	const left = durationMs - elapsedMs;
	const level: TimerLevel = left <= 0 ? 'red' : left <= durationMs * AMBER_SHARE ? 'amber' : 'calm';
	return { remainingMs: Math.max(0, left), overrunMs: Math.max(0, -left), level };
}

/** "12:05" for minutes and seconds, "1:02:05" past an hour; whole seconds, rounded up while
 *  counting down so "0:00" shows only when the time is really up. */
export function formatDuration(ms: number, roundUp = true): string {
	const total = (roundUp ? Math.ceil : Math.floor)(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
