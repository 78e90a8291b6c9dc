// The state of the step-7 board: filters, the card being typed, the card being edited, a drag in
// progress, and the work a room asks for (add, move, copy, delete). The pure rules live in
// domain/touchpoints.ts; this applies them to the session and keeps the keyboard on the card.
import { tick } from 'svelte';
import { timelineColumns } from '$lib/domain/timeline';
import {
	ALL,
	NO_FILTER,
	duplicateFields,
	filterTouchpoints,
	indexAmongShown,
	keyboardTarget,
	matches,
	moveTouchpoint,
	placeOf,
	type Direction,
	type MoveTarget,
	type TouchpointFilter
} from '$lib/domain/touchpoints';
import type { Channel, Phase, Touchpoint, TouchpointKind } from '$lib/domain/types';
import { t } from '$lib/i18n/locale.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import { Progressive, screenful } from '../../ui/progressive.svelte';

/** A column as the board shows it; `key` is the phase id, or null for removed phases. */
export interface BoardColumn {
	key: string | null;
	name: string;
	all: Touchpoint[];
	shown: Touchpoint[];
}

export class TouchpointBoard {
	readonly session: WorkshopSession;
	filter: TouchpointFilter = $state({ ...NO_FILTER });
	/** The new card whose title is being typed in place. */
	draftId: string | null = $state(null);
	/** The card open in the editor. */
	editingId: string | null = $state(null);
	/** The card being dragged, and where it would land (column key, place among shown cards). */
	draggingId: string | null = $state(null);
	dropAt: { key: string | null; k: number } | null = $state(null);
	announcement = $state('');
	root: HTMLElement | undefined;
	/** How many cards each column shows: those that fill its box (about 5.5rem each) with the
	 *  step, the rest just after it is painted. Made with the step, as it runs an effect. */
	readonly built: Progressive;

	constructor(session: WorkshopSession) {
		this.session = session;
		this.built = new Progressive(
			() => Math.max(0, ...this.columns.map((c) => c.shown.length)),
			screenful(5.5)
		);
	}

	get phases(): Phase[] {
		return this.session.workshop.plan.phases;
	}

	get rows(): Touchpoint[] {
		return this.session.data.touchpoints;
	}

	/** Channel and owner hide cards; the phase filter hides whole columns. */
	readonly isShown = $derived.by(() => {
		const cards = { ...this.filter, phaseId: ALL };
		const draft = this.draftId;
		return (tp: Touchpoint) => tp.id === draft || matches(tp, cards);
	});

	readonly columns: BoardColumn[] = $derived.by(() => {
		const show = this.isShown;
		return timelineColumns(this.phases, this.rows)
			.filter((c) => this.filter.phaseId === ALL || c.phase?.id === this.filter.phaseId)
			.map((c) => ({
				key: c.phase?.id ?? null,
				name: this.phaseName(c.phase),
				all: c.touchpoints,
				shown: c.touchpoints.filter(show)
			}));
	});

	readonly shownCount = $derived(filterTouchpoints(this.rows, this.filter).length);

	phaseName(phase: Phase | null): string {
		if (!phase) return t('touchpoints.noPhase');
		return phase.name || t('field.phase.name', { n: this.phases.indexOf(phase) + 1 });
	}

	titleOf(tp: Touchpoint): string {
		const title = tp.title.trim();
		if (tp.kind !== 'gap') return title || t('touchpoints.untitled');
		return title ? t('touchpoints.gapName', { title }) : t('touchpoints.untitledGap');
	}

	find(id: string | null): Touchpoint | undefined {
		return id === null ? undefined : this.rows.find((tp) => tp.id === id);
	}

	/** A new card at the end of a column (or right after `afterId`), its title ready to type. */
	add(phaseId: string, kind: TouchpointKind, afterId?: string) {
		// A card started and left empty is not kept when the room starts another one.
		const left = this.find(this.draftId);
		if (left && !left.title.trim()) this.session.remove('touchpoints', left.id);
		const { channel, ownerId } = this.filter;
		const row = this.session.add('touchpoints', {
			kind,
			phaseId,
			// While the room looks at one channel or owner, a new card is one of them.
			...(channel !== ALL && { channel: channel as Channel }),
			...(ownerId !== ALL && { ownerId })
		});
		if (afterId) {
			const column = timelineColumns(this.phases, this.rows).find((c) =>
				c.touchpoints.some((tp) => tp.id === afterId)
			);
			const at = column?.touchpoints.findIndex((tp) => tp.id === afterId) ?? -1;
			if (column && at >= 0) this.#apply(row.id, { toPhaseId: phaseId, toIndex: at + 1 });
		}
		this.draftId = row.id;
		void this.focus(row.id);
	}

