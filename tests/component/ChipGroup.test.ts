// The chip group behind the sort order, front/back stage, "expectations met" and the persona
// colour: native radio buttons under a named group, so the keyboard and screen readers get
// the choice for free.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ChipGroup from '$lib/components/ui/ChipGroup.svelte';

type Size = 'small' | 'medium' | 'large';
const SIZES: readonly Size[] = ['small', 'medium', 'large'];
const WORDS: Record<Size, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

function setup(value: Size = 'small') {
	const chosen: Size[] = [];
	const view = render(ChipGroup<Size>, {
		props: {
			legend: 'Size',
			options: SIZES,
			value,
			labelOf: (s: Size) => WORDS[s],
			onchange: (next: Size) => {
				chosen.push(next);
				void view.rerender({ value: next });
			}
		}
	});
	return { chosen, user: userEvent.setup() };
}

describe('ChipGroup', () => {
	it('is a group named by its legend, one radio button per choice, the current one checked', () => {
		setup('medium');
		const group = screen.getByRole('group', { name: 'Size' });
		const radios = screen.getAllByRole('radio');
		expect(radios.map((r) => r.getAttribute('value'))).toEqual(['small', 'medium', 'large']);
		expect(group).toContainElement(radios[0]!);
		expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Small' })).not.toBeChecked();
		// One group: the buttons share a name, so the browser keeps one of them checked.
		expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
		// The chosen chip is drawn as chosen, not only its hidden-in-plain-sight dot.
		expect(screen.getByRole('radio', { name: 'Medium' }).closest('label')).toHaveClass('on');
		expect(screen.getByRole('radio', { name: 'Small' }).closest('label')).not.toHaveClass('on');
	});

	it('moves the choice with the arrow keys and reports each one', async () => {
		const { chosen, user } = setup('small');
		await user.tab();
		expect(screen.getByRole('radio', { name: 'Small' })).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(chosen).toEqual(['medium']);
		expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		await user.keyboard('{ArrowLeft}');
		expect(chosen).toEqual(['medium', 'large', 'medium']);
		expect(screen.getByRole('radio', { name: 'Medium' }).closest('label')).toHaveClass('on');
	});

	it('chooses by a click on a chip', async () => {
		const { chosen, user } = setup('small');
		await user.click(screen.getByText('Large'));
		expect(chosen).toEqual(['large']);
		expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
	});
});
