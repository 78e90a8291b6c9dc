// The few Node APIs the report tests use. The project installs no @types/node, yet svelte-check
// type-checks the tests; if @types/node is added later, these declarations merge with it.
declare module 'node:fs' {
	export function readFileSync(path: string | URL): Uint8Array;
	export function writeFileSync(path: string, data: Uint8Array): void;
	export function existsSync(path: string): boolean;
	export function mkdirSync(path: string, options?: { recursive?: boolean }): string | undefined;
	export function mkdtempSync(prefix: string): string;
}

declare module 'node:os' {
	export function tmpdir(): string;
}

declare module 'node:path' {
	export function join(...parts: string[]): string;
	export function dirname(path: string): string;
}

declare module 'node:child_process' {
	export function execFileSync(
		file: string,
		args: readonly string[],
		options: { encoding: 'utf8' }
	): string;
}
