// The drawn faces: one per score, from a frown to a smile, hidden from screen readers (the word
// next to a face says what it means).
import { render } from '@testing-library/svelte';
import Face, { faceSvg } from '$lib/components/ui/Face.svelte';
import { EMOTION_SCORES } from '$lib/domain/emotion';

const mouth = (score: (typeof EMOTION_SCORES)[number]) => {
	const doc = new DOMParser().parseFromString(faceSvg(score), 'image/svg+xml');
	return [...doc.querySelectorAll('path')].at(-1)!.getAttribute('d')!;
};

describe('Face', () => {
	it('draws a different mouth for each of the five scores', () => {
		expect(new Set(EMOTION_SCORES.map(mouth)).size).toBe(5);
	});

	it('frowns below zero and smiles above it', () => {
		const controlY = (score: -2 | 2) => Number(mouth(score).match(/Q[\d.]+ ([\d.]+)/)![1]);
		// In SVG y grows downwards: a smile's curve bends below its ends, a frown's above.
		expect(controlY(2)).toBeGreaterThan(17);
		expect(controlY(-2)).toBeLessThan(14);
	});

	it('is one hidden element that masks its face over the text colour', () => {
		const { container } = render(Face, { props: { score: -1, size: '2em' } });
		const face = container.querySelector<HTMLElement>('.face-icon')!;
		expect(face.children).toHaveLength(0);
		expect(face).toHaveAttribute('aria-hidden', 'true');
		expect(face.style.width).toBe('2em');
		const url = face.style.getPropertyValue('--face');
		expect(decodeURIComponent(url)).toContain(mouth(-1));
	});
});
