// A wrapping one-line field: long titles stay readable on the projector, yet the text stays one
// line, so Enter can go on to the next row of a list.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Field from '$lib/components/ui/Field.svelte';
import FieldHarness from './FieldHarness.svelte';
import { locale } from '$lib/i18n/locale.svelte';

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

describe('Field length limits', () => {
	afterEach(() => locale.set('en'));

	function field(props: { label: string; value: string; limit?: number; wrap?: boolean }) {
		const state = { value: props.value };
		render(FieldHarness, { props: { ...props, onchange: (v: string) => (state.value = v) } });
		return state;
	}
	const counter = () => document.querySelector('.counter');
	const spoken = (box: HTMLElement) =>
		document.getElementById(box.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;

	it('shows "n / limit" from 80 % of the limit and tells a screen reader politely what is left', async () => {
		const user = userEvent.setup();
		const state = field({ label: 'Touchpoint', value: 'x'.repeat(94), limit: 120 });
		const box = screen.getByLabelText('Touchpoint');
		expect(box).toHaveAttribute('maxlength', '120');
		expect(counter()).toBeNull();
		await user.type(box, 'ab');
		expect(counter()).toHaveTextContent('96 / 120');
		expect(spoken(box)).toHaveAttribute('aria-live', 'polite');
		expect(spoken(box)).toHaveTextContent('20 characters left');
		// Typing stops at the limit; the last ten are counted one by one.
		await user.type(box, 'c'.repeat(40));
		expect(state.value).toHaveLength(120);
		expect(counter()).toHaveTextContent('120 / 120');
		expect(spoken(box)).toHaveTextContent('0 characters left');
		await user.type(box, '{Backspace}');
		expect(spoken(box)).toHaveTextContent('1 character left');
	});

	it('a paste too long is cut to the limit and says so, in the language of the app', async () => {
		const user = userEvent.setup();
		const state = field({ label: 'Idea', value: 'Status ', limit: 20, wrap: true });
		const box = screen.getByLabelText('Idea');
		await user.click(box);
		await user.paste('e-mail every Friday at noon');
		expect(state.value).toBe('Status e-mail every ');
		const message = 'Only the start of what you pasted fits: this field holds up to 20 characters.';
		expect(screen.getByText(message, { selector: 'p' })).toBeVisible();
		expect(spoken(box)).toHaveTextContent(message);
		// Typing on clears it.
		await user.type(box, '{Backspace}');
		expect(screen.queryByText(message, { selector: 'p' })).toBeNull();

		locale.set('da');
		await user.paste('og mere');
		expect(
			screen.getByText(/Kun begyndelsen af det indsatte er med: feltet rummer højst 20 tegn/, {
				selector: 'p'
			})
		).toBeVisible();
	});

	it('a paste that fits says nothing', async () => {
		const user = userEvent.setup();
		field({ label: 'Team', value: '', limit: 20 });
		await user.click(screen.getByLabelText('Team'));
		await user.paste('Service desk');
		expect(document.querySelector('.cut')).toBeNull();
	});

	it('keeps a stored text over the limit whole, warns, and lets it be shortened', async () => {
		const user = userEvent.setup();
		const long = 'Æ'.repeat(130);
		const state = field({ label: 'Stakeholder', value: long, limit: 120 });
		const box = screen.getByLabelText('Stakeholder');
		expect(box).toHaveValue(long);
		expect(counter()).toHaveTextContent('130 / 120 · 10 characters too many');
		expect(counter()).toHaveClass('over');
		await user.type(box, 'more');
		expect(state.value).toBe(long);
		await user.type(box, '{Backspace}'.repeat(10));
		expect(state.value).toBe('Æ'.repeat(120));
		expect(counter()).not.toHaveClass('over');
	});

	it('gives every text field a limit by its kind: one line 200, several lines 2,000; dates none', () => {
		render(Field, { props: { label: 'Team', value: '' } });
		render(Field, { props: { label: 'Notes', value: '', multiline: true } });
		render(Field, { props: { label: 'Date', value: '', type: 'date' } });
		expect(screen.getByLabelText('Team')).toHaveAttribute('maxlength', '200');
		expect(screen.getByLabelText('Notes')).toHaveAttribute('maxlength', '2000');
		expect(screen.getByLabelText('Date')).not.toHaveAttribute('maxlength');
	});
});
