// The `hyphen` package's language modules (it ships no types): TeX hyphenation patterns for one
// language, applied synchronously; the soft hyphen U+00AD is the default hyphen character.
declare module 'hyphen/*' {
	export function hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}
