// A wrapping one-line field: long titles stay readable on the projector, yet the text stays one
// line, so Enter can go on to the next row of a list.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Field from '$lib/components/ui/Field.svelte';

describe('Field with wrap', () => {
	it('is a text area marked single-line that Enter and pasted line breaks do not break', async () => {
		const user = userEvent.setup();
		let value = '';
		render(Field, {
			props: {
				label: 'Action',
				wrap: true,
				get value() {
					return value;
				},
				set value(v: string) {
					value = v;
				}
			}
		});
		const box = screen.getByLabelText('Action');
		expect(box.tagName).toBe('TEXTAREA');
		expect(box).toHaveAttribute('data-single-line');
		expect(box).toHaveAttribute('rows', '1');
		await user.type(box, 'Order{Enter}laptops');
		expect(value).toBe('Orderlaptops');
		await user.clear(box);
		await user.paste('first line\nsecond line');
		expect(value).toBe('first line second line');
	});

	it('keeps line breaks in a multi-line field', async () => {
		const user = userEvent.setup();
		let value = '';
		render(Field, {
			props: {
				label: 'Idea',
				multiline: true,
				get value() {
					return value;
				},
				set value(v: string) {
					value = v;
				}
			}
		});
		const box = screen.getByLabelText('Idea');
		expect(box).not.toHaveAttribute('data-single-line');
		await user.type(box, 'a{Enter}b');
		expect(value).toBe('a\nb');
	});
});
