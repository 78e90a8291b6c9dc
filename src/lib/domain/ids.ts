// Identifiers for workshops and list rows: random, so two tabs or an imported file never clash.
export function newId(): string {
	return globalThis.crypto.randomUUID();
}
