import { moveItem } from '$lib/domain/lists';

describe('moveItem', () => {
	it('moves up and down by one place', () => {
		const list = ['a', 'b', 'c'];
		moveItem(list, 2, -1);
		expect(list).toEqual(['a', 'c', 'b']);
		moveItem(list, 0, 1);
		expect(list).toEqual(['c', 'a', 'b']);
	});

	it('does nothing past either end or for an unknown index', () => {
		const list = ['a', 'b'];
		moveItem(list, 0, -1);
		moveItem(list, 1, 1);
		moveItem(list, 5, -1);
		expect(list).toEqual(['a', 'b']);
	});
});
