// The projector's pages: when a step's output holds more than one screen (a long map, many ideas),
// it says how many pages it needs for the box it gets, the facilitator turns them with ↓ and ↑,
// and the frame tells the room which part it sees. The pager also decides where the questions
// for the room go: beside the output, or folded to a strip when the output needs the width
// (fewer pages without them). One pager per projector window; the room's state carries its
// page to the presenter window.
import { getContext, setContext } from 'svelte';
import { unmeasured, type Box } from './pages';

export interface PageSource {
	/** How many pages the output needs in a box of this size. */
	count(box: Box): number;
	/** What the page shown holds, in words ("Touchpoints 1–20 of 40"). */
	label(): string;
}

export type PromptsPlace = 'none' | 'beside' | 'folded';

/** The frame's measures, in em of the projector's type (ProjectorView sets the same). */
const GAP_EM = 1.2;
const PROMPTS_SHARE = 0.34;
const STRIP_EM = 1.8;
/** The line over a paged output that says which page the room sees. */
const BAR_EM = 1.6;
/** Each time the browser finds a page fuller than planned, plan this much less; at most so often. */
const SHRINK = 0.85;
const MAX_SHRINKS = 5;

export class Pager {
	/** The box of the prompts and the output together, measured by the frame. */
	body = $state({ width: 0, height: 0 });
	em = 28;
	/** Measures text in the projector's type (set by the frame, which knows its font). */
	measure: ((text: string) => number) | undefined = $state.raw();
	/** Whether the questions for the room are to be shown at all (Q, and the step has some). */
	wantsPrompts: () => boolean = $state.raw(() => false);
	#index = $state(0);
	#shrinks = $state(0);
	/** Smaller pages did not help (one idea taller than its corner): the questions gave way. */
	#folded = $state(false);
	#source: PageSource | null = $state.raw(null);

	/** The output's box with the questions in `place`; a line less when it has pages. */
	boxFor(place: PromptsPlace): Box {
		const { width, height } = this.body;
		const em = this.em;
		const fill = SHRINK ** this.#shrinks;
		const w =
			place === 'beside'
				? (width - GAP_EM * em) * (1 - PROMPTS_SHARE)
				: place === 'folded'
					? width - (STRIP_EM + GAP_EM) * em
					: width;
		const box = { width: w, height, em, fill, measure: this.measure };
		if (!this.#source || unmeasured(box) || this.#source.count(box) <= 1) return box;
		return { ...box, height: height - BAR_EM * em };
	}

	/** Beside the output, unless the output needs fewer pages with them folded away. */
	readonly prompts: PromptsPlace = $derived.by(() => {
		if (!this.wantsPrompts()) return 'none';
		if (this.#folded) return 'folded';
		const source = this.#source;
		if (!source || unmeasured(this.boxFor('beside'))) return 'beside';
		return source.count(this.boxFor('beside')) > source.count(this.boxFor('folded'))
			? 'folded'
			: 'beside';
	});

	readonly box: Box = $derived(this.boxFor(this.prompts));
	readonly count: number = $derived(this.#source ? Math.max(1, this.#source.count(this.box)) : 1);
	readonly label: string = $derived(this.count > 1 && this.#source ? this.#source.label() : '');

	/** Whether the output shown plans pages of its own (else its type may step down to fit). */
	get paged(): boolean {
		return this.#source !== null;
	}

	/** How often the browser found a page fuller than planned since the output was shown. */
	get shrinks(): number {
		return this.#shrinks;
	}

	get index(): number {
		return Math.min(this.#index, this.count - 1);
	}

	/** The next page; false on the last. */
	next(): boolean {
		if (this.index >= this.count - 1) return false;
		this.#index = this.index + 1;
		return true;
	}

	back(): boolean {
		if (this.index <= 0) return false;
		this.#index = this.index - 1;
		return true;
	}

	/** An output shown: page 1, planned afresh. Returns the goodbye for when it goes. */
	show(source: PageSource): () => void {
		this.#source = source;
		this.#index = 0;
		this.#shrinks = 0;
		this.#folded = false;
		return () => {
			if (this.#source === source) this.#source = null;
		};
	}

	/** The frame measured its body: a new size is planned afresh. */
	measured(width: number, height: number) {
		if (Math.abs(width - this.body.width) < 1 && Math.abs(height - this.body.height) < 1) return;
		this.body = { width, height };
		this.#shrinks = 0;
		this.#folded = false;
	}

	/** The page shown runs over its box (the estimate was short): plan smaller pages. False when
	 *  nothing is left to try (then the box scrolls, reachable by keyboard, as a last resort). */
	overflowed(): boolean {
		if (this.#shrinks < MAX_SHRINKS) this.#shrinks++;
		else if (!this.#folded && this.prompts === 'beside') {
			// Still over at the smallest pages: the width beside the questions is too narrow for
			// one of its items. Give the output the width, and plan afresh.
			this.#folded = true;
			this.#shrinks = 0;
		} else return false;
		return true;
	}
}

const KEY = Symbol('projector-pager');

export function setPager(pager: Pager) {
	setContext(KEY, pager);
}

/** The projector's pager, or none (a view shown outside projector mode: all on one page). */
export function getPager(): Pager | undefined {
	return getContext<Pager | undefined>(KEY);
}
