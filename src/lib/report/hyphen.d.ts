// The hyphen package ships no types. Each language is a CommonJS module whose exports the
// report reads as a default import; it uses one function of three languages.
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
