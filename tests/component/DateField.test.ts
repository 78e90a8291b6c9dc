// The date fields (step 1 and the preparation view's workshop date, interviews, the review and
// the actions' due dates) in the app's own words: the date written out in the chosen language —
// not the browser's 12/06/2026 beside Danish text — what is typed read day first or in words,
// and what is not a date never saved over the date that was.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import Field from '$lib/components/ui/Field.svelte';
import { locale } from '$lib/i18n/locale.svelte';

function setup(initial: string) {
	const saved: string[] = [];
	let value = initial;
	render(Field, {
		props: {
			label: 'Workshop date',
			type: 'date',
			get value() {
				return value;
			},
			set value(v: string) {
				value = v;
				saved.push(v);
			}
		}
	});
	return { box: screen.getByLabelText('Workshop date'), saved, value: () => value };
}

afterEach(() => locale.set('en'));

describe('a date field', () => {
	it('shows the saved date written out, in the chosen language', async () => {
		const { box } = setup('2026-12-06');
		expect(box).toHaveAttribute('type', 'text');
		expect(box).toHaveValue('6 December 2026');
		await locale.set('da');
		await tick();
		expect(box).toHaveValue('6. december 2026');
		await locale.set('sv');
		await tick();
		expect(box).toHaveValue('6 december 2026');
	});

	it('saves a typed date as soon as it is one, and writes it out on leaving', async () => {
		const user = userEvent.setup();
		const { box, value } = setup('2026-12-06');
		await user.clear(box);
		await user.type(box, '24/12/2026');
		expect(value()).toBe('2026-12-24');
		await user.tab();
		expect(box).toHaveValue('24 December 2026');

		await user.clear(box);
		await user.type(box, '3 marts 2027');
		await user.tab();
		expect(value()).toBe('2027-03-03');
		expect(box).toHaveValue('3 March 2027');
	});

	it('never saves what is not a date, says how to write one, and keeps the saved date', async () => {
		const user = userEvent.setup();
		const { box, saved, value } = setup('2026-12-06');
		// Typed over the whole date, as someone selecting it and typing would.
		await user.type(box, 'next Friday', {
			initialSelectionStart: 0,
			initialSelectionEnd: (box as HTMLInputElement).value.length
		});
		expect(saved).toEqual([]);
		expect(screen.queryByRole('alert')).toBeNull();
		await user.tab();
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Write a date, e.g. 6 December 2026 or 6/12/2026.');
		expect(box).toHaveAccessibleDescription(alert.textContent!);
		expect(box).toHaveAttribute('aria-invalid', 'true');
		// What was typed stays to be corrected; the saved date is the one from before.
		expect(box).toHaveValue('next Friday');
		expect(value()).toBe('2026-12-06');

		await user.clear(box);
		await user.type(box, '2027-01-15');
		expect(screen.queryByRole('alert')).toBeNull();
		expect(value()).toBe('2027-01-15');
	});

	it('says it in Danish too', async () => {
		await locale.set('da');
		const { box } = setup('');
		await fireEvent.input(box, { target: { value: '31/2/2027' } });
		await fireEvent.blur(box);
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Skriv en dato, fx 6. december 2026 eller 6/12/2026.'
		);
	});
});
