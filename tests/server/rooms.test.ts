// Rooms and their tokens, and the room's document guarded by the server: a phone writes only
// its own keys with valid values; a hostile client is refused and the room carries on.
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import {
	api,
	cleanUp,
	connect,
	joinRoom,
	openRoom,
	pause,
	start,
	until,
	type Client,
	type Running
} from './helpers';
import { CODE_ALPHABET, sharedDocName } from '../../src/lib/domain/room';

let server: Running;
const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

beforeEach(async () => {
	server = await start();
});
afterEach(async () => {
	for (const client of clients.splice(0)) client.destroy();
	await server.close();
	cleanUp(server);
});

/** A room with the facilitator connected and the room's state for step 9 written. */
async function facilitatedRoom() {
	const room = await openRoom(server);
	const facilitator = track(connect(server, room.code, room.facilitatorToken));
	await facilitator.synced;
	facilitator.doc.transact(() => {
		const state = facilitator.doc.getMap('room');
		state.set('step', 9);
		state.set('dots', 3);
		state.set('phases', [{ id: 'p1', name: 'Order' }]);
		state.set('touchpoints', [{ id: 't1', name: 'Order form', phaseId: 'p1' }]);
		state.set('opportunities', [
			{ id: 'o1', text: 'Faster delivery' },
			{ id: 'o2', text: 'Clear status' }
		]);
	});
	return { room, facilitator };
}

async function phone(room: { code: string; roomToken: string }) {
	const { phoneId, phoneToken } = await joinRoom(server, room.code, room.roomToken);
	const client = track(connect(server, room.code, phoneToken));
	await client.synced;
	return { phoneId, phoneToken, client };
}

const note = (text: string) => ({ kind: 'idea', text, at: 1 });

it('opens a room with a readable code, unguessable tokens and the join link', async () => {
	const room = await openRoom(server);
	expect(room.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
	// 16 random bytes in base64url: 128 bits each.
	for (const token of [room.facilitatorToken, room.roomToken])
		expect(Buffer.from(token, 'base64url')).toHaveLength(16);
	expect(room.facilitatorToken).not.toBe(room.roomToken);
	expect(room.joinUrl).toBe(`http://phone.test:${server.port}/j/${room.code}#${room.roomToken}`);
	const joined = await joinRoom(server, room.code, room.roomToken);
	expect(joined.phoneToken.startsWith(`${joined.phoneId}:`)).toBe(true);
	expect(
		(await api(server, `/api/rooms/${room.code}/join`, { body: { token: 'wrong' } })).status
	).toBe(403);
	expect((await api(server, `/api/rooms/${room.code}`, { token: room.roomToken })).status).toBe(
		403
	);
	const status = await api(server, `/api/rooms/${room.code}`, { token: room.facilitatorToken });
	expect(status.body).toMatchObject({ code: room.code, open: true, phones: 0, joined: 1 });
});

it('carries a phone’s own contributions, scores and votes to the facilitator', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const { phoneId, client } = await phone(room);
	client.doc.transact(() => {
		client.doc.getMap('items').set(`${phoneId}|a`, note('Tell me when it ships'));
		client.doc.getMap('scores').set(`t1|${phoneId}`, 2);
		client.doc.getMap('votes').set(`o1|${phoneId}`, 2);
	});
	await until(() => facilitator.doc.getMap('votes').get(`o1|${phoneId}`) === 2);
	expect(facilitator.doc.getMap('items').get(`${phoneId}|a`)).toMatchObject({
		text: 'Tell me when it ships'
	});
	expect(facilitator.doc.getMap('scores').get(`t1|${phoneId}`)).toBe(2);
	const status = await api(server, `/api/rooms/${room.code}`, { token: room.facilitatorToken });
	expect(status.body).toMatchObject({ phones: 1 });
	// Withdrawing its own works too.
	client.doc.getMap('items').delete(`${phoneId}|a`);
	await until(() => !facilitator.doc.getMap('items').has(`${phoneId}|a`));
});

