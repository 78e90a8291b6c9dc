// Hyphens for the projector's narrow columns. Debian's Chromium hyphenates no language by itself
// (`hyphens: auto` finds no dictionary), and a long Danish or Swedish compound otherwise breaks
// where the column ends, with no hyphen ("Beställningsf|ormulär"). So every text in projector mode
// gets soft hyphens (U+00AD) at the syllable points of TeX's patterns for its language (the
// `hyphen` package): the browser breaks a word only there, and shows a hyphen where it does.
// Soft hyphens are invisible otherwise, and screen readers and copying skip them. The patterns
// load with projector mode, one language at a time, never with the start page.
import type { Attachment } from 'svelte/attachments';
import type { Locale } from '$lib/domain/types';
import { hyphenator, SOFT_HYPHEN, type Hyphenate } from '$lib/i18n/hyphenation';

const SHY = new RegExp(SOFT_HYPHEN, 'g');
/** Words shorter than this fit any column whole. */
const SHORT = /^[^\s]{0,7}$/;
/** Text the room does not read as prose: a field, the code of a page. */
const SKIP = 'input, select, textarea, option, script, style, [data-no-hyphens]';

/** `text` with soft hyphens in its longer words (and only there). */
function withHyphens(text: string, hyphenate: Hyphenate): string {
	const plain = text.replace(SHY, '');
	return plain
		.split(/(\s+)/)
		.map((part) => (SHORT.test(part) ? part : hyphenate(part)))
		.join('');
}

/** Puts soft hyphens into every text under the element, now and as the text changes. */
export function hyphenateText(locale: () => Locale): Attachment<HTMLElement> {
	return (root) => {
		let hyphenate: Hyphenate | undefined;
		let stopped = false;
		const fix = (node: Node) => {
			if (!hyphenate || !node.nodeValue || node.parentElement?.closest(SKIP)) return;
			const next = withHyphens(node.nodeValue, hyphenate);
			// Only a real change is written, so our own writes end the round of mutations.
			if (next !== node.nodeValue) node.nodeValue = next;
		};
		const walk = (from: Node) => {
			if (from.nodeType === Node.TEXT_NODE) return fix(from);
			const texts = document.createTreeWalker(from, NodeFilter.SHOW_TEXT);
			for (let n = texts.nextNode(); n; n = texts.nextNode()) fix(n);
		};
		const observer = new MutationObserver((records) => {
			for (const record of records) {
				if (record.type === 'characterData') fix(record.target);
				else record.addedNodes.forEach(walk);
			}
		});
		observer.observe(root, { subtree: true, childList: true, characterData: true });
		hyphenator(locale()).then(
			(found) => {
				if (stopped) return;
				hyphenate = found;
				walk(root);
			},
			// Offline before the patterns were ever fetched: the text stays, unhyphenated.
			() => undefined
		);
		return () => {
			stopped = true;
			observer.disconnect();
		};
	};
}
