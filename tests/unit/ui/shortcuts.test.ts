// The room keys: one table read by the handler and by the "?" list, each key one action, and
// keys with Ctrl/Alt/Meta (the browser's and the steps' own) left alone.
import {
	PAGE_KEYS,
	ROOM_KEYS,
	keyOf,
	pageAction,
	roomAction
} from '$lib/components/wizard/shortcuts';

const press = (key: string, modifiers: Partial<KeyboardEvent> = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	defaultPrevented: false,
	...modifiers
});

describe('room shortcuts', () => {
	it('maps each key to its action, in either case', () => {
		expect(roomAction(press('ArrowRight'))).toBe('next');
		expect(roomAction(press('ArrowLeft'))).toBe('back');
		expect(roomAction(press('t'))).toBe('timer');
		expect(roomAction(press('T', { shiftKey: true }))).toBe('timer');
		expect(roomAction(press('n'))).toBe('add');
		expect(roomAction(press('p'))).toBe('projector');
		expect(roomAction(press('f'))).toBe('fullscreen');
		expect(roomAction(press('d'))).toBe('theme');
		expect(roomAction(press('q'))).toBe('prompts');
		expect(roomAction(press('w'))).toBe('presenter');
		expect(roomAction(press('?', { shiftKey: true }))).toBe('help');
	});

	it('leaves modified keys, Shift+arrows and other keys alone', () => {
		expect(roomAction(press('ArrowRight', { altKey: true }))).toBeUndefined();
		expect(roomAction(press('ArrowRight', { shiftKey: true }))).toBeUndefined();
		expect(roomAction(press('t', { ctrlKey: true }))).toBeUndefined();
		expect(roomAction(press('p', { metaKey: true }))).toBeUndefined();
		expect(roomAction(press('x'))).toBeUndefined();
		expect(roomAction(press('Enter'))).toBeUndefined();
	});

	it('leaves a key another control has already handled', () => {
		expect(roomAction(press('ArrowRight', { defaultPrevented: true }))).toBeUndefined();
	});

	it('gives every action one key, and no key two actions', () => {
		const actions = ROOM_KEYS.map((s) => s.action);
		expect(new Set(actions).size).toBe(actions.length);
		const keys = ROOM_KEYS.flatMap((s) => s.match);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keyOf('projector')).toBe('P');
	});
});

describe('page keys', () => {
	it('↓ and PgDn turn on, ↑ and PgUp back; none is a room key; modified keys are left alone', () => {
		expect(pageAction(press('ArrowDown'))).toBe('pageNext');
		expect(pageAction(press('PageDown'))).toBe('pageNext');
		expect(pageAction(press('ArrowUp'))).toBe('pageBack');
		expect(pageAction(press('PageUp'))).toBe('pageBack');
		expect(pageAction(press('ArrowDown', { shiftKey: true }))).toBeUndefined();
		expect(pageAction(press('ArrowRight'))).toBeUndefined();
		const room = new Set(ROOM_KEYS.flatMap((k) => k.match));
		expect(PAGE_KEYS.flatMap((k) => k.match).filter((k) => room.has(k))).toEqual([]);
	});
});
