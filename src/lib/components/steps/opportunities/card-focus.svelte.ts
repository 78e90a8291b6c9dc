// One Tab stop per opportunity card (a roving tabindex): the room votes with ↑/↓ to a card and
// + / − on it, not twenty Tabs through every card's fields. The card in focus (or the first) is
// the list's Tab stop; Enter goes into its fields, which join the Tab order while the keyboard is
// in them, and Escape comes back out to the card. Clicking a field goes in just the same.
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { LIST_MOVES } from '../../ui/roving';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
/** Where a control's own tabindex waits while the card keeps it out of the Tab order. */
const SAVED = 'data-card-tabindex';

/** Takes the controls inside a card out of the Tab order unless `open`, and keeps controls
 *  that appear later (a longer touchpoint list) out too; puts every one back when opened.
 *  (A box that scrolls would be a stop of its own in Chromium with nothing tabbable inside:
 *  the touchpoint picker keeps still while its card is closed.) */
export function fieldsInTabOrder(open: boolean): Attachment<HTMLElement> {
	return (card) => {
		if (open) return;
		const hide = () => {
			for (const el of card.querySelectorAll<HTMLElement>(FOCUSABLE)) {
				if (el.hasAttribute(SAVED)) continue;
				el.setAttribute(SAVED, el.getAttribute('tabindex') ?? '');
				el.tabIndex = -1;
			}
		};
		hide();
		const watch = new MutationObserver(hide);
		watch.observe(card, { childList: true, subtree: true });
		return () => {
			watch.disconnect();
			for (const el of card.querySelectorAll<HTMLElement>(`[${SAVED}]`)) {
				const was = el.getAttribute(SAVED);
				el.removeAttribute(SAVED);
				if (was) el.setAttribute('tabindex', was);
				else el.removeAttribute('tabindex');
			}
		};
	};
}

const CARD = '[data-opportunity]';

const cardOf = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLElement>(CARD) : null;

interface Options {
	/** The ids of the cards, top to bottom as shown. */
	ids: () => readonly string[];
	/** The list's element, to find the cards in. */
	list: () => HTMLElement | undefined;
	/** Makes sure card `index` is in the page (long lists are built a screenful first). */
	build: (index: number) => void;
	/** Delete on a card. */
	onremove: (id: string) => void;
}

export class CardFocus {
	/** The card that is the list's Tab stop: the one last in focus, else the first. */
	#active: string | null = $state(null);
	/** The card whose fields are in the Tab order. */
	open: string | null = $state(null);
	#options: Options;

	constructor(options: Options) {
		this.#options = options;
	}

	get active(): string | undefined {
		const ids = this.#options.ids();
		return this.#active !== null && ids.includes(this.#active) ? this.#active : ids[0];
	}

	async focusCard(index: number) {
		const id = this.#options.ids()[index];
		if (id === undefined) return;
		this.#options.build(index);
		await tick();
		this.#options.list()?.querySelector<HTMLElement>(`[data-opportunity="${id}"]`)?.focus();
	}

	onfocusin = (event: FocusEvent) => {
		const card = cardOf(event.target);
		if (!card) return;
		this.#active = card.dataset.opportunity!;
		this.open = event.target === card ? null : this.#active;
	};

	onfocusout = (event: FocusEvent) => {
		const card = cardOf(event.target);
		if (!card || card.contains(event.relatedTarget as Node | null)) return;
		// The window losing the focus (another app) keeps the card open: the field still has it.
		queueMicrotask(() => {
			if (!card.contains(document.activeElement) && this.open === card.dataset.opportunity)
				this.open = null;
		});
	};

	onkeydown = (event: KeyboardEvent) => {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const card = cardOf(event.target);
		if (!card) return;
		if (event.target !== card) {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			card.focus();
			return;
		}
		if (event.shiftKey) return;
		const ids = this.#options.ids();
		const id = card.dataset.opportunity!;
		const move = LIST_MOVES[event.key];
		if (move) {
			event.preventDefault();
			void this.focusCard(move(ids.indexOf(id), ids.length - 1));
		} else if (event.key === 'Enter' || event.key === 'F2') {
			event.preventDefault();
			void this.#enter(card, id);
		} else if (event.key === 'Delete') {
			event.preventDefault();
			this.#options.onremove(id);
		}
	};

	async #enter(card: HTMLElement, id: string) {
		this.open = id;
		await tick();
		card.querySelector<HTMLElement>('.body :is(input, textarea, select, button)')?.focus();
	}
}