it('refuses a phone that writes what is not its own, and the room carries on', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const a = await phone(room);
	a.client.doc.getMap('votes').set(`o1|${a.phoneId}`, 1);
	a.client.doc.getMap('items').set(`${a.phoneId}|x`, note('Mine'));
	await until(() => facilitator.doc.getMap('votes').get(`o1|${a.phoneId}`) === 1);
	const before = JSON.stringify(facilitator.doc.toJSON());

	const attacks: [string, (doc: import('yjs').Doc, me: string) => void][] = [
		['delete the touchpoints', (doc) => doc.getMap('room').delete('touchpoints')],
		['open a new step', (doc) => doc.getMap('room').set('step', 2)],
		['change another phone’s vote', (doc) => doc.getMap('votes').set(`o1|${a.phoneId}`, 3)],
		['withdraw another phone’s note', (doc) => doc.getMap('items').delete(`${a.phoneId}|x`)],
		['write as another phone', (doc) => doc.getMap('items').set(`${a.phoneId}|y`, note('Forged'))],
		['approve itself', (doc, me) => doc.getMap('moderation').set(`${me}|z`, 'approved')],
		['use a map of its own', (doc) => doc.getMap('elsewhere').set('k', 1)],
		['use a list', (doc) => doc.getArray('items').insert(0, [1])],
		['put more dots than allowed', (doc, me) => doc.getMap('votes').set(`o2|${me}`, 4)],
		['score 6', (doc, me) => doc.getMap('scores').set(`t1|${me}`, 6)],
		[
			'send a too long note',
			(doc, me) => doc.getMap('items').set(`${me}|l`, note('x'.repeat(281)))
		],
		[
			'send a note of the wrong shape',
			(doc, me) => doc.getMap('items').set(`${me}|s`, { kind: 'x' })
		]
	];
	for (const [what, attack] of attacks) {
		const b = await phone(room);
		b.client.doc.transact(() => attack(b.client.doc, b.phoneId));
		await until(() => b.client.closes.some((reason) => reason.startsWith('refused:')));
		b.client.destroy();
		expect(JSON.stringify(facilitator.doc.toJSON()), what).toBe(before);
	}
	expect(server.logs.filter((line) => line.includes('refused'))).toHaveLength(attacks.length);
	// The honest phone is still connected and still heard.
	a.client.doc.getMap('items').set(`${a.phoneId}|after`, note('Still here'));
	await until(() => facilitator.doc.getMap('items').has(`${a.phoneId}|after`));
});

it('refuses presence (awareness) from a phone: only facilitators show who is where', async () => {
	const { room } = await facilitatedRoom();
	const { phoneToken } = await joinRoom(server, room.code, room.roomToken);
	const forger = track(connect(server, room.code, phoneToken, undefined, false));
	await until(() => forger.closes.includes('refused:facilitator-only'));
	expect(server.logs.some((line) => line.includes('awareness'))).toBe(true);
});

it('limits how fast a phone adds notes', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const a = await phone(room);
	for (let i = 0; i < 20; i++)
		a.client.doc.getMap('items').set(`${a.phoneId}|n${i}`, note(`Note ${i}`));
	await until(() => facilitator.doc.getMap('items').size === 20);
	a.client.doc.getMap('items').set(`${a.phoneId}|n20`, note('One too many'));
	await until(() => a.client.closes.some((reason) => reason === 'refused:too-fast'));
	expect(facilitator.doc.getMap('items').has(`${a.phoneId}|n20`)).toBe(false);
});

/** A raw websocket with a first message the provider would send: auth with a token. */
function rawSocket(code: string, token: string) {
	const socket = new WebSocket(server.ws);
	const events: string[] = [];
	socket.on('close', (code) => events.push(`close:${code}`));
	socket.on('error', () => events.push('error'));
	const opened = new Promise((resolve) => socket.once('open', resolve));
	const auth = encoding.createEncoder();
	encoding.writeVarString(auth, code);
	encoding.writeVarUint(auth, 2); // auth
	encoding.writeVarUint(auth, 0); // token
	encoding.writeVarString(auth, token);
	return { socket, events, opened, authMessage: encoding.toUint8Array(auth) };
}

it('drops a 10 MB message and garbage bytes, and stays up for everyone else', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const a = await phone(room);
	const b = await joinRoom(server, room.code, room.roomToken);
	const before = JSON.stringify(facilitator.doc.toJSON());

	const big = rawSocket(room.code, b.phoneToken);
	await big.opened;
	big.socket.send(big.authMessage);
	big.socket.send(Buffer.alloc(10 * 1024 * 1024, 7));
	await until(() => big.events.some((e) => e.startsWith('close')));
	expect(big.events).toContain('close:1009');

	const garbage = rawSocket(room.code, b.phoneToken);
	await garbage.opened;
	garbage.socket.send(garbage.authMessage);
	await pause(100);
	garbage.socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
	garbage.socket.send(
		Buffer.from([room.code.length, ...Buffer.from(room.code), 0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f])
	);
	await until(() => garbage.events.some((e) => e.startsWith('close')));

	expect(JSON.stringify(facilitator.doc.toJSON())).toBe(before);
	expect((await fetch(server.base + '/healthz')).status).toBe(200);
	a.client.doc.getMap('items').set(`${a.phoneId}|ok`, note('Still heard'));
	await until(() => facilitator.doc.getMap('items').has(`${a.phoneId}|ok`));
});

it('refuses a token in another room, and every token of a closed room, also after a restart', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const other = await openRoom(server);
	const a = await phone(room);

	const elsewhere = track(connect(server, other.code, a.phoneToken));
	await until(() => elsewhere.denied.length > 0);
	const guessed = track(connect(server, 'AAAAAA', a.phoneToken));
	await until(() => guessed.denied.length > 0);

	expect(
		(await api(server, `/api/rooms/${room.code}/close`, { method: 'POST', token: a.phoneToken }))
			.status
	).toBe(403);
	expect(
		(
			await api(server, `/api/rooms/${room.code}/close`, {
				method: 'POST',
				token: room.facilitatorToken
			})
		).status
	).toBe(204);
	await until(() => a.client.stateless.some((p) => p.includes('closed')));
	await until(() => a.client.denied.includes('closed'));
	expect(facilitator.doc.getMap('room').get('closed')).toBe(true);
	expect(
		(await api(server, `/api/rooms/${room.code}/join`, { body: { token: room.roomToken } })).status
	).toBe(410);

	// A restart on the same data: still closed for everyone.
	const data = server.data;
	const root = server.root;
	for (const client of clients.splice(0)) client.destroy();
	await server.close();
	server = await start({ data, root });
	const again = track(connect(server, room.code, a.phoneToken));
	await until(() => again.denied.includes('closed'));
	const boss = track(connect(server, room.code, room.facilitatorToken));
	await until(() => boss.denied.includes('closed'));
	expect(
		(await api(server, `/api/rooms/${room.code}/join`, { body: { token: room.roomToken } })).status
	).toBe(410);
});

