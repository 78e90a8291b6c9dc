// The `hyphen` package ships no types. Each language is a CommonJS module of TeX's patterns for
// that language; the app uses its synchronous hyphenator only.
interface Hyphenator {
	hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

declare module 'hyphen/da' {
	const hyphenator: Hyphenator;
	export default hyphenator;
}
declare module 'hyphen/sv' {
	const hyphenator: Hyphenator;
	export default hyphenator;
}
declare module 'hyphen/en-gb' {
	const hyphenator: Hyphenator;
	export default hyphenator;
}
