// The drawn faces of the emotion scale, one per score from a frown to a smile: drawn rather than
// typed, as emoji fonts differ between laptops and some projector machines have none. A face is
// one element, `<span class="face-icon" data-score="…">`, its drawing a mask over the text colour.
// The look is one style sheet added to the page once, the five drawings one image: a face then
// costs no style work of its own. Step 8 shows five faces per touchpoint; an inline SVG each
// (five elements) made it slow to open, and a data URL in each face's style attribute was parsed
// again for every face.
import type { EmotionScore } from '$lib/domain/types';

/** The class that makes an element a face (with `data-score`). */
export const FACE_CLASS = 'face-icon';

// The mouth: from a deep frown (−2) to a wide smile (+2), as a quadratic curve's control point.
const MOUTH: Record<EmotionScore, string> = {
	'-2': 'M7 17 Q12 11.5 17 17',
	'-1': 'M7.5 16.5 Q12 14 16.5 16.5',
	'0': 'M7.5 15.5 L16.5 15.5',
	'1': 'M7.5 14.5 Q12 17.5 16.5 14.5',
	'2': 'M7 14 Q12 20 17 14'
};
const EYES: Record<'open' | 'shut', string> = {
	open: '<circle cx="8.8" cy="9.5" r="1.3"/><circle cx="15.2" cy="9.5" r="1.3"/>',
	shut: '<path d="M7 8.5 L10 10 M17 8.5 L14 10" fill="none" stroke="#000" stroke-width="1.6"/>'
};

/** One face's drawing, 24 units square, shifted `dx` units to the right. */
function drawing(score: EmotionScore, dx = 0): string {
	return (
		`<g transform="translate(${dx} 0)">` +
		'<circle cx="12" cy="12" r="10.5" fill="none" stroke="#000" stroke-width="1.6"/>' +
		EYES[score === -2 ? 'shut' : 'open'] +
		`<path d="${MOUTH[score]}" fill="none" stroke="#000" stroke-width="1.8" stroke-linecap="round"/>` +
		'</g>'
	);
}

const svg = (width: number, body: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 24">${body}</svg>`;

/** The scores in the order of the sprite, left to right. */
export const SPRITE_ORDER: readonly EmotionScore[] = [-2, -1, 0, 1, 2];

/** All five faces side by side in one image, as one mask: each further image costs the first
 *  screen that shows it ~1.5 ms (the browser builds a document for every SVG image). */
export function faceSprite(): string {
	return svg(24 * SPRITE_ORDER.length, SPRITE_ORDER.map((s, i) => drawing(s, 24 * i)).join(''));
}

const SHEET_ID = 'face-styles';

/** The faces' style sheet: the shape of every face, the sprite, and each score's place in it. */
function faceStyles(): string {
	const n = SPRITE_ORDER.length;
	const face =
		`.${FACE_CLASS}{display:inline-block;vertical-align:middle;flex:none;width:1.6em;` +
		'height:1.6em;background-color:currentColor;' +
		`mask-image:url("data:image/svg+xml,${encodeURIComponent(faceSprite())}");` +
		`mask-size:${n * 100}% 100%;mask-repeat:no-repeat}`;
	const places = SPRITE_ORDER.map(
		(s, i) => `.${FACE_CLASS}[data-score="${s}"]{mask-position:${(i * 100) / (n - 1)}% 0}`
	);
	return [face, ...places].join('\n');
}

/** Adds the faces' style sheet to the page, once. */
export function addFaceStyles() {
	if (typeof document === 'undefined' || document.getElementById(SHEET_ID)) return;
	const sheet = document.createElement('style');
	sheet.id = SHEET_ID;
	sheet.textContent = faceStyles();
	document.head.append(sheet);
}
