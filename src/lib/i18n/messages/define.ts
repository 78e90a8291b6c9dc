// One area's messages in all three languages at once. The English keys are the source: Danish and
// Swedish must have exactly the same keys, or the file does not compile.
export function defineMessages<const K extends string>(messages: {
	en: Record<K, string>;
	da: NoInfer<Record<K, string>>;
	sv: NoInfer<Record<K, string>>;
}) {
	return messages;
}
