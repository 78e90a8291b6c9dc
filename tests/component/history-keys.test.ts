// The history's keys in a text field: the browser's own text undo goes first; a press whose undo
// changed the field's text is the field's, and only a press that changed nothing goes on to the
// app's undo — each press judged on its own, however close together they come.
import { render } from '@testing-library/svelte';
import HistoryKeys from '$lib/components/history/HistoryKeys.svelte';

function press(target: HTMLElement, key = 'z', extra: KeyboardEventInit = {}) {
	target.dispatchEvent(
		new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true, ...extra })
	);
}

/** What the browser does on its own text undo: the text changes, announced as historyUndo. */
function browserUndo(field: HTMLInputElement, text: string) {
	field.dispatchEvent(new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true }));
	field.value = text;
	field.dispatchEvent(new InputEvent('input', { inputType: 'historyUndo', bubbles: true }));
}

describe('HistoryKeys', () => {
	it('in a field: presses the browser answered stay the field’s; the next one is the app’s, once', async () => {
		const onundo = vi.fn();
		const ontextundo = vi.fn();
		render(HistoryKeys, { props: { onundo, onredo: vi.fn(), ontextundo } });
		const field = document.createElement('input');
		field.value = 'Service desk';
		document.body.append(field);
		// Three quick presses: two undone by the browser, the third finds nothing left.
		press(field);
		browserUndo(field, 'S');
		press(field);
		browserUndo(field, '');
		press(field);
		await new Promise((done) => setTimeout(done, 150));
		expect(ontextundo).toHaveBeenCalledTimes(2);
		expect(onundo).toHaveBeenCalledTimes(1);
		field.remove();
	});

	it('outside a field every press is the app’s at once, and Ctrl+Shift+Z and Ctrl+Y redo', () => {
		const onundo = vi.fn();
		const onredo = vi.fn();
		render(HistoryKeys, { props: { onundo, onredo } });
		press(document.body);
		press(document.body, 'Z', { shiftKey: true });
		press(document.body, 'y');
		expect(onundo).toHaveBeenCalledTimes(1);
		expect(onredo).toHaveBeenCalledTimes(2);
	});
});
