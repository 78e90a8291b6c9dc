// The workshop as flat entries for the co-facilitator's laptop: a round trip loses nothing, and
// two laptops writing the entries into Yjs maps at once (real Y.Docs, exchanging updates as the
// server would) end with the same workshop, different fields both kept, a deleted row gone whole.
import * as Y from 'yjs';
import { exampleWorkshop } from '$lib/domain/example';
import { sameValue } from '$lib/domain/merge';
import {
	deletedKey,
	entriesDiff,
	fromEntries,
	rowFieldKey,
	toEntries,
	type Entries
} from '$lib/domain/workshop-doc';
import type { WorkshopData } from '$lib/domain/types';

const example = () => exampleWorkshop('en', new Date(2026, 11, 6, 9));

/** A laptop: its shared map, written from its own copy of the workshop by diff, as the bridge does. */
function laptop(doc: Y.Doc) {
	const map = doc.getMap<unknown>('workshop');
	let last: Entries = new Map();
	return {
		map,
		write(data: WorkshopData, deletes: [Parameters<typeof deletedKey>[0], string][] = []) {
			const now = toEntries(data);
			const { set, del } = entriesDiff(last, now, sameValue);
			doc.transact(() => {
				for (const [key, value] of set) map.set(key, value);
				for (const key of del) map.delete(key);
				for (const [list, id] of deletes) map.set(deletedKey(list, id), true);
			});
			last = now;
		},
		read(record: WorkshopData['workshop']) {
			const data = fromEntries(new Map(map.entries()), record);
			// What was read is what both agree on: writing it back would be a stale edit that
			// could win over the other laptop's newer one.
			if (data) last = toEntries(data);
			return data;
		}
	};
}

function exchange(a: Y.Doc, b: Y.Doc) {
	const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
	const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
	Y.applyUpdate(b, fromA);
	Y.applyUpdate(a, fromB);
}

describe('the workshop as shared entries', () => {
	it('comes back whole: every list, every field, the record but what each laptop keeps', () => {
		const data = example();
		data.workshop.facilitation.notes = {};
		const other = { ...example().workshop, machine: null, updatedAt: 'here' };
		const back = fromEntries(toEntries(data), other)!;
		expect(back).toEqual({
			...data,
			workshop: { ...data.workshop, machine: null, updatedAt: 'here' }
		});
		// Nothing shared yet: no workshop.
		expect(fromEntries(new Map(), other)).toBeNull();
	});

	it('keys each row field on its own, and leaves each window’s machine out', () => {
		const data = example();
		const entries = toEntries(data);
		const tp = data.touchpoints[0]!;
		expect(entries.get(rowFieldKey('touchpoints', tp.id, 'title'))).toBe(tp.title);
		expect([...entries.keys()].some((k) => /machine|updatedAt/.test(k))).toBe(false);
	});

	// Yjs settles a key set on both at once by the laptops' client ids: both orders are tried.
	it.each([
		[1, 2],
		[2, 1]
	])(
		'two laptops at once (ids %i, %i): different fields both kept, the same field alike, a delete whole',
		(idA, idB) => {
			const [docA, docB] = [new Y.Doc(), new Y.Doc()];
			docA.clientID = idA;
			docB.clientID = idB;
			const [a, b] = [laptop(docA), laptop(docB)];
			const start = example();
			a.write(start);
			exchange(docA, docB);
			const onB = b.read(start.workshop)!;
			b.write(onB);
			expect(onB.touchpoints).toEqual(start.touchpoints);

			// A renames the journey and deletes a touchpoint; B sets the goal, retitles that same
			// touchpoint, and both change the persona's name.
			const dataA = structuredClone(start);
			const gone = dataA.touchpoints.splice(2, 1)[0]!;
			dataA.workshop.journey.name = 'Laptop, from A';
			dataA.personas[0]!.name = 'Anna (A)';
			a.write(dataA, [['touchpoints', gone.id]]);
			const dataB = structuredClone(onB);
			dataB.workshop.journey.businessGoal = 'Goal from B';
			dataB.touchpoints[2]!.title = 'Edited on B';
			dataB.personas[0]!.name = 'Anna (B)';
			b.write(dataB);

			exchange(docA, docB);
			const endA = a.read(start.workshop)!;
			const endB = b.read(start.workshop)!;
			expect(endA).toEqual(endB);
			expect(endA.workshop.journey.name).toBe('Laptop, from A');
			expect(endA.workshop.journey.businessGoal).toBe('Goal from B');
			expect(endA.touchpoints.map((t) => t.id)).not.toContain(gone.id);
			expect(endA.touchpoints).toHaveLength(start.touchpoints.length - 1);
			expect(['Anna (A)', 'Anna (B)']).toContain(endA.personas[0]!.name);
		}
	);
});
