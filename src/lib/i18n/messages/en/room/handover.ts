// The words for workshop files that every page may show: the buttons to open and download one.
// What is said once a file is chosen (its checks, the question when a workshop is here already,
// the outcome) is in file-import.ts, loaded with the file. In English.
export const handover = {
	'handover.open': 'Open a workshop file',
	'handover.reading': 'Opening the file…',
	'handover.download': 'Download file',
	'handover.downloadAll': 'Download all workshops',
	'handover.downloading': 'The file “{file}” is downloading.',
	'handover.downloadingAll': 'The file “{file}” with all {count} workshops is downloading.',
	'handover.downloadFailed': 'The workshops could not be read from this device. Try again.',
	'handover.error.read': 'The file could not be read. Try choosing it again.'
};
