// The words the start page needs, in Danish; the keys are the English core's.
import type { core as english } from '../en/core';
import { handover } from './room/handover';
import { phone } from './room/phone';
import { pwa } from './room/pwa';

export const core = {
	...handover,
	...pwa,
	...phone,
	'app.name': 'Journey Workshop',
	'app.tagline': 'Kortlæg en kunderejse sammen med hele rummet, ét trin ad gangen.',
	'app.language': 'Sprog',
	'app.skip': 'Gå til indholdet',

	'home.title': 'Dine workshops',
	'home.empty': 'Ingen workshops endnu. Start med eksemplet, eller begynd på en tom.',
	'home.new': 'Ny workshop',
	'home.example': 'Start med eksemplet',
	'home.open': 'Åbn',
	'home.rename': 'Omdøb',
	'home.renameLabel': 'Nyt navn til “{name}”',
	'home.delete': 'Slet',
	'home.deleteConfirm':
		'Slet “{name}” og alt, hvad rummet har skrevet i den? Det kan ikke fortrydes.',
	'home.cancel': 'Annullér',
	'home.save': 'Gem',
	'home.unnamed': 'Kunderejse uden navn',
	'home.edited': 'Ændret {date}',
	'home.loading': 'Åbner dine workshops…',
	'home.noStorage':
		'Browseren lader ikke appen gemme noget på denne enhed, så workshops kan hverken åbnes eller gemmes. Det kan skyldes et privat vindue eller blokerede webstedsdata.',
	'home.nameRequired': 'Giv workshoppen et navn.',

	'save.saved': 'Gemt',
	'save.saving': 'Gemmer…',
	'save.error':
		'Ikke gemt – dit arbejde ligger stadig i denne fane. Hent en sikkerhedskopi, så intet går tabt.',
	'save.backup': 'Hent sikkerhedskopi',

	'wizard.steps': 'Trin',
	'wizard.back': 'Tilbage',
	'wizard.next': 'Næste',
	'wizard.toReport': 'Afslut med rapporten',
	'wizard.home': 'Alle workshops',
	'wizard.stepOf': 'Trin {n} af {total}',
	'wizard.tip': 'Tip til facilitatoren',
	'wizard.prompts': 'Spørg rummet',
	'wizard.blocked': 'Giv kunderejsen et navn først – alle de andre trin bygger på den.',
	'wizard.loading': 'Åbner workshoppen…',
	'wizard.notFound': 'Denne workshop findes ikke på denne enhed. Den er måske blevet slettet.',
	'wizard.openFailed': 'Workshoppen kunne ikke åbnes. Intet i den er ændret.',
	'wizard.viewFailed': 'Denne del af appen kunne ikke indlæses. Tjek forbindelsen, og prøv igen.',
	'wizard.retry': 'Prøv igen',
	'wizard.keys': '→ og ← skifter trin, og ? viser alle genveje – når du ikke skriver i et felt.',
	'status.empty': 'Ikke startet',
	'status.started': 'I gang',
	'status.done': 'Færdig',

	'undo.undo': 'Fortryd',
	'undo.deleted': '“{item}” er slettet',
	'list.add': 'Tilføj',
	'list.remove': 'Fjern',
	'list.moveUp': 'Flyt op',
	'list.moveDown': 'Flyt ned',
	'list.empty': 'Her er ikke noget endnu.',
	'date.invalid':
		'Skriv en dato, fx 6. december 2026 eller 6/12/2026. Indtil da er den gemte dato uændret.',
	'list.item': 'Punkt {n}',
	'field.limit.count': '{length} / {limit}',
	'field.limit.left.one': '{n} tegn tilbage',
	'field.limit.left.other': '{n} tegn tilbage',
	'field.limit.over.one': '{n} tegn for meget',
	'field.limit.over.other': '{n} tegn for meget',
	'field.limit.pasted': 'Kun begyndelsen af det indsatte er med: feltet rummer højst {limit} tegn.',

	'step.report.title': 'Rapporten',
	'step.report.purpose': 'Alt, hvad rummet har lavet, samlet i én PDF til at dele og hænge op.',

	'channel.none': 'Vælg…',
	'channel.phone': 'Telefon',
	'channel.email': 'E-mail',
	'channel.portal': 'Portal',
	'channel.chat': 'Chat',
	'channel.in-person': 'Personligt fremmøde',
	'channel.web': 'Hjemmeside',
	'channel.advert': 'Annonce',
	'channel.letter': 'Brev',
	'channel.app': 'App',
	'channel.review-site': 'Anmeldelsesside',
	'channel.other': 'Andet',

	'owner.none': 'Ingen endnu',

	'report.make': 'Lav rapporten',
	'report.making': 'Laver rapporten…',
	'report.previewReady': 'Rapporten er klar. Se den igennem, og hent den så.',
	'report.preview': 'Forhåndsvisning',
	'report.previewTitle': 'Forhåndsvisning af PDF-rapporten',
	'report.previewHint': 'Ingen forhåndsvisning? Hent PDF’en, og åbn den på enheden.',
	'report.download': 'Hent PDF-rapporten',
	'report.ready': 'Din rapport “{file}” bliver hentet.',
	'report.again': 'Lav den igen',
	'report.stale':
		'Workshoppen eller rapportens sprog er ændret, siden forhåndsvisningen blev lavet.',
	'report.failed':
		'Rapporten kunne ikke laves. Intet af det, I har skrevet, er gået tabt – prøv igen.',
	'report.reason': 'Årsag: {reason}',
	'report.wall': 'Hent vægkortet (A3)',
	'report.wallHint': 'Kun kunderejsekortet, på liggende A3-sider til væggen.',
	'report.wallMaking': 'Laver vægkortet…',
	'report.wallReady': 'Dit vægkort “{file}” bliver hentet.',
	'report.wallFailed':
		'Vægkortet kunne ikke laves. Intet af det, I har skrevet, er gået tabt – prøv igen.',
	'report.language': 'Rapportens sprog',
	'report.summary': 'Det kommer med',
	'report.stepsDone': '{done} af {total} trin færdige',
	'report.touchpoints': 'Kontaktpunkter: {n} · lavpunkter: {lows}',
	'report.opportunities': 'Muligheder: {n} · handlinger: {actions}',
	'prepare.link': 'Forbered'
} satisfies Record<keyof typeof english, string>;
