// The team lead's preparation view: agenda, invitees, invitation, checklist, hand-over in Danish.
// The keys are the English file's (room/prepare.ts); the compiler checks both have the same.
import type { prepare as english } from '../../en/room/prepare';

export const prepare = {
	'prepare.title': 'Forbered workshoppen',
	'prepare.journey': 'Kunderejse: {name}',
	'prepare.intro':
		'Få styr på dagen, før den kommer: hvornår og hvor, hvem der er inviteret, dagsordenen og filen, som facilitatoren åbner i rummet.',
	'prepare.open': 'Åbn workshoppen',
	'prepare.kept': 'Stadig gemt: {value}.',

	'prepare.when.title': 'Hvornår og hvor',
	'prepare.when.shared': 'Dato og facilitator er de samme felter som i trin 1.',
	'prepare.when.start': 'Starttidspunkt',
	'prepare.when.startHint': 'Timer og minutter i 24-timersformat, fx 09:00.',
	'prepare.when.startInvalid': 'Skriv tidspunktet som timer og minutter, fx 09:00 eller 13:30.',
	'prepare.when.place': 'Sted',
	'prepare.when.placeHint': 'Bygning og lokale, så ingen behøver at spørge.',

	'prepare.agenda.title': 'Dagsordenen',
	'prepare.agenda.intro':
		'En tidsramme for hvert trin. Trækker et trin ud, afgiver de kommende trin tid, så dagen stadig slutter til tiden.',
	'prepare.agenda.step': 'Trin',
	'prepare.agenda.minutes': 'Minutter',
	'prepare.agenda.time': 'Tid',
	'prepare.agenda.row': '{n}. {title}',
	'prepare.agenda.unit': 'min.',
	'prepare.agenda.span': '{from} → {to}',
	'prepare.agenda.minutesInvalid': 'Skriv et helt antal minutter fra 1 til 240.',
	'prepare.agenda.total': 'I alt: {duration}',
	'prepare.agenda.day': 'Dagen: {from} → {to}',
	'prepare.agenda.noStart':
		'Angiv et starttidspunkt ovenfor for at se, hvornår hvert trin begynder og slutter.',
	'prepare.agenda.minimum': 'Mindste tid pr. trin (minutter)',
	'prepare.agenda.minimumHint': 'Når dagen trækker ud, bliver intet trin kortere end dette.',
	'prepare.agenda.minimumInvalid': 'Skriv et helt antal minutter, mindst 1.',
	'prepare.agenda.minimumTooLong':
		'Den mindste tid kan ikke være længere end det korteste trin ({n} min.).',
	'prepare.agenda.belowMinimum':
		'Kortere end den mindste tid ({n} min.): {steps}. Disse trin bliver aldrig kortet ned, når tiden fordeles om.',
	'prepare.agenda.reset': 'Tilbage til standarddagsordenen',
	'prepare.agenda.resetHint': 'Tre timer, med mest tid til kontaktpunkter, følelser og muligheder.',
	'prepare.agenda.resetDone': 'Dagsordenen er tilbage til standarden',
	'prepare.duration.hm': '{h} t. {m} min.',
	'prepare.duration.h': '{h} t.',
	'prepare.duration.m': '{m} min.',

	'prepare.invitees.title': 'Hvem er inviteret',
	'prepare.invitees.intro': 'Vælg blandt interessenterne fra trin 2.',
	'prepare.invitees.legend': 'Interessenter, der skal inviteres',
	'prepare.invitees.count': '{n} af {total} inviteret',
	'prepare.invitees.attending': 'Invitér alle, der er markeret som med i rummet',
	'prepare.invitees.inRoom': 'med i rummet',
	'prepare.invitees.unnamed': 'Interessent uden navn',
	'prepare.invitees.none':
		'Ingen interessenter endnu. Tilføj dem, du vil invitere, her; de kommer også med i trin 2.',
	'prepare.invitees.name': 'Navn på en, der skal inviteres',
	'prepare.invitees.add': 'Tilføj og invitér',
	'prepare.invitees.nameRequired': 'Skriv et navn først.',

	'prepare.invitation.title': 'Invitationen',
	'prepare.invitation.intro':
		'Klar til at sætte ind i en mail eller en kalenderinvitation. Den følger det, du udfylder på denne side.',
	'prepare.invitation.label': 'Invitationens tekst',
	'prepare.invitation.copy': 'Kopiér invitationen',
	'prepare.invitation.copied': 'Kopieret. Indsæt den i din mail eller kalenderinvitation.',
	'prepare.invitation.copyFailed':
		'Browseren ville ikke lade os kopiere. Invitationen er markeret: tryk Ctrl+C (⌘C på en Mac) for at kopiere den.',

	'prepare.invite.subject': 'Invitation: workshop om kunderejsen – {journey}',
	'prepare.invite.greeting': 'Hej,',
	'prepare.invite.intro':
		'Du er inviteret til en workshop, hvor vi sammen kortlægger kunderejsen “{journey}”: hvad kunden går igennem, trin for trin, og hvordan det føles undervejs.',
	'prepare.invite.when': 'Hvornår: {when}',
	'prepare.invite.where': 'Hvor: {place}',
	'prepare.invite.facilitator': 'Facilitator: {name}',
	'prepare.invite.dateOpen': 'dato følger senere',
	'prepare.invite.placeOpen': 'følger senere',
	'prepare.invite.time': 'kl. {from}–{to}',
	'prepare.invite.slot': '{from}–{to}',
	'prepare.invite.length': 'cirka {minutes} minutter',
	'prepare.invite.why': 'Hvorfor vi mødes',
	'prepare.invite.purpose':
		'For at se rejsen med kundens øjne, finde ud af, hvor det gør ondt, og blive enige om, hvad vi ændrer, og hvem der gør det.',
	'prepare.invite.goal': 'Kortet skal hjælpe os med dette: {goal}',
	'prepare.invite.agenda': 'Dagsorden',
	'prepare.invite.agendaMinutes': '{minutes} min.',
	'prepare.invite.bring': 'Tag gerne med',
	'prepare.invite.bring1': 'Historier fra kunderne: klager, ros og spørgsmål, I ofte hører.',
	'prepare.invite.bring2': 'Eksempler på det, kunden ser: mails, formularer, websider.',
	'prepare.invite.bring3':
		'Det, du ved om din egen del af rejsen, hvad enten du møder kunden eller arbejder bag kulisserne.',
	'prepare.invite.closing': 'Vi ses!',
	'prepare.invite.untitled': 'kunderejse uden navn',

	'prepare.advance.title': 'Forberedt på forhånd',
	'prepare.advance.intro':
		'Persona og interviews kan være klar før dagen, så rummet tager udgangspunkt i rigtige kunder.',
	'prepare.advance.personas': 'Personaer: {n}',
	'prepare.advance.primary': 'Primær persona: {name}',
	'prepare.advance.noPrimary': 'Ingen persona har fået et navn endnu.',
	'prepare.advance.interviews': 'Interviews: {n}',
	'prepare.advance.persona': 'Udfyld personaen nu',
	'prepare.advance.interview': 'Tilføj interviewnoter nu',
	'prepare.advance.needsName': 'Giv først kunderejsen et navn: åbn workshoppen, og udfyld trin 1.',

	'prepare.checklist.title': 'Tjekliste',
	'prepare.checklist.legend': 'Klar til dagen',
	'prepare.checklist.count': '{n} af {total} klar',
	'prepare.checklist.room': 'Lokale booket',
	'prepare.checklist.projector': 'Projektor eller stor skærm',
	'prepare.checklist.stickyNotes': 'Post-its og tuscher',
	'prepare.checklist.guidePrinted': 'Interviewguide printet',
	'prepare.checklist.interviewsDone': 'Interviews gennemført',
	'prepare.checklist.invitationsSent': 'Invitationer sendt',
	'prepare.checklist.guide': 'Åbn interviewguiden',

	'prepare.handover.title': 'Overdrag',
	'prepare.handover.intro':
		'Send denne fil til facilitatoren. På sin bærbare vælger facilitatoren “{open}” på startsiden, og alt, hvad du har forberedt, er der, med eller uden netværk.',
	'prepare.handover.download': 'Hent workshopfilen',
	'prepare.handover.done': 'Workshopfilen “{file}” bliver hentet.'
} satisfies Record<keyof typeof english, string>;
