// Which history key a key press is: Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z, Ctrl+Y and ⌘⇧Z redo.
// And whether the browser's own text undo gets the first go: in a field where text is typed,
// it does, and the app's undo takes over only when the field has nothing left to undo.
type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

export function historyKey(event: KeyPress): 'undo' | 'redo' | undefined {
	if (event.altKey || !(event.ctrlKey || event.metaKey)) return undefined;
	const key = event.key.toLowerCase();
	if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
	if (key === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo';
	return undefined;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);

/** A field with the browser's own text undo. */
export function hasTextUndo(target: EventTarget | null): boolean {
	if (target instanceof HTMLTextAreaElement) return !target.readOnly;
	if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) && !target.readOnly;
	return target instanceof HTMLElement && target.isContentEditable;
}
