// The drawn faces of the emotion scale, one per score from a frown to a smile: drawn rather than
// typed, as emoji fonts differ between laptops and some projector machines have none. A face is
// one element, `<span class="face-icon" data-score="…">`, its drawing a mask over the text colour.
// The look is one style sheet added to the page once: a face then costs no style work of its
// own. Step 8 shows five faces per touchpoint; an inline SVG each (five elements) made it slow to
// open, and a data URL in each face's style attribute was parsed again for every face.
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

/** The face as an SVG document: black on transparent, used as a mask over the text colour. */
export function faceSvg(score: EmotionScore): string {
	return (
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">' +
		'<circle cx="12" cy="12" r="10.5" fill="none" stroke="#000" stroke-width="1.6"/>' +
		EYES[score === -2 ? 'shut' : 'open'] +
		`<path d="${MOUTH[score]}" fill="none" stroke="#000" stroke-width="1.8" stroke-linecap="round"/>` +
		'</svg>'
	);
}

const SHEET_ID = 'face-styles';

/** The faces' style sheet: the shape of every face, and one mask per score. */
export function faceStyles(): string {
	const face =
		`.${FACE_CLASS}{display:inline-block;vertical-align:middle;flex:none;width:1.6em;` +
		'height:1.6em;background-color:currentColor;mask-position:center;mask-size:contain;' +
		'mask-repeat:no-repeat}';
	const masks = (Object.keys(MOUTH) as `${EmotionScore}`[]).map(
		(s) =>
			`.${FACE_CLASS}[data-score="${s}"]{mask-image:url("data:image/svg+xml,` +
			`${encodeURIComponent(faceSvg(Number(s) as EmotionScore))}")}`
	);
	return [face, ...masks].join('\n');
}

/** Adds the faces' style sheet to the page, once. */
export function addFaceStyles() {
	if (typeof document === 'undefined' || document.getElementById(SHEET_ID)) return;
	const sheet = document.createElement('style');
	sheet.id = SHEET_ID;
	sheet.textContent = faceStyles();
	document.head.append(sheet);
}
