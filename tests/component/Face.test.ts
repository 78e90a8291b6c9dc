// The drawn faces: one per score, from a frown to a smile, hidden from screen readers (the word
// next to a face says what it means).
import { render } from '@testing-library/svelte';
import Face from '$lib/components/ui/Face.svelte';
import { EMOTION_SCORES } from '$lib/domain/emotion';

describe('Face', () => {
	it('draws a different mouth for each of the five scores', () => {
		const mouths = EMOTION_SCORES.map((score) => {
			const { container, unmount } = render(Face, { props: { score } });
			const svg = container.querySelector('svg')!;
			expect(svg.getAttribute('aria-hidden')).toBe('true');
			const d = [...svg.querySelectorAll('path')].at(-1)!.getAttribute('d');
			unmount();
			return d;
		});
		expect(new Set(mouths).size).toBe(5);
	});

	it('frowns below zero and smiles above it', () => {
		const controlY = (score: -2 | 2) => {
			const { container } = render(Face, { props: { score } });
			const d = [...container.querySelectorAll('path')].at(-1)!.getAttribute('d')!;
			const [, y] = d.match(/Q[\d.]+ ([\d.]+)/)!;
			return Number(y);
		};
		// In SVG y grows downwards: a smile's curve bends below its ends, a frown's above.
		expect(controlY(2)).toBeGreaterThan(17);
		expect(controlY(-2)).toBeLessThan(14);
	});
});
