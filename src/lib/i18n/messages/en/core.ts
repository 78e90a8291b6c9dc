// The words the start page needs, in English: the app's name, the workshops list, opening and
// downloading workshop files, updates. Loaded first; the steps' words (workshop.ts) load with a
// workshop.
import { handover } from './room/handover';
import { phone } from './room/phone';
import { pwa } from './room/pwa';

export const core = {
	...handover,
	...pwa,
	...phone,
	'app.name': 'Journey Workshop',
	'app.tagline': 'Map a customer journey with the whole room, one step at a time.',
	'app.language': 'Language',
	'app.skip': 'Skip to content',

	'home.title': 'Your workshops',
	'home.empty': 'No workshops yet. Start with the example, or begin a blank one.',
	'home.new': 'New workshop',
	'home.example': 'Start from the example',
	'home.open': 'Open',
	'home.rename': 'Rename',
	'home.renameLabel': 'New name for “{name}”',
	'home.delete': 'Delete',
	'home.deleteConfirm':
		'Delete “{name}” and everything the room wrote in it? This cannot be undone.',
	'home.cancel': 'Cancel',
	'home.save': 'Save',
	'home.unnamed': 'Untitled journey',
	'home.edited': 'Edited {date}',
	'home.loading': 'Opening your workshops…',
	'home.noStorage':
		'This browser will not let the app keep anything on this device, so workshops cannot be opened or saved. A private window or blocked site data can cause this.',
	'home.nameRequired': 'Give the workshop a name.',

	'save.saved': 'Saved',
	'save.saving': 'Saving…',
	'save.error': 'Not saved — your work is kept in this tab. Download a backup to be safe.',
	'save.backup': 'Download backup',

	'wizard.steps': 'Steps',
	'wizard.back': 'Back',
	'wizard.next': 'Next',
	'wizard.toReport': 'Finish: the report',
	'wizard.home': 'All workshops',
	'wizard.stepOf': 'Step {n} of {total}',
	'wizard.tip': 'Facilitator tip',
	'wizard.prompts': 'Ask the room',
	'wizard.blocked': 'Give the journey a name first — every other step builds on it.',
	'wizard.loading': 'Opening the workshop…',
	'wizard.notFound': 'This workshop is not on this device. It may have been deleted.',
	'wizard.openFailed': 'This workshop could not be opened. Nothing in it was changed.',
	'wizard.viewFailed':
		'This part of the app could not be loaded. Check the connection, then try again.',
	'wizard.retry': 'Try again',
	'wizard.keys': '→ and ← move between steps, and ? shows every key — whenever you are not typing.',
	'status.empty': 'Not started',
	'status.started': 'Started',
	'status.done': 'Done',

	'undo.undo': 'Undo',
	'undo.deleted': 'Deleted “{item}”',
	'list.add': 'Add',
	'list.remove': 'Remove',
	'list.moveUp': 'Move up',
	'list.moveDown': 'Move down',
	'list.empty': 'Nothing here yet.',
	'date.invalid':
		'Write a date, e.g. 6 December 2026 or 6/12/2026. Until then the saved date stays as it was.',
	'list.item': 'Item {n}',
	'field.limit.count': '{length} / {limit}',
	'field.limit.left.one': '{n} character left',
	'field.limit.left.other': '{n} characters left',
	'field.limit.over.one': '{n} character too many',
	'field.limit.over.other': '{n} characters too many',
	'field.limit.pasted':
		'Only the start of what you pasted fits: this field holds up to {limit} characters.',

	'step.report.title': 'The report',
	'step.report.purpose': 'Everything the room produced, in one PDF to share and pin on the wall.',

	'channel.none': 'Choose…',
	'channel.phone': 'Phone',
	'channel.email': 'E-mail',
	'channel.portal': 'Portal',
	'channel.chat': 'Chat',
	'channel.in-person': 'In person',
	'channel.web': 'Web page',
	'channel.advert': 'Advert',
	'channel.letter': 'Letter',
	'channel.app': 'App',
	'channel.review-site': 'Review site',
	'channel.other': 'Other',

	'owner.none': 'No one yet',

	'report.make': 'Make the report',
	'report.making': 'Making the report…',
	'report.previewReady': 'The report is ready. Look it over, then download it.',
	'report.preview': 'Preview',
	'report.previewTitle': 'Preview of the PDF report',
	'report.previewHint': 'No preview here? Download the PDF and open it on this device.',
	'report.download': 'Download the PDF report',
	'report.ready': 'Your report “{file}” is downloading.',
	'report.again': 'Make it again',
	'report.stale': 'The workshop or the report language has changed since this preview was made.',
	'report.failed': 'The report could not be made. Nothing you wrote is lost — please try again.',
	'report.reason': 'Reason: {reason}',
	'report.wall': 'Download the wall map (A3)',
	'report.wallHint': 'The journey map on its own, on landscape A3 pages for the wall.',
	'report.wallMaking': 'Making the wall map…',
	'report.wallReady': 'Your wall map “{file}” is downloading.',
	'report.wallFailed':
		'The wall map could not be made. Nothing you wrote is lost — please try again.',
	'report.language': 'Report language',
	'report.summary': 'What goes in',
	'report.stepsDone': '{done} of {total} steps done',
	'report.touchpoints': 'Touchpoints: {n} · lows: {lows}',
	'report.opportunities': 'Opportunities: {n} · actions: {actions}',
	'prepare.link': 'Prepare'
};
