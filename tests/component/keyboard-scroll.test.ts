// A box that scrolls joins the Tab order, so the keyboard can scroll it; one that does not, stays
// out of it. (jsdom has no layout: the box's heights are set by hand.)
import { keyboardScroll } from '$lib/components/ui/keyboard-scroll';

function box(content: number, room: number) {
	const el = document.createElement('section');
	Object.defineProperty(el, 'scrollHeight', { get: () => content, configurable: true });
	Object.defineProperty(el, 'clientHeight', { get: () => room, configurable: true });
	document.body.append(el);
	return el;
}

/** Mutation observers report after the current task. */
const observed = () => new Promise((done) => setTimeout(done, 0));

const grow = (el: HTMLElement, content: number) =>
	Object.defineProperty(el, 'scrollHeight', { get: () => content, configurable: true });

describe('keyboardScroll', () => {
	afterEach(() => document.body.replaceChildren());

	it('makes a box that scrolls focusable, and leaves one that fits alone', () => {
		const tall = box(900, 500);
		const short = box(300, 500);
		keyboardScroll(tall);
		keyboardScroll(short);
		expect(tall).toHaveAttribute('tabindex', '0');
		expect(short).not.toHaveAttribute('tabindex');
	});

	it('follows what is added to the box, and stops when detached', async () => {
		const el = box(300, 500);
		const detach = keyboardScroll(el) as () => void;
		grow(el, 800);
		el.append(document.createElement('p'));
		await observed();
		expect(el).toHaveAttribute('tabindex', '0');

		grow(el, 300);
		el.replaceChildren();
		await observed();
		expect(el).not.toHaveAttribute('tabindex');

		detach();
		grow(el, 800);
		el.append(document.createElement('p'));
		await observed();
		expect(el).not.toHaveAttribute('tabindex');
	});
});
