// Which fields hold one line of text, so that Enter there may go on to the next row of a list:
// a text input, or a text area that wraps a single line (Field's `wrap`).
export function isOneLineField(target: EventTarget | null): boolean {
	if (target instanceof HTMLInputElement) return ['text', ''].includes(target.type);
	return target instanceof HTMLTextAreaElement && target.dataset.singleLine !== undefined;
}

/** A CSS selector for the same fields, to put the keyboard in a row's first one. */
export const ONE_LINE_FIELD = 'input[type="text"], input:not([type]), textarea[data-single-line]';