	/** A gap right after a card, where the customer hears nothing, its title ready to type. */
	addGapAfter(id: string) {
		const tp = this.find(id);
		if (tp) this.add(tp.phaseId, 'gap', id);
	}

	/** Enter on a typed title starts the next card; on an empty one it ends the sequence. */
	finishDraft(id: string, next: boolean) {
		const tp = this.find(id);
		if (!tp || this.draftId !== id) return;
		if (next && tp.title.trim()) return this.add(tp.phaseId, 'touchpoint', id);
		this.draftId = null;
		if (tp.title.trim()) return void this.focus(id);
		this.session.remove('touchpoints', id);
		void this.focusAdd(tp.phaseId);
	}

	/** The keyboard left a card being typed: it becomes a card (or goes, when still empty). */
	leaveDraft(id: string) {
		setTimeout(() => {
			if (this.draftId !== id) return;
			if (document.activeElement?.closest(`[data-tp="${id}"]`)) return;
			this.draftId = null;
			if (!this.find(id)?.title.trim()) this.session.remove('touchpoints', id);
		});
	}

	/** Moves a card; says where it went; the keyboard stays on it. */
	move(id: string, target: MoveTarget): boolean {
		if (!this.#apply(id, target)) return false;
		// A room looking at one phase follows the card it moves to the next one.
		if (this.filter.phaseId !== ALL && target.toPhaseId !== null)
			this.filter.phaseId = target.toPhaseId;
		const tp = this.find(id)!;
		const place = placeOf(this.phases, this.rows, this.isShown, id);
		if (place)
			this.announcement = t('touchpoints.moved', {
				title: this.titleOf(tp),
				phase: this.phaseName(place.phase),
				position: place.position,
				count: place.count
			});
		void this.focus(id);
		return true;
	}

	keyMove(id: string, direction: Direction): boolean {
		const target = keyboardTarget(this.phases, this.rows, this.isShown, id, direction);
		return target ? this.move(id, target) : false;
	}

	/** Drop of the dragged card at place `k` among the shown cards of a column. */
	drop(key: string | null, k: number) {
		const id = this.draggingId;
		this.draggingId = null;
		this.dropAt = null;
		const column = timelineColumns(this.phases, this.rows).find(
			(c) => (c.phase?.id ?? null) === key
		);
		if (!id || !column) return;
		this.move(id, { toPhaseId: key, toIndex: indexAmongShown(column, this.isShown, id, k) });
	}

	setPhase(id: string, phaseId: string) {
		this.#apply(id, { toPhaseId: phaseId, toIndex: Infinity });
	}

	duplicate(id: string) {
		const tp = this.find(id);
		if (!tp) return;
		const copy = this.session.add('touchpoints', duplicateFields(tp));
		const place = placeOf(this.phases, this.rows, () => true, id);
		this.#apply(copy.id, { toPhaseId: place?.phase?.id ?? null, toIndex: place?.position ?? 0 });
		this.announcement = t('touchpoints.duplicated', { title: this.titleOf(tp) });
		void this.focus(copy.id);
	}

	/** Deletes with "Undo"; the keyboard goes to the next card, the previous, or "Add". */
	remove(id: string) {
		const tp = this.find(id);
		if (!tp) return;
		const column = this.columns.find((c) => c.shown.some((s) => s.id === id));
		const at = column?.shown.findIndex((s) => s.id === id) ?? -1;
		const neighbour = column?.shown[at + 1] ?? column?.shown[at - 1];
		const item = this.titleOf(tp);
		this.session.removeWithUndo('touchpoints', id, t('undo.deleted', { item }), () => {
			void this.focus(id);
		});
		if (neighbour) void this.focus(neighbour.id);
		else void this.focusAdd(tp.phaseId);
	}

	async focus(id: string) {
		// The card may be one not built yet (moved far down, added at the end).
		this.built.all();
		await tick();
		this.root
			?.querySelector<HTMLElement>(`[data-tp="${id}"] input, [data-tp="${id}"] button`)
			?.focus();
	}

	async focusAdd(phaseId: string) {
		await tick();
		const columns = [...(this.root?.querySelectorAll<HTMLElement>('[data-column]') ?? [])];
		const column = columns.find((c) => c.dataset.column === phaseId) ?? columns[0];
		column?.querySelector<HTMLElement>('button.add')?.focus();
	}

	/** Writes a move: each changed row through the session, then the list back in order. */
	#apply(id: string, target: MoveTarget): boolean {
		const changes = moveTouchpoint(this.phases, this.rows, id, target);
		// One write per row and one check of the workshop, however far the card travels.
		this.session.updateMany(
			'touchpoints',
			changes.map((c) => ({ id: c.id, patch: { phaseId: c.phaseId, order: c.order } }))
		);
		return changes.length > 0;
	}
}
