// Ids on a page that is not a secure context (a co-facilitator's laptop on plain http): no
// crypto.randomUUID there, and ids must still be UUIDs, and all different.
import { newId } from '$lib/domain/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

it('makes version-4 UUIDs with or without crypto.randomUUID', () => {
	expect(newId()).toMatch(UUID_V4);
	const randomUUID = globalThis.crypto.randomUUID;
	Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
	try {
		const ids = Array.from({ length: 200 }, newId);
		for (const id of ids) expect(id).toMatch(UUID_V4);
		expect(new Set(ids).size).toBe(200);
	} finally {
		Object.defineProperty(globalThis.crypto, 'randomUUID', {
			value: randomUUID,
			configurable: true
		});
	}
});
