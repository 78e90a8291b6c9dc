// The server's reading of a phone's update, without a network: what each update would change,
// as Yjs would apply it, for the sequences a real phone sends (online, or all at once after
// being offline), and the refusals.
import * as Y from 'yjs';
import { changesOf, checkPhoneUpdate, RateLog, Refused } from '../../server/rights';

function room() {
	const server = new Y.Doc();
	const state = server.getMap('room');
	state.set('step', 9);
	state.set('dots', 3);
	state.set('opportunities', [{ id: 'o1', text: 'A' }]);
	const phone = new Y.Doc();
	Y.applyUpdate(phone, Y.encodeStateAsUpdate(server));
	return { server, phone };
}

/** What the phone has that the server lacks: the phone's sync step 2. */
const diff = (phone: Y.Doc, server: Y.Doc) =>
	Y.encodeStateAsUpdate(phone, Y.encodeStateVector(server));

const note = (text: string) => ({ kind: 'idea', text, at: 1 });

it('reads adds, edits and withdrawals as the document will have them', () => {
	const { server, phone } = room();
	const items = phone.getMap('items');
	items.set('me|a', note('First'));
	let changes = changesOf(server, diff(phone, server));
	expect(changes.map(({ map, key, before, after }) => ({ map, key, before, after }))).toEqual([
		{ map: 'items', key: 'me|a', before: undefined, after: note('First') }
	]);
	Y.applyUpdate(server, diff(phone, server));

	// Offline: edited twice, a second note added and withdrawn, a vote — one update on return.
	items.set('me|a', note('Second'));
	items.set('me|a', note('Third'));
	items.set('me|b', note('Gone'));
	items.delete('me|b');
	phone.getMap('votes').set('o1|me', 2);
	const update = diff(phone, server);
	changes = changesOf(server, update);
	const byKey = Object.fromEntries(changes.map((c) => [`${c.map}:${c.key}`, c.after]));
	expect(byKey).toEqual({ 'items:me|a': note('Third'), 'items:me|b': undefined, 'votes:o1|me': 2 });
	expect(checkPhoneUpdate(server, update, 'me', new RateLog())).toBe(0);
	Y.applyUpdate(server, update);
	expect(server.getMap('items').toJSON()).toEqual({ 'me|a': note('Third') });

	items.delete('me|a');
	changes = changesOf(server, diff(phone, server));
	expect(changes.map((c) => [c.key, c.after])).toEqual([['me|a', undefined]]);
});

it('refuses what is not a key of a room map, or waits on something missing', () => {
	const { server, phone } = room();
	const refused = (change: (doc: Y.Doc) => void) => {
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(phone));
		change(copy);
		try {
			checkPhoneUpdate(server, diff(copy, server), 'me', new RateLog());
		} catch (error) {
			return error instanceof Refused ? error.why : String(error);
		}
		return 'accepted';
	};
	expect(refused((d) => d.getMap('items').set('me|a', note('ok')))).toBe('accepted');
	expect(refused((d) => d.getText('room').insert(0, 'x'))).toBe('malformed');
	expect(refused((d) => d.getMap('items').set('me|n', new Y.Map()))).toBe('malformed');
	expect(refused((d) => d.getMap('room').set('dots', 9))).toBe('facilitator-only');
	expect(refused((d) => d.getMap('votes').set('o1|me', 4))).toBe('no-dots');

	// An update that depends on one the server never saw would wait, unchecked: refused.
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(phone));
	copy.getMap('items').set('me|1', note('one'));
	const vector = Y.encodeStateVector(copy);
	copy.getMap('items').set('me|2', note('two'));
	const second = Y.encodeStateAsUpdate(copy, vector);
	expect(() => changesOf(server, second)).toThrow(/incomplete/);
	expect(() => changesOf(server, new Uint8Array([1, 2, 3, 4, 5]))).toThrow(Refused);
});
