// Reordering inside a plain list (statements, phases): one rule for every list of the record.

/** Moves the item at `index` one place up (−1) or down (+1); out of range does nothing. */
export function moveItem<T>(list: T[], index: number, delta: -1 | 1): void {
	const to = index + delta;
	if (index < 0 || index >= list.length || to < 0 || to >= list.length) return;
	const [item] = list.splice(index, 1);
	list.splice(to, 0, item!);
}
