// The team lead's preparation view: agenda, invitees, invitation, checklist, hand-over in Swedish.
// The keys are the English file's (room/prepare.ts); the compiler checks both have the same.
import type { prepare as english } from '../../en/room/prepare';

export const prepare = {
	'prepare.title': 'Förbered workshoppen',
	'prepare.journey': 'Kundresa: {name}',
	'prepare.intro':
		'Gör klart inför dagen: när och var, vilka som är inbjudna, agendan och filen som facilitatorn öppnar på plats.',
	'prepare.open': 'Öppna workshoppen',
	'prepare.kept': 'Fortfarande sparat: {value}.',

	'prepare.when.title': 'När och var',
	'prepare.when.shared': 'Datum och facilitator är samma fält som i steg 1.',
	'prepare.when.start': 'Starttid',
	'prepare.when.startHint': 'Timmar och minuter enligt 24-timmarsklockan, t.ex. 09:00.',
	'prepare.when.startInvalid': 'Skriv tiden som timmar och minuter, t.ex. 09:00 eller 13:30.',
	'prepare.when.place': 'Plats',
	'prepare.when.placeHint': 'Byggnad och rum, så att ingen behöver fråga.',

	'prepare.agenda.title': 'Agendan',
	'prepare.agenda.intro':
		'En tidsram för varje steg. Drar ni över tiden kortas de steg som återstår, så att dagen ändå slutar i tid.',
	'prepare.agenda.step': 'Steg',
	'prepare.agenda.minutes': 'Minuter',
	'prepare.agenda.time': 'Tid',
	'prepare.agenda.row': '{n}. {title}',
	'prepare.agenda.unit': 'min',
	'prepare.agenda.span': '{from} → {to}',
	'prepare.agenda.minutesInvalid': 'Skriv ett helt antal minuter från 1 till 240.',
	'prepare.agenda.total': 'Totalt: {duration}',
	'prepare.agenda.day': 'Dagen: {from} → {to}',
	'prepare.agenda.noStart': 'Ange en starttid ovan för att se när varje steg börjar och slutar.',
	'prepare.agenda.minimum': 'Minsta tid per steg (minuter)',
	'prepare.agenda.minimumHint': 'När dagen drar över kortas inget steg mer än så.',
	'prepare.agenda.minimumInvalid': 'Skriv ett helt antal minuter, minst 1.',
	'prepare.agenda.minimumTooLong':
		'Minsta tiden kan inte vara längre än det kortaste steget ({n} min).',
	'prepare.agenda.belowMinimum':
		'Kortare än minsta tiden på {n} min: {steps}. De här stegen kortas aldrig när dagen fördelas om.',
	'prepare.agenda.reset': 'Tillbaka till standardagendan',
	'prepare.agenda.resetHint':
		'Tre timmar, med mest tid för beröringspunkter, känslor och möjligheter.',
	'prepare.agenda.resetDone': 'Agendan är återställd',
	'prepare.duration.hm': '{h} tim {m} min',
	'prepare.duration.h': '{h} tim',
	'prepare.duration.m': '{m} min',

	'prepare.invitees.title': 'Vilka är inbjudna',
	'prepare.invitees.intro': 'Välj bland intressenterna från steg 2.',
	'prepare.invitees.legend': 'Intressenter att bjuda in',
	'prepare.invitees.count': '{n} av {total} inbjudna',
	'prepare.invitees.attending': 'Bjud in alla som är markerade som deltagare',
	'prepare.invitees.inRoom': 'deltar',
	'prepare.invitees.unnamed': 'Intressent utan namn',
	'prepare.invitees.none':
		'Inga intressenter än. Lägg till dem du vill bjuda in här; de syns även i steg 2.',
	'prepare.invitees.name': 'Namn på någon att bjuda in',
	'prepare.invitees.add': 'Lägg till och bjud in',
	'prepare.invitees.nameRequired': 'Skriv ett namn först.',

	'prepare.invitation.title': 'Inbjudan',
	'prepare.invitation.intro':
		'Klar att klistra in i ett mejl eller en kalenderinbjudan. Den följer det du fyller i på den här sidan.',
	'prepare.invitation.label': 'Inbjudans text',
	'prepare.invitation.copy': 'Kopiera inbjudan',
	'prepare.invitation.copied': 'Kopierat. Klistra in den i ditt mejl eller din kalenderinbjudan.',
	'prepare.invitation.copyFailed':
		'Webbläsaren lät oss inte kopiera. Inbjudan är markerad: tryck Ctrl+C (⌘C på en Mac) för att kopiera den.',

	'prepare.invite.subject': 'Inbjudan: workshop om kundresan – {journey}',
	'prepare.invite.greeting': 'Hej!',
	'prepare.invite.intro':
		'Du är inbjuden till en workshop där vi tillsammans kartlägger kundresan ”{journey}”: vad kunden går igenom, steg för steg, och hur det känns på vägen.',
	'prepare.invite.when': 'När: {when}',
	'prepare.invite.where': 'Var: {place}',
	'prepare.invite.facilitator': 'Facilitator: {name}',
	'prepare.invite.dateOpen': 'datum meddelas senare',
	'prepare.invite.placeOpen': 'meddelas senare',
	'prepare.invite.time': 'kl. {from}–{to}',
	'prepare.invite.slot': '{from}–{to}',
	'prepare.invite.length': 'ungefär {minutes} minuter',
	'prepare.invite.why': 'Varför vi ses',
	'prepare.invite.purpose':
		'För att se resan med kundens ögon, hitta var det skaver och komma överens om vad vi ändrar och vem som gör det.',
	'prepare.invite.goal': 'Kartan ska hjälpa oss med detta: {goal}',
	'prepare.invite.agenda': 'Agenda',
	'prepare.invite.agendaMinutes': '{minutes} min',
	'prepare.invite.bring': 'Ta gärna med',
	'prepare.invite.bring1': 'Berättelser från kunderna: klagomål, beröm och frågor ni ofta får.',
	'prepare.invite.bring2': 'Exempel på det kunden ser: mejl, formulär, webbsidor.',
	'prepare.invite.bring3':
		'Det du vet om din egen del av resan, oavsett om du möter kunden eller arbetar bakom kulisserna.',
	'prepare.invite.closing': 'Välkommen!',
	'prepare.invite.untitled': 'kundresa utan namn',

	'prepare.advance.title': 'Förberett i förväg',
	'prepare.advance.intro':
		'Persona och intervjuer kan vara klara före dagen, så att gruppen utgår från riktiga kunder.',
	'prepare.advance.personas': 'Personas: {n}',
	'prepare.advance.primary': 'Primär persona: {name}',
	'prepare.advance.noPrimary': 'Ingen persona har fått ett namn än.',
	'prepare.advance.interviews': 'Intervjuer: {n}',
	'prepare.advance.persona': 'Fyll i personan nu',
	'prepare.advance.interview': 'Lägg till intervjuanteckningar nu',
	'prepare.advance.needsName': 'Ge först kundresan ett namn: öppna workshoppen och fyll i steg 1.',

	'prepare.checklist.title': 'Checklista',
	'prepare.checklist.legend': 'Klart inför dagen',
	'prepare.checklist.count': '{n} av {total} klara',
	'prepare.checklist.room': 'Rum bokat',
	'prepare.checklist.projector': 'Projektor eller stor skärm',
	'prepare.checklist.stickyNotes': 'Post-it-lappar och tuschpennor',
	'prepare.checklist.guidePrinted': 'Intervjuguiden utskriven',
	'prepare.checklist.interviewsDone': 'Intervjuerna gjorda',
	'prepare.checklist.invitationsSent': 'Inbjudningarna skickade',
	'prepare.checklist.guide': 'Öppna intervjuguiden',

	'prepare.handover.title': 'Lämna över',
	'prepare.handover.intro':
		'Skicka den här filen till facilitatorn. På sin bärbara dator väljer facilitatorn ”{open}” på startsidan, och allt du har förberett finns där, med eller utan internet.',
	'prepare.handover.download': 'Ladda ner workshopfilen',
	'prepare.handover.done': 'Workshopfilen ”{file}” laddas ner.'
} satisfies Record<keyof typeof english, string>;
