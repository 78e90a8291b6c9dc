import {
	changedPaths,
	merge3,
	rebase,
	RECORD_RULES,
	sameValue,
	setAt,
	valueAt
} from '$lib/domain/merge';

describe('sameValue', () => {
	it('compares plain data by structure', () => {
		expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
		expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
		expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameValue([1, 2], [2, 1])).toBe(false);
		expect(sameValue(null, {})).toBe(false);
		expect(sameValue(NaN, NaN)).toBe(true);
	});
});

describe('merge3', () => {
	const base = { journey: { name: 'Laptop', goal: '' }, statements: ['a'], n: 1 };

	it('keeps changes of different fields from both sides', () => {
		const mine = { ...base, journey: { name: 'New laptop', goal: '' } };
		const theirs = { ...base, journey: { name: 'Laptop', goal: 'Faster' } };
		const { value, conflicts } = merge3(base, mine, theirs);
		expect(value.journey).toEqual({ name: 'New laptop', goal: 'Faster' });
		expect(conflicts).toEqual([]);
	});

	it('takes theirs where only they changed, mine where only I did', () => {
		expect(merge3(base, base, { ...base, n: 2 }).value.n).toBe(2);
		expect(merge3(base, { ...base, n: 3 }, base).value.n).toBe(3);
	});

	it('keeps mine and reports the field both changed to different values', () => {
		const mine = { ...base, journey: { ...base.journey, name: 'Mine' } };
		const theirs = { ...base, journey: { ...base.journey, name: 'Theirs' } };
		const { value, conflicts } = merge3(base, mine, theirs);
		expect(value.journey.name).toBe('Mine');
		expect(conflicts).toEqual([{ path: ['journey', 'name'], mine: 'Mine', theirs: 'Theirs' }]);
	});

	it('treats a list as one value: both changing it is one conflict', () => {
		const { value, conflicts } = merge3(
			base,
			{ ...base, statements: ['a', 'b'] },
			{ ...base, statements: ['a', 'c'] }
		);
		expect(value.statements).toEqual(['a', 'b']);
		expect(conflicts.map((c) => c.path)).toEqual([['statements']]);
	});

	it('no conflict when both made the same change', () => {
		const same = { ...base, n: 5 };
		expect(merge3(base, same, { ...same })).toEqual({ value: same, conflicts: [] });
	});

	it('a key removed on one side only is removed', () => {
		const withExtra = { ...base, extra: 'x' } as typeof base & { extra?: string };
		const { value } = merge3(withExtra, { ...withExtra, n: 2 }, { ...base });
		expect('extra' in value).toBe(false);
		expect(value.n).toBe(2);
	});

	it('record rules: the machine is one value and never a question; updatedAt is quiet', () => {
		const rec = {
			updatedAt: '1',
			machine: { machineVersion: 1, snapshot: { value: 'journey', context: { a: 1 } } },
			facilitation: { spentMs: { journey: 1 }, notes: { journey: '' } }
		};
		const mine = {
			updatedAt: '2',
			machine: { machineVersion: 1, snapshot: { value: 'plan', context: { a: 1 } } },
			facilitation: { spentMs: { journey: 5 }, notes: { journey: 'mine' } }
		};
		const theirs = {
			updatedAt: '3',
			machine: { machineVersion: 1, snapshot: { value: 'journey', context: { a: 2 } } },
			facilitation: { spentMs: { journey: 9 }, notes: { journey: 'theirs' } }
		};
		const { value, conflicts } = merge3(rec, mine, theirs, RECORD_RULES);
		expect(value.machine).toEqual(mine.machine);
		expect(value.updatedAt).toBe('2');
		expect(conflicts.map((c) => c.path.join('.'))).toEqual(['facilitation.notes.journey']);
	});
});

describe('rebase', () => {
	it('moves fields from the old copy to the new, leaving fields changed meanwhile', () => {
		const from = { a: 'x', b: 'y', nested: { c: 1, d: 1 } };
		const to = { a: 'X', b: 'Y', nested: { c: 2, d: 2 } };
		const target = { a: 'x', b: 'typed since', nested: { c: 1, d: 7 } };
		rebase(target, from, to);
		expect(target).toEqual({ a: 'X', b: 'typed since', nested: { c: 2, d: 7 } });
	});

	it('copies values instead of sharing them, and removes what the new copy lacks', () => {
		const to = { list: [{ id: 1 }] } as { list: { id: number }[]; gone?: string };
		const target: Record<string, unknown> = { list: [], gone: 'g' };
		rebase(target, { list: [], gone: 'g' }, to);
		expect(target.list).toEqual([{ id: 1 }]);
		expect(target.list).not.toBe(to.list);
		expect('gone' in target).toBe(false);
	});
});

describe('changedPaths', () => {
	it('names each single value that differs; a list, or an atomic part, is one value', () => {
		const a = { journey: { name: 'a', end: 'x' }, list: [1], machine: { s: { v: 1 } } };
		const b = { journey: { name: 'b', end: 'x' }, list: [1, 2], machine: { s: { v: 2 } } };
		expect(changedPaths(a, b, RECORD_RULES)).toEqual([['journey', 'name'], ['list'], ['machine']]);
		expect(changedPaths(a, a)).toEqual([]);
		expect(changedPaths(undefined, { id: 1 })).toEqual([[]]);
	});
});

describe('setAt and valueAt', () => {
	it('writes and reads a nested path, making objects on the way', () => {
		const root: Record<string, unknown> = {};
		setAt(root, ['a', 'b', 'c'], 3);
		expect(root).toEqual({ a: { b: { c: 3 } } });
		setAt(root, ['a', 'b', 'd'], 4);
		expect(root).toEqual({ a: { b: { c: 3, d: 4 } } });
		expect(valueAt(root, ['a', 'b', 'c'])).toBe(3);
		expect(valueAt(root, ['a', 'x', 'c'])).toBeUndefined();
	});
});
