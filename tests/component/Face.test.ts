// The drawn faces: one per score, from a frown to a smile, hidden from screen readers (the word
// next to a face says what it means).
import { render } from '@testing-library/svelte';
import Face from '$lib/components/ui/Face.svelte';
import { faceSprite, SPRITE_ORDER } from '$lib/components/ui/faces';
import { EMOTION_SCORES } from '$lib/domain/emotion';

/** A face's mouth, read from its place in the sprite: the last path of its group. */
const mouth = (score: (typeof EMOTION_SCORES)[number]) => {
	const doc = new DOMParser().parseFromString(faceSprite(), 'image/svg+xml');
	const face = doc.querySelectorAll('g')[SPRITE_ORDER.indexOf(score)]!;
	return [...face.querySelectorAll('path')].at(-1)!.getAttribute('d')!;
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
		expect(face).toHaveAttribute('data-score', '-1');
		expect(face.style.width).toBe('2em');
		// The mask is not in the face's own style: every face would parse it again.
		expect(face.getAttribute('style')).not.toContain('url(');
		// Without a size, the style sheet's.
		const plain = render(Face, { props: { score: 1 } }).container.querySelector('.face-icon')!;
		expect(plain.getAttribute('style') ?? '').toBe('');
	});

	it('takes its drawing from one sprite of the five faces, in a style sheet added once', () => {
		render(Face, { props: { score: 2 } });
		render(Face, { props: { score: -2 } });
		const sheets = document.querySelectorAll('style#face-styles');
		expect(sheets).toHaveLength(1);
		const rules = [...(sheets[0] as HTMLStyleElement).sheet!.cssRules] as CSSStyleRule[];
		const base = rules.find((r) => r.selectorText === '.face-icon')!;
		const sprite = decodeURIComponent(base.style.getPropertyValue('mask-image'));
		expect(sprite).toBe(`url("data:image/svg+xml,${faceSprite()}")`);
		expect(base.style.getPropertyValue('mask-size')).toBe('500% 100%');
		// Left to right, each face at its place: a frown at 0 %, a smile at 100 %.
		SPRITE_ORDER.forEach((score, i) => {
			expect(sprite).toContain(`translate(${24 * i} 0)`);
			const rule = rules.find((r) => r.selectorText === `.face-icon[data-score="${score}"]`)!;
			expect(rule.style.getPropertyValue('mask-position')).toBe(`${i * 25}% 0`);
		});
		expect(SPRITE_ORDER).toEqual([...EMOTION_SCORES]);
		const faces = new DOMParser().parseFromString(faceSprite(), 'image/svg+xml');
		const mouths = [...faces.querySelectorAll('g')].map((g) =>
			[...g.querySelectorAll('path')].at(-1)!.getAttribute('d')
		);
		expect(mouths).toEqual(SPRITE_ORDER.map(mouth));
	});
});
