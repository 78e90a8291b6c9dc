// Rooms kept in Redis, for several server processes behind one address (REDIS_URL): every
// process loads every room, and a process that dies takes nothing with it. Redis because the
// processes already need it to pass each room's live changes to one another (Hocuspocus's Redis
// extension), so it is one service to run rather than two; its own persistence (RDB/AOF) decides
// how much survives Redis itself stopping.
//
// Keys, per room (`jw:room:CODE:…`):
//   meta    hash: code, workshopId, roomToken, facilitatorHash, createdAt, and closedAt once closed
//   phones  hash: phoneId → {"tokenHash","joinedAt"}
//   doc     list of Yjs updates, each a whole state of the document as one process saw it
//   gen     how many times `doc` was compacted
// Saving never overwrites what another process wrote:
// - meta: fields that never change after the room is made are set again as they are; phones are
//   added (HSET of the phone's own field), never removed; closedAt is set only if missing
//   (HSETNX), so a room once closed stays closed whoever saves after.
// - doc: each save appends (RPUSH) its process's whole state; a load merges the list (Yjs
//   updates commute and repeat harmlessly), so two processes saving the same room at once keep
//   both their edits. When the list grows past COMPACT_AT, the saver merges the items it read
//   into one and swaps them for it in one Lua step, only if no other compaction ran meanwhile
//   (the `gen` counter): appends that landed in between stay behind it, untouched.
import type { Redis } from 'ioredis';
import { encodeStateAsUpdate, mergeUpdates, applyUpdate, Doc } from 'yjs';
import { isRoomCode, roomOfDocument } from '../src/lib/domain/room';
import type { PhoneRecord, RoomMeta, RoomStore } from './store';

const COMPACT_AT = 8;

/** KEYS: doc, gen. ARGV: the gen read, how many items were merged, the merged update. */
const COMPACT = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[2]), -1)
redis.call('LPUSH', KEYS[1], ARGV[3])
redis.call('INCR', KEYS[2])
return 1`;

/** The merged document, garbage collected: the list's items share most of their content. */
function merge(updates: Uint8Array[]): Uint8Array {
	const doc = new Doc();
	applyUpdate(doc, mergeUpdates(updates));
	const state = encodeStateAsUpdate(doc);
	doc.destroy();
	return state;
}

export class RedisRoomStore implements RoomStore {
	readonly shared = true;

	constructor(
		private redis: Redis,
		private prefix = 'jw:room'
	) {}

	#key(
		code: string,
		part: 'meta' | 'phones' | 'doc' | 'gen' | 'shared-doc' | 'shared-gen'
	): string {
		// The code comes from a request: only a well-formed one ever becomes a key.
		if (!isRoomCode(code)) throw new Error(`not a room code: ${code}`);
		return `${this.prefix}:${code}:${part}`;
	}

	/** A document's keys: the room's own, or its facilitators' shared workshop's. */
	#docKey(name: string, part: 'doc' | 'gen'): string {
		const room = roomOfDocument(name);
		if (!room) throw new Error(`not a room's document: ${name}`);
		return this.#key(room.code, room.shared ? `shared-${part}` : part);
	}

	async loadMeta(code: string): Promise<RoomMeta | null> {
		if (!isRoomCode(code)) return null;
		const [[metaError, fields], [phonesError, phones]] = (await this.redis
			.multi()
			.hgetall(this.#key(code, 'meta'))
			.hgetall(this.#key(code, 'phones'))
			.exec()) as [[Error | null, Record<string, string>], [Error | null, Record<string, string>]];
		if (metaError || phonesError) throw metaError ?? phonesError;
		if (!fields?.code) return null;
		return {
			code: fields.code,
			workshopId: fields.workshopId!,
			roomToken: fields.roomToken!,
			facilitatorHash: fields.facilitatorHash!,
			createdAt: Number(fields.createdAt),
			closedAt: fields.closedAt ? Number(fields.closedAt) : null,
			phones: Object.fromEntries(
				Object.entries(phones ?? {}).map(([id, record]) => [
					id,
					JSON.parse(String(record)) as PhoneRecord
				])
			)
		};
	}

	async saveMeta(meta: RoomMeta): Promise<void> {
		const batch = this.redis.multi().hset(this.#key(meta.code, 'meta'), {
			code: meta.code,
			workshopId: meta.workshopId,
			roomToken: meta.roomToken,
			facilitatorHash: meta.facilitatorHash,
			createdAt: String(meta.createdAt)
		});
		const phones = Object.entries(meta.phones);
		if (phones.length)
			batch.hset(
				this.#key(meta.code, 'phones'),
				Object.fromEntries(phones.map(([id, record]) => [id, JSON.stringify(record)]))
			);
		if (meta.closedAt !== null)
			batch.hsetnx(this.#key(meta.code, 'meta'), 'closedAt', String(meta.closedAt));
		const results = await batch.exec();
		const failed = results?.find(([error]) => error);
		if (failed) throw failed[0];
	}

	async loadDoc(name: string): Promise<Uint8Array | null> {
		if (!roomOfDocument(name)) return null;
		const items = await this.redis.lrangeBuffer(this.#docKey(name, 'doc'), 0, -1);
		if (items.length === 0) return null;
		return items.length === 1 ? new Uint8Array(items[0]!) : merge(items);
	}

	async saveDoc(name: string, state: Uint8Array): Promise<void> {
		const length = await this.redis.rpush(this.#docKey(name, 'doc'), Buffer.from(state));
		if (length > COMPACT_AT) await this.#compact(name);
	}

	async #compact(name: string): Promise<void> {
		const doc = this.#docKey(name, 'doc');
		const gen = this.#docKey(name, 'gen');
		const [[genError, seen], [itemsError, items]] = (await this.redis
			.multi()
			.get(gen)
			.lrangeBuffer(doc, 0, -1)
			.exec()) as [[Error | null, string | null], [Error | null, Buffer[]]];
		if (genError || itemsError) throw genError ?? itemsError;
		// Another process compacting at the same moment wins; this one leaves the list as it is.
		await this.redis.eval(
			COMPACT,
			2,
			doc,
			gen,
			seen ?? '0',
			String(items.length),
			Buffer.from(merge(items))
		);
	}
}
