// The words the start page needs, in Swedish; the keys are the English core's.
import type { core as english } from '../en/core';
import { handover } from './room/handover';
import { pwa } from './room/pwa';

export const core = {
	...handover,
	...pwa,
	'app.name': 'Journey Workshop',
	'app.tagline': 'Kartlägg en kundresa med hela gruppen, ett steg i taget.',
	'app.language': 'Språk',
	'app.skip': 'Hoppa till innehållet',

	'home.title': 'Dina workshoppar',
	'home.empty': 'Inga workshoppar än. Börja med exemplet eller med en tom workshop.',
	'home.new': 'Ny workshop',
	'home.example': 'Börja med exemplet',
	'home.open': 'Öppna',
	'home.rename': 'Byt namn',
	'home.renameLabel': 'Nytt namn på ”{name}”',
	'home.delete': 'Ta bort',
	'home.revisit': 'Återbesök',
	'home.deleteConfirm':
		'Ta bort ”{name}” och allt som gruppen har skrivit i den? Det går inte att ångra.',
	'home.cancel': 'Avbryt',
	'home.save': 'Spara',
	'home.unnamed': 'Kundresa utan namn',
	'home.edited': 'Ändrad {date}',
	'home.loading': 'Öppnar dina workshoppar…',
	'home.noStorage':
		'Webbläsaren låter inte appen spara något på den här enheten, så workshoppar kan varken öppnas eller sparas. Det kan bero på ett privat fönster eller blockerad webbplatsdata.',
	'home.nameRequired': 'Ge workshoppen ett namn.',

	'save.saved': 'Sparat',
	'save.saving': 'Sparar…',
	'save.error':
		'Inte sparat – arbetet finns kvar i den här fliken. Ladda ner en säkerhetskopia så att inget går förlorat.',
	'save.backup': 'Ladda ner säkerhetskopia',

	'wizard.steps': 'Steg',
	'wizard.back': 'Tillbaka',
	'wizard.next': 'Nästa',
	'wizard.toReport': 'Avsluta med rapporten',
	'wizard.home': 'Alla workshoppar',
	'wizard.stepOf': 'Steg {n} av {total}',
	'wizard.tip': 'Tips till facilitatorn',
	'wizard.prompts': 'Fråga gruppen',
	'wizard.blocked': 'Ge kundresan ett namn först – alla andra steg bygger på den.',
	'wizard.loading': 'Öppnar workshoppen…',
	'wizard.notFound': 'Den här workshoppen finns inte på den här enheten. Den kan ha tagits bort.',
	'wizard.openFailed': 'Workshoppen kunde inte öppnas. Inget i den har ändrats.',
	'wizard.viewFailed':
		'Den här delen av appen kunde inte läsas in. Kontrollera anslutningen och försök igen.',
	'wizard.retry': 'Försök igen',
	'wizard.keys': '→ och ← byter steg och ? visar alla kortkommandon – så länge du inte skriver.',
	'status.empty': 'Inte påbörjat',
	'status.started': 'Påbörjat',
	'status.done': 'Klart',

	'undo.undo': 'Ångra',
	'undo.deleted': '”{item}” togs bort',
	'list.add': 'Lägg till',
	'list.remove': 'Ta bort',
	'list.moveUp': 'Flytta upp',
	'list.moveDown': 'Flytta ner',
	'list.empty': 'Inget här än.',
	'date.invalid':
		'Skriv ett datum, t.ex. 6 december 2026 eller 6/12/2026. Till dess är det sparade datumet oförändrat.',
	'list.item': 'Punkt {n}',
	'field.limit.count': '{length} / {limit}',
	'field.limit.left.one': '{n} tecken kvar',
	'field.limit.left.other': '{n} tecken kvar',
	'field.limit.over.one': '{n} tecken för mycket',
	'field.limit.over.other': '{n} tecken för mycket',
	'field.limit.pasted':
		'Bara början av det du klistrade in kom med: fältet rymmer högst {limit} tecken.',

	'step.report.title': 'Rapporten',
	'step.report.purpose':
		'Allt som gruppen har tagit fram, i en PDF att dela och sätta upp på väggen.',

	'channel.none': 'Välj…',
	'channel.phone': 'Telefon',
	'channel.email': 'E-post',
	'channel.portal': 'Portal',
	'channel.chat': 'Chatt',
	'channel.in-person': 'Personligt möte',
	'channel.web': 'Webbsida',
	'channel.advert': 'Annons',
	'channel.letter': 'Brev',
	'channel.app': 'App',
	'channel.review-site': 'Recensionssajt',
	'channel.other': 'Annat',

	'owner.none': 'Ingen än',

	'report.make': 'Skapa rapporten',
	'report.making': 'Skapar rapporten…',
	'report.previewReady': 'Rapporten är klar. Titta igenom den och ladda sedan ner den.',
	'report.preview': 'Förhandsvisning',
	'report.previewTitle': 'Förhandsvisning av PDF-rapporten',
	'report.previewHint':
		'Syns ingen förhandsvisning? Ladda ner PDF:en och öppna den på den här enheten.',
	'report.download': 'Ladda ner rapporten som PDF',
	'report.ready': 'Din rapport ”{file}” laddas ner.',
	'report.again': 'Skapa igen',
	'report.stale':
		'Workshoppen eller rapportens språk har ändrats sedan förhandsvisningen skapades.',
	'report.failed':
		'Rapporten kunde inte skapas. Inget av det ni skrivit har gått förlorat – försök igen.',
	'report.reason': 'Orsak: {reason}',
	'report.wall': 'Ladda ner väggkartan (A3)',
	'report.wallHint': 'Bara kundresekartan, på liggande A3-sidor för väggen.',
	'report.wallMaking': 'Skapar väggkartan…',
	'report.wallReady': 'Din väggkarta ”{file}” laddas ner.',
	'report.wallFailed':
		'Väggkartan kunde inte skapas. Inget av det ni skrivit har gått förlorat – försök igen.',
	'report.language': 'Rapportens språk',
	'report.summary': 'Det här kommer med',
	'report.stepsDone': '{done} av {total} steg klara',
	'report.touchpoints': 'Beröringspunkter: {n} · lågpunkter: {lows}',
	'report.opportunities': 'Möjligheter: {n} · åtgärder: {actions}',
	'prepare.link': 'Förbered'
} satisfies Record<keyof typeof english, string>;
