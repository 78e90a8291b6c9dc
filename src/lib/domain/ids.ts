// Identifiers for workshops and list rows: random, so two tabs or an imported file never clash.
// A co-facilitator's laptop opens the app on the facilitator's LAN address over plain http, which
// is not a secure context: there is no crypto.randomUUID, so the same version-4 UUID is made
// from getRandomValues, which every context has.
export function newId(): string {
	const crypto = globalThis.crypto;
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
