// What kind of field the keyboard is in. Shortcuts (step keys, the timer's T, Ctrl+Z for undo)
// never fire while someone types; Enter in a one-line field may go on to the next row of a list
// — a text input, or a text area that wraps a single line (Field's `wrap`).

/** Whether a key pressed on `target` belongs to typing or choosing, not to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof Element &&
		!!target.closest('input, textarea, select, [contenteditable="true"]')
	);
}

/** Text kept to one line: pasted line breaks become spaces. */
export function oneLine(text: string): string {
	return text.replace(/[\r\n]+/g, ' ');
}

export function isOneLineField(target: EventTarget | null): boolean {
	if (target instanceof HTMLInputElement) return ['text', ''].includes(target.type);
	return target instanceof HTMLTextAreaElement && target.dataset.singleLine !== undefined;
}

/** A CSS selector for the same fields, to put the keyboard in a row's first one. */
export const ONE_LINE_FIELD = 'input[type="text"], input:not([type]), textarea[data-single-line]';
