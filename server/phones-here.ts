// Which phones are connected to a room when its phones are spread over several processes, for
// the facilitator's "N phones in" (GET /api/rooms/CODE). Each process writes, every few seconds,
// the phones connected to it per room into one Redis hash per room (field: the process; value:
// until when it holds, and the phone ids); a count is this process's live phones plus what the
// others wrote that has not expired. So a phone on another process shows within EVERY_MS, and a
// process that died stops counting after HOLD_MS, without anyone having to clean up after it.
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

const EVERY_MS = 3000;
const HOLD_MS = 10_000;

export class PhonesHere {
	readonly #me = randomUUID();
	readonly #timer: NodeJS.Timeout;
	/** Rooms this process wrote about last time: a room it no longer holds is cleared once. */
	#wrote = new Set<string>();

	constructor(
		private redis: Redis,
		/** The phones connected to this process, per room. */
		private local: () => Map<string, Set<string>>,
		private prefix = 'jw:room'
	) {
		this.#timer = setInterval(() => void this.publish().catch(() => {}), EVERY_MS);
		this.#timer.unref();
	}

	#key(code: string) {
		return `${this.prefix}:${code}:here`;
	}

	async publish(): Promise<void> {
		const rooms = this.local();
		const until = Date.now() + HOLD_MS;
		const batch = this.redis.multi();
		for (const [code, phones] of rooms)
			batch.hset(this.#key(code), this.#me, JSON.stringify({ until, phones: [...phones] }));
		for (const code of this.#wrote) if (!rooms.has(code)) batch.hdel(this.#key(code), this.#me);
		this.#wrote = new Set(rooms.keys());
		await batch.exec();
	}

	/** Phones connected to the room on any process. */
	async count(code: string, here: Set<string>): Promise<number> {
		const all = new Set(here);
		const now = Date.now();
		const gone: string[] = [];
		for (const [process, value] of Object.entries(await this.redis.hgetall(this.#key(code)))) {
			if (process === this.#me) continue;
			const { until, phones } = JSON.parse(value) as { until: number; phones: string[] };
			if (until > now) for (const phone of phones) all.add(phone);
			else gone.push(process);
		}
		// A process that died never clears its own field.
		if (gone.length) await this.redis.hdel(this.#key(code), ...gone);
		return all.size;
	}

	/** On a graceful stop: this process's phones are about to be elsewhere. */
	async stop(): Promise<void> {
		clearInterval(this.#timer);
		const batch = this.redis.multi();
		for (const code of this.#wrote) batch.hdel(this.#key(code), this.#me);
		await batch.exec();
	}
}
