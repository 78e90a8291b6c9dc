// Every key the facilitator uses live, in one place: the wizard's handler reads the room keys
// from here and the "?" list shows the same table, so the list can never promise a key that
// does nothing. Keys never fire while someone types in a field (ui/fields.ts `isTyping`).
import type { MessageKey } from '$lib/i18n/messages/en';
import type { RoomCommand } from '$lib/session/room-channel';

export type RoomAction =
	| 'next'
	| 'back'
	| 'timer'
	| 'add'
	| 'projector'
	| 'fullscreen'
	| 'theme'
	| 'prompts'
	| 'presenter'
	| 'language'
	| 'liveRoom'
	| 'help';

interface Shortcut {
	/** What the list shows, e.g. "→" or "T". */
	keys: string;
	label: MessageKey;
}

interface RoomShortcut extends Shortcut {
	action: RoomAction;
	/** `KeyboardEvent.key` values that trigger it. */
	match: readonly string[];
}

export const ROOM_KEYS: readonly RoomShortcut[] = [
	{ keys: '→', match: ['ArrowRight'], action: 'next', label: 'keys.next' },
	{ keys: '←', match: ['ArrowLeft'], action: 'back', label: 'keys.back' },
	{ keys: 'T', match: ['t', 'T'], action: 'timer', label: 'keys.timer' },
	{ keys: 'N', match: ['n', 'N'], action: 'add', label: 'keys.add' },
	{ keys: 'P', match: ['p', 'P'], action: 'projector', label: 'keys.projector' },
	{ keys: 'F', match: ['f', 'F'], action: 'fullscreen', label: 'keys.fullscreen' },
	{ keys: 'D', match: ['d', 'D'], action: 'theme', label: 'keys.theme' },
	{ keys: 'Q', match: ['q', 'Q'], action: 'prompts', label: 'keys.prompts' },
	{ keys: 'W', match: ['w', 'W'], action: 'presenter', label: 'keys.presenter' },
	{ keys: 'L', match: ['l', 'L'], action: 'language', label: 'keys.language' },
	{ keys: 'R', match: ['r', 'R'], action: 'liveRoom', label: 'keys.liveRoom' },
	{ keys: '?', match: ['?'], action: 'help', label: 'keys.help' }
];

/** Keys the steps handle themselves, listed so nobody has to discover them by accident. */
export const STEP_KEYS: readonly Shortcut[] = [
	{ keys: 'Enter', label: 'keys.enter' },
	{ keys: 'Alt + ↑ ↓', label: 'keys.reorder' },
	{ keys: 'Alt + ← →', label: 'keys.moveCard' },
	{ keys: 'Delete', label: 'keys.delete' },
	{ keys: 'G', label: 'keys.gapAfter' },
	{ keys: 'Ctrl + Z', label: 'keys.undo' },
	{ keys: 'Ctrl + Shift + Z', label: 'keys.redo' },
	{ keys: '1 – 5', label: 'keys.score' },
	{ keys: '↑ ↓ Home End', label: 'keys.cards' },
	{ keys: '+ −', label: 'keys.vote' },
	{ keys: 'Enter · Esc', label: 'keys.intoCard' },
	{ keys: 'Esc', label: 'keys.escape' }
];

/** Keys of projector mode only, handled by the projector view: ↓ and ↑ scroll the page in the
 *  wizard, so they are not room keys. A clicker's page keys do the same. */
export type PageAction = 'pageNext' | 'pageBack';

interface PageShortcut extends Shortcut {
	action: PageAction;
	match: readonly string[];
}

export const PAGE_KEYS: readonly PageShortcut[] = [
	{ keys: '↓ PgDn', match: ['ArrowDown', 'PageDown'], action: 'pageNext', label: 'keys.pageNext' },
	{ keys: '↑ PgUp', match: ['ArrowUp', 'PageUp'], action: 'pageBack', label: 'keys.pageBack' }
];

type KeyPress = Pick<
	KeyboardEvent,
	'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'defaultPrevented'
>;

/** The room action for a key press, or undefined when the key is not a shortcut here. */
export function roomAction(event: KeyPress): RoomAction | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
	const found = ROOM_KEYS.find((s) => s.match.includes(event.key));
	// Shift+arrow selects text in some widgets; "?" needs Shift on most keyboards.
	if (!found || (event.shiftKey && found.match[0]!.startsWith('Arrow'))) return undefined;
	return found.action;
}

/** The page to turn to in projector mode, or undefined when the key does not turn pages. */
export function pageAction(event: KeyPress): PageAction | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented)
		return undefined;
	return PAGE_KEYS.find((s) => s.match.includes(event.key))?.action;
}

/** The key shown for an action, for buttons' `aria-keyshortcuts` and titles. */
export function keyOf(action: RoomAction): string {
	return ROOM_KEYS.find((s) => s.action === action)!.keys;
}

/** The actions that are commands to the projector window: the same from a key in either window
 *  and from the presenter's buttons. The rest (add, full screen, the presenter, help) only make
 *  sense in the window where the key was pressed. */
export const ROOM_COMMANDS: Partial<Record<RoomAction, RoomCommand>> = {
	next: { type: 'nav.next' },
	back: { type: 'nav.back' },
	timer: { type: 'timer.toggle' },
	projector: { type: 'projector.toggle' },
	theme: { type: 'theme.toggle' },
	prompts: { type: 'prompts.toggle' }
};