it('loses nothing when the server restarts, and phones reconnect by themselves', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const a = await phone(room);
	a.client.doc.getMap('items').set(`${a.phoneId}|1`, note('Before the restart'));
	await until(() => facilitator.doc.getMap('items').has(`${a.phoneId}|1`));

	const { data, root, port } = server;
	await server.close();
	server = await start({ data, root, port });
	// Nothing typed while the server was down is lost: the phone's document sends it on return.
	a.client.doc.getMap('items').set(`${a.phoneId}|2`, note('During the restart'));
	await until(() => facilitator.doc.getMap('items').has(`${a.phoneId}|2`), 8000);

	const fresh = track(connect(server, room.code, room.facilitatorToken));
	await fresh.synced;
	expect(fresh.doc.getMap('room').get('step')).toBe(9);
	expect(fresh.doc.getMap('items').get(`${a.phoneId}|1`)).toMatchObject({
		text: 'Before the restart'
	});
	expect(fresh.doc.getMap('items').get(`${a.phoneId}|2`)).toMatchObject({
		text: 'During the restart'
	});

	// And from the disk alone, with no client left to resend anything.
	for (const client of clients.splice(0)) client.destroy();
	await server.close();
	server = await start({ data, root });
	const cold = track(connect(server, room.code, room.facilitatorToken));
	await cold.synced;
	expect(cold.doc.getMap('items').size).toBe(2);
	expect(cold.doc.getMap('room').get('opportunities')).toHaveLength(2);
});

it('the workshop shared between facilitators: facilitator keys only, kept over a restart, shut with the room', async () => {
	const { room } = await facilitatedRoom();
	const name = sharedDocName(room.code);
	const laptopA = track(connect(server, name, room.facilitatorToken));
	const laptopB = track(connect(server, name, room.facilitatorToken));
	await Promise.all([laptopA.synced, laptopB.synced]);
	laptopA.doc.getMap('workshop').set('w\u001fjourney\u001fname', 'Laptop journey');
	await until(
		() => laptopB.doc.getMap('workshop').get('w\u001fjourney\u001fname') === 'Laptop journey'
	);

	// A phone's key does not open it, nor does a made-up document of the room.
	const a = await phone(room);
	const nosy = track(connect(server, name, a.phoneToken));
	await until(() => nosy.denied.length > 0);
	expect(nosy.doc.getMap('workshop').size).toBe(0);
	const odd = track(connect(server, `${room.code}.secrets`, room.facilitatorToken));
	await until(() => odd.denied.length > 0);

	// Kept over a restart, from the disk alone.
	const { data, root, port } = server;
	for (const client of clients.splice(0)) client.destroy();
	await server.close();
	server = await start({ data, root, port });
	const back = track(connect(server, name, room.facilitatorToken));
	await back.synced;
	expect(back.doc.getMap('workshop').get('w\u001fjourney\u001fname')).toBe('Laptop journey');

	// Closing the room shuts the shared workshop too.
	expect(
		(await api(server, `/api/rooms/${room.code}/close`, { body: {}, token: room.facilitatorToken }))
			.status
	).toBe(204);
	const late = track(connect(server, name, room.facilitatorToken));
	await until(() => late.denied.includes('closed'));
});

it('a phone’s message is capped at a phone’s size; a facilitator’s whole workshop passes', async () => {
	const { room, facilitator } = await facilitatedRoom();
	const a = await phone(room);
	// 300 kB in one item: over a phone's 256 kB, refused before it is read as a contribution.
	a.client.doc.getMap('items').set(`${a.phoneId}|big`, note('x'.repeat(300 * 1024)));
	await until(() => a.client.closes.some((reason) => reason.startsWith('refused:')));
	expect(facilitator.doc.getMap('items').has(`${a.phoneId}|big`)).toBe(false);

	// A co-facilitator's first sync of a big map: one message of about a megabyte.
	const laptop = track(connect(server, sharedDocName(room.code), room.facilitatorToken));
	await laptop.synced;
	const other = track(connect(server, sharedDocName(room.code), room.facilitatorToken));
	await other.synced;
	laptop.doc.transact(() => {
		for (let i = 0; i < 4000; i++)
			laptop.doc
				.getMap('workshop')
				.set(`r\u001ftouchpoints\u001ft${i}\u001ftitle`, 'y'.repeat(200));
	});
	await until(() => other.doc.getMap('workshop').size === 4000, 8000);
});
