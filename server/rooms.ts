// The rooms this server knows and who may enter them. A room is made by the facilitator's app
// (it gets the room's code, its own facilitator token and the join link for the QR); a phone
// opens the link and trades the room token (in the link's #fragment, never in a server log) for
// a phone id and a phone token of its own, so the server knows which phone every connection is
// and no phone can write as another. Every token is 128 random bits; only sha256 hashes of the
// facilitator's and phones' tokens are kept. A closed room refuses every token for good, also
// after a restart, because "closed" is written to the store before anyone is told.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, isId, isRoomCode } from '../src/lib/domain/room';
import type { RoomMeta, RoomStore } from './store';
import type { Who } from './rights';

const token = () => randomBytes(16).toString('base64url');
const hash = (value: string) => createHash('sha256').update(value).digest('hex');

function sameText(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

export class RoomError extends Error {
	constructor(
		readonly status: number,
		readonly reason: 'no-room' | 'closed' | 'bad-token' | 'bad-request'
	) {
		super(reason);
	}
}

export class Rooms {
	/** Rooms read from the store once, then kept: the store is written on every change.
	 *  Only for a store this process has to itself. With a shared store (Redis, several
	 *  processes) every question reads the store again: a phone that joined on another process
	 *  must be known here, and a room closed there must refuse here at once. A short TTL would
	 *  leave a closed room open for that long, and pub-sub invalidation would race with the
	 *  read it invalidates; one read is a single round trip to Redis, made when a phone joins
	 *  or a socket signs in, never per message. */
	#known = new Map<string, Promise<RoomMeta | null>>();

	constructor(private store: RoomStore) {}

	#meta(code: string): Promise<RoomMeta | null> {
		if (!isRoomCode(code)) return Promise.resolve(null);
		if (this.store.shared) return this.store.loadMeta(code);
		let meta = this.#known.get(code);
		if (!meta) {
			meta = this.store.loadMeta(code);
			this.#known.set(code, meta);
			// A failed read is not remembered: the next request tries again.
			meta.catch(() => this.#known.delete(code));
		}
		return meta;
	}

	async #open(code: string): Promise<RoomMeta> {
		const meta = await this.#meta(code);
		if (!meta) throw new RoomError(404, 'no-room');
		if (meta.closedAt !== null) throw new RoomError(410, 'closed');
		return meta;
	}

	async create(workshopId: string) {
		if (!isId(workshopId)) throw new RoomError(400, 'bad-request');
		let code: string;
		do {
			code = Array.from(
				{ length: CODE_LENGTH },
				() => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
			).join('');
		} while (await this.#meta(code));
		const facilitatorToken = token();
		const meta: RoomMeta = {
			code,
			workshopId,
			roomToken: token(),
			facilitatorHash: hash(facilitatorToken),
			phones: {},
			createdAt: Date.now(),
			closedAt: null
		};
		await this.store.saveMeta(meta);
		if (!this.store.shared) this.#known.set(code, Promise.resolve(meta));
		return { code, facilitatorToken, roomToken: meta.roomToken };
	}

	/** The facilitator's room, or a refusal: for the facilitator's own API calls. */
	async facilitated(code: string, facilitatorToken: string): Promise<RoomMeta> {
		const meta = await this.#meta(code);
		if (!meta) throw new RoomError(404, 'no-room');
		if (!sameText(hash(facilitatorToken), meta.facilitatorHash))
			throw new RoomError(403, 'bad-token');
		return meta;
	}

	/** A phone trades the room's token for its own id and token. */
	async join(code: string, roomToken: string) {
		const meta = await this.#open(code);
		if (!sameText(roomToken, meta.roomToken)) throw new RoomError(403, 'bad-token');
		let phoneId: string;
		do phoneId = randomBytes(6).toString('base64url');
		while (meta.phones[phoneId] || !isId(phoneId));
		const secret = token();
		meta.phones[phoneId] = { tokenHash: hash(secret), joinedAt: Date.now() };
		// A shared store adds this phone beside any that another process added meanwhile.
		await this.store.saveMeta(meta);
		// What the phone presents on its sync connection: its id, so the lookup is one step.
		return { phoneId, phoneToken: `${phoneId}:${secret}` };
	}

	/** Who a sync connection's token belongs to in this room, or a refusal. */
	async authenticate(code: string, presented: string): Promise<Who> {
		const meta = await this.#open(code);
		const h = hash(presented);
		if (sameText(h, meta.facilitatorHash)) return { role: 'facilitator' };
		const [phoneId, secret] = presented.split(':');
		const phone = phoneId ? meta.phones[phoneId] : undefined;
		if (phone && secret && sameText(hash(secret), phone.tokenHash))
			return { role: 'phone', phoneId: phoneId! };
		throw new RoomError(403, 'bad-token');
	}

	/** Whether the room is closed, read from the store now (for a process that learns of a
	 *  close from the shared document rather than from its own API). */
	async isClosed(code: string): Promise<boolean> {
		const meta = await this.#meta(code);
		return !!meta && meta.closedAt !== null;
	}

	async close(meta: RoomMeta): Promise<void> {
		if (meta.closedAt !== null) return;
		meta.closedAt = Date.now();
		await this.store.saveMeta(meta);
	}
}
