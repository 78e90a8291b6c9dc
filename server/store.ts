// Where rooms are kept: each room's metadata (its tokens' hashes, its phones, open or closed)
// and its shared document. The default keeps both on the laptop's disk, a file each per room,
// written whole to a temporary file and renamed over the old one, so a crash mid-write leaves the
// previous version rather than half a file. Nothing native, nothing to set up. The server only
// speaks to the RoomStore interface; the shared store for rooms across several server processes
// (Redis) is server/redis-store.ts.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRoomCode, roomOfDocument, sharedDocName } from '../src/lib/domain/room';

export interface PhoneRecord {
	/** sha256 of the phone's token, hex: the token itself is never kept. */
	tokenHash: string;
	joinedAt: number;
}

export interface RoomMeta {
	code: string;
	workshopId: string;
	/** The token the join link carries; shown on the projector, so kept as is. */
	roomToken: string;
	facilitatorHash: string;
	phones: Record<string, PhoneRecord>;
	createdAt: number;
	closedAt: number | null;
}

export interface RoomStore {
	/** True when other processes write to the same store (Redis): then nothing read from it may
	 *  be kept in memory, since another process may have added a phone or closed the room. */
	readonly shared?: boolean;
	loadMeta(code: string): Promise<RoomMeta | null>;
	/** A shared store merges rather than overwrites: phones are only ever added, and a closed
	 *  room never opens again, whichever process saves last. */
	saveMeta(meta: RoomMeta): Promise<void>;
	/** A document by its name: a room's code, or its shared workshop's (domain/room.ts). */
	loadDoc(name: string): Promise<Uint8Array | null>;
	/** `state` is the whole document as one Yjs update. A shared store keeps what every process
	 *  saved (merged on load), so two processes saving the same room never undo each other. */
	saveDoc(name: string, state: Uint8Array): Promise<void>;
}

/** A file per room's metadata (`CODE.json`) and per room's document (`CODE.ydoc`). */
export class FileRoomStore implements RoomStore {
	#ready: Promise<unknown>;
	/** Writes to one file go one after another: a slow older write never lands last. */
	#queue = new Map<string, Promise<void>>();

	constructor(readonly dir: string) {
		this.#ready = mkdir(dir, { recursive: true });
	}

	#path(code: string, ext: string): string {
		// The code comes from a request: only a well-formed one ever becomes a file name.
		if (!isRoomCode(code)) throw new Error(`not a room code: ${code}`);
		return join(this.dir, `${code}.${ext}`);
	}

	async #read(path: string): Promise<Buffer | null> {
		await this.#ready;
		try {
			return await readFile(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
	}

	#write(path: string, body: Uint8Array | string): Promise<void> {
		const previous = this.#queue.get(path) ?? Promise.resolve();
		const next = previous
			.catch(() => {})
			.then(async () => {
				await this.#ready;
				const tmp = `${path}.${process.pid}.tmp`;
				await writeFile(tmp, body);
				await rename(tmp, path);
			});
		this.#queue.set(path, next);
		void next.finally(() => {
			if (this.#queue.get(path) === next) this.#queue.delete(path);
		});
		return next;
	}

	async loadMeta(code: string): Promise<RoomMeta | null> {
		if (!isRoomCode(code)) return null;
		const body = await this.#read(this.#path(code, 'json'));
		return body ? (JSON.parse(body.toString('utf8')) as RoomMeta) : null;
	}

	saveMeta(meta: RoomMeta): Promise<void> {
		return this.#write(this.#path(meta.code, 'json'), JSON.stringify(meta, null, '\t'));
	}

	async loadDoc(name: string): Promise<Uint8Array | null> {
		if (!roomOfDocument(name)) return null;
		const body = await this.#read(this.#docPath(name));
		return body ? new Uint8Array(body) : null;
	}

	saveDoc(name: string, state: Uint8Array): Promise<void> {
		return this.#write(this.#docPath(name), state);
	}

	/** A room's document (`CODE.ydoc`), or the workshop its facilitators share
	 *  (`CODE.workshop.ydoc`). */
	#docPath(name: string): string {
		const room = roomOfDocument(name);
		if (!room) throw new Error(`not a room's document: ${name}`);
		return join(this.dir, `${room.shared ? sharedDocName(room.code) : room.code}.ydoc`);
	}
}
