// Names for the files a workshop leaves behind — the report, the wall map, the actions, the
// workshop file — safe to save on Windows, macOS and Linux, with the journey's own letters
// (æ ø å ä ö) kept, and a date so the files of one workshop sort side by side.

// Characters Windows, macOS or Linux refuse in a file name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The journey's name as the start of a file name: at most 80 letters, never empty. */
export function fileBase(journeyName: string): string {
	let base = journeyName
		.normalize('NFC')
		.replace(UNSAFE, '-')
		.replace(/\s+/g, '-')
		.replace(/-*([–—])-*/g, '$1')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	base = [...base]
		.slice(0, 80)
		.join('')
		.replace(/[-.]+$/, '');
	if (!base || RESERVED.test(base)) base = base ? `${base}-journey` : 'journey';
	return base;
}

/** `<journey>-<yyyy-mm-dd><tail>.<ext>`; the date is left out when there is none. */
export function journeyFileName(
	journeyName: string,
	date: string,
	tail: string,
	ext: string
): string {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
	return `${fileBase(journeyName)}${day ? `-${day}` : ''}${tail}.${ext}`;
}
