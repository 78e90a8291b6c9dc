// The room channel between the projector and presenter windows: only well-formed messages
// get through, and the two ends of a workshop's channel hear each other (not other workshops).
import { isRoomMessage, openRoomChannel, type RoomMessage } from '$lib/session/room-channel';

describe('the room channel', () => {
	it('accepts the known kinds of message and nothing else', () => {
		expect(isRoomMessage({ kind: 'hello' })).toBe(true);
		expect(isRoomMessage({ kind: 'command', command: { type: 'nav.next' } })).toBe(true);
		expect(isRoomMessage({ kind: 'evil' })).toBe(false);
		expect(isRoomMessage(null)).toBe(false);
		expect(isRoomMessage('hello')).toBe(false);
	});

	it('joins the two windows of one workshop, and only that workshop', async () => {
		const heard: RoomMessage[] = [];
		const other: RoomMessage[] = [];
		const projector = openRoomChannel('w1', (m) => heard.push(m));
		const elsewhere = openRoomChannel('w2', (m) => other.push(m));
		const presenter = openRoomChannel('w1', () => {});
		presenter.post({ kind: 'hello' });
		presenter.post({ kind: 'note', step: 'plan', text: 'Ask about delivery' });
		await vi.waitFor(() => expect(heard).toHaveLength(2));
		expect(heard[1]).toEqual({ kind: 'note', step: 'plan', text: 'Ask about delivery' });
		expect(other).toEqual([]);
		[projector, elsewhere, presenter].forEach((c) => c.close());
	});
});
