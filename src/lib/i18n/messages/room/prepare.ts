// The team lead's preparation view: agenda, invitees, invitation, checklist, hand-over, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const prepare = defineMessages({
	en: {
		'prepare.title': 'Prepare the workshop',
		'prepare.link': 'Prepare',
		'prepare.journey': 'Journey: {name}',
		'prepare.intro':
			'Settle the day before it comes: when and where, who is invited, the agenda, and the file the facilitator opens in the room.',
		'prepare.open': 'Open the workshop',
		'prepare.kept': 'Still saved: {value}.',

		'prepare.when.title': 'When and where',
		'prepare.when.shared': 'The date and the facilitator are the same fields as in step 1.',
		'prepare.when.start': 'Start time',
		'prepare.when.startHint': 'Hours and minutes on the 24-hour clock, e.g. 09:00.',
		'prepare.when.startInvalid': 'Write the time as hours and minutes, e.g. 09:00 or 13:30.',
		'prepare.when.place': 'Place',
		'prepare.when.placeHint': 'The building and the room, so nobody has to ask.',

		'prepare.agenda.title': 'The agenda',
		'prepare.agenda.intro':
			'A timebox for every step. If the room runs over, the steps still to come give up time, so the day still ends on time.',
		'prepare.agenda.step': 'Step',
		'prepare.agenda.minutes': 'Minutes',
		'prepare.agenda.time': 'Time',
		'prepare.agenda.row': '{n}. {title}',
		'prepare.agenda.unit': 'min',
		'prepare.agenda.span': '{from} → {to}',
		'prepare.agenda.minutesInvalid': 'Write a whole number of minutes from 1 to 240.',
		'prepare.agenda.total': 'In all: {duration}',
		'prepare.agenda.day': 'The day: {from} → {to}',
		'prepare.agenda.noStart': 'Set a start time above to see when each step begins and ends.',
		'prepare.agenda.minimum': 'Minimum per step (minutes)',
		'prepare.agenda.minimumHint': 'When the day runs late, no step is cut below this.',
		'prepare.agenda.minimumInvalid': 'Write a whole number of minutes, 1 or more.',
		'prepare.agenda.minimumTooLong':
			'The minimum can’t be longer than the shortest step ({n} min).',
		'prepare.agenda.belowMinimum':
			'Shorter than the minimum of {n} min: {steps}. Re-balancing never shortens these steps.',
		'prepare.agenda.reset': 'Back to the default agenda',
		'prepare.agenda.resetHint':
			'Three hours, with the most time for touchpoints, emotions and opportunities.',
		'prepare.agenda.resetDone': 'The agenda is back to the default',
		'prepare.duration.hm': '{h} h {m} min',
		'prepare.duration.h': '{h} h',
		'prepare.duration.m': '{m} min',

		'prepare.invitees.title': 'Who is invited',
		'prepare.invitees.intro': 'Choose from the stakeholders of step 2.',
		'prepare.invitees.legend': 'Stakeholders to invite',
		'prepare.invitees.count': '{n} of {total} invited',
		'prepare.invitees.attending': 'Invite everyone marked as in the room',
		'prepare.invitees.inRoom': 'in the room',
		'prepare.invitees.unnamed': 'Stakeholder without a name',
		'prepare.invitees.none':
			'No stakeholders yet. Add the people you want to invite here; they appear in step 2 as well.',
		'prepare.invitees.name': 'Name of someone to invite',
		'prepare.invitees.add': 'Add and invite',
		'prepare.invitees.nameRequired': 'Write a name first.',

		'prepare.invitation.title': 'The invitation',
		'prepare.invitation.intro':
			'Ready to paste into an e-mail or a calendar invite. It follows what you fill in on this page.',
		'prepare.invitation.label': 'Invitation text',
		'prepare.invitation.copy': 'Copy the invitation',
		'prepare.invitation.copied': 'Copied. Paste it into your e-mail or calendar invite.',
		'prepare.invitation.copyFailed':
			'The browser would not let us copy. The invitation is selected: press Ctrl+C (⌘C on a Mac) to copy it.',

		'prepare.invite.subject': 'Invitation: customer journey workshop – {journey}',
		'prepare.invite.greeting': 'Hello,',
		'prepare.invite.intro':
			'You are invited to a workshop where we map the customer journey “{journey}” together: what the customer goes through, step by step, and how it feels along the way.',
		'prepare.invite.when': 'When: {when}',
		'prepare.invite.where': 'Where: {place}',
		'prepare.invite.facilitator': 'Facilitator: {name}',
		'prepare.invite.dateOpen': 'date to be decided',
		'prepare.invite.placeOpen': 'to be decided',
		'prepare.invite.time': '{from}–{to}',
		'prepare.invite.slot': '{from}–{to}',
		'prepare.invite.length': 'about {minutes} minutes',
		'prepare.invite.why': 'Why we meet',
		'prepare.invite.purpose':
			'To see the journey through the customer’s eyes, find where it hurts, and agree on what to change and who will do it.',
		'prepare.invite.goal': 'The map should help us with this: {goal}',
		'prepare.invite.agenda': 'Agenda',
		'prepare.invite.agendaMinutes': '{minutes} min',
		'prepare.invite.bring': 'Please bring',
		'prepare.invite.bring1':
			'Stories from customers: complaints, praise, questions you often hear.',
		'prepare.invite.bring2': 'Examples of what the customer sees: e-mails, forms, web pages.',
		'prepare.invite.bring3':
			'What you know of your own part of the journey, in front of the customer or behind the scenes.',
		'prepare.invite.closing': 'See you there!',
		'prepare.invite.untitled': 'untitled journey',

		'prepare.advance.title': 'Prepared in advance',
		'prepare.advance.intro':
			'The persona and the interviews can be ready before the day, so the room starts from real customers.',
		'prepare.advance.personas': 'Personas: {n}',
		'prepare.advance.primary': 'Primary persona: {name}',
		'prepare.advance.noPrimary': 'No persona has a name yet.',
		'prepare.advance.interviews': 'Interviews: {n}',
		'prepare.advance.persona': 'Fill in the persona now',
		'prepare.advance.interview': 'Add interview notes now',
		'prepare.advance.needsName':
			'Give the journey a name first: open the workshop and fill in step 1.',

		'prepare.checklist.title': 'Checklist',
		'prepare.checklist.legend': 'Ready for the day',
		'prepare.checklist.count': '{n} of {total} ready',
		'prepare.checklist.room': 'Room booked',
		'prepare.checklist.projector': 'Projector or big screen',
		'prepare.checklist.stickyNotes': 'Sticky notes and markers',
		'prepare.checklist.guidePrinted': 'Interview guide printed',
		'prepare.checklist.interviewsDone': 'Interviews done',
		'prepare.checklist.invitationsSent': 'Invitations sent',
		'prepare.checklist.guide': 'Open the interview guide',

		'prepare.handover.title': 'Hand over',
		'prepare.handover.intro':
			'Send this file to the facilitator. On their laptop they choose “{open}” on the start page, and everything you prepared is there, with or without a network.',
		'prepare.handover.download': 'Download the workshop file',
		'prepare.handover.done': 'The workshop file “{file}” is downloading.'
	},
	da: {
		'prepare.title': 'Forbered workshoppen',
		'prepare.link': 'Forbered',
		'prepare.journey': 'Kunderejse: {name}',
		'prepare.intro':
			'Få styr på dagen, før den kommer: hvornår og hvor, hvem der er inviteret, dagsordenen og filen, som facilitatoren åbner i rummet.',
		'prepare.open': 'Åbn workshoppen',
		'prepare.kept': 'Stadig gemt: {value}.',

		'prepare.when.title': 'Hvornår og hvor',
		'prepare.when.shared': 'Dato og facilitator er de samme felter som i trin 1.',
		'prepare.when.start': 'Starttidspunkt',
		'prepare.when.startHint': 'Timer og minutter i 24-timersformat, f.eks. 09:00.',
		'prepare.when.startInvalid':
			'Skriv tidspunktet som timer og minutter, f.eks. 09:00 eller 13:30.',
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
			'Kortere end den mindste tid på {n} min.: {steps}. Disse trin bliver aldrig kortet ned, når dagen omfordeles.',
		'prepare.agenda.reset': 'Tilbage til standarddagsordenen',
		'prepare.agenda.resetHint':
			'Tre timer, med mest tid til kontaktpunkter, følelser og muligheder.',
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
			'Det, du ved om din egen del af rejsen, hvad enten du møder kunden eller arbejder bag kulissen.',
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
		'prepare.advance.needsName':
			'Giv først kunderejsen et navn: åbn workshoppen, og udfyld trin 1.',

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
	},
	sv: {
		'prepare.title': 'Förbered workshoppen',
		'prepare.link': 'Förbered',
		'prepare.journey': 'Kundresa: {name}',
		'prepare.intro':
			'Gör klart inför dagen: när och var, vilka som är inbjudna, agendan och filen som facilitatorn öppnar i rummet.',
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
			'En tidsram för varje steg. Drar rummet över tiden lämnar stegen som återstår ifrån sig tid, så att dagen ändå slutar i tid.',
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
		'prepare.agenda.minimumHint': 'När dagen drar över kortas inget steg under detta.',
		'prepare.agenda.minimumInvalid': 'Skriv ett helt antal minuter, minst 1.',
		'prepare.agenda.minimumTooLong':
			'Minsta tiden kan inte vara längre än det kortaste steget ({n} min).',
		'prepare.agenda.belowMinimum':
			'Kortare än minsta tiden på {n} min: {steps}. De här stegen kortas aldrig när dagen fördelas om.',
		'prepare.agenda.reset': 'Tillbaka till standardagendan',
		'prepare.agenda.resetHint':
			'Tre timmar, med mest tid för beröringspunkter, känslor och möjligheter.',
		'prepare.agenda.resetDone': 'Agendan är tillbaka till standard',
		'prepare.duration.hm': '{h} tim {m} min',
		'prepare.duration.h': '{h} tim',
		'prepare.duration.m': '{m} min',

		'prepare.invitees.title': 'Vilka är inbjudna',
		'prepare.invitees.intro': 'Välj bland intressenterna från steg 2.',
		'prepare.invitees.legend': 'Intressenter att bjuda in',
		'prepare.invitees.count': '{n} av {total} inbjudna',
		'prepare.invitees.attending': 'Bjud in alla som är markerade som med i rummet',
		'prepare.invitees.inRoom': 'med i rummet',
		'prepare.invitees.unnamed': 'Intressent utan namn',
		'prepare.invitees.none':
			'Inga intressenter än. Lägg till dem du vill bjuda in här; de kommer med i steg 2 också.',
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
			'Persona och intervjuer kan vara klara före dagen, så att rummet utgår från riktiga kunder.',
		'prepare.advance.personas': 'Personor: {n}',
		'prepare.advance.primary': 'Primär persona: {name}',
		'prepare.advance.noPrimary': 'Ingen persona har fått ett namn än.',
		'prepare.advance.interviews': 'Intervjuer: {n}',
		'prepare.advance.persona': 'Fyll i personan nu',
		'prepare.advance.interview': 'Lägg till intervjuanteckningar nu',
		'prepare.advance.needsName':
			'Ge först kundresan ett namn: öppna workshoppen och fyll i steg 1.',

		'prepare.checklist.title': 'Checklista',
		'prepare.checklist.legend': 'Klart inför dagen',
		'prepare.checklist.count': '{n} av {total} klara',
		'prepare.checklist.room': 'Rum bokat',
		'prepare.checklist.projector': 'Projektor eller stor skärm',
		'prepare.checklist.stickyNotes': 'Post-it-lappar och pennor',
		'prepare.checklist.guidePrinted': 'Intervjuguiden utskriven',
		'prepare.checklist.interviewsDone': 'Intervjuerna gjorda',
		'prepare.checklist.invitationsSent': 'Inbjudningarna skickade',
		'prepare.checklist.guide': 'Öppna intervjuguiden',

		'prepare.handover.title': 'Lämna över',
		'prepare.handover.intro':
			'Skicka den här filen till facilitatorn. På sin bärbara dator väljer facilitatorn ”{open}” på startsidan, och allt du har förberett finns där, med eller utan nätverk.',
		'prepare.handover.download': 'Ladda ner workshopfilen',
		'prepare.handover.done': 'Workshopfilen ”{file}” laddas ner.'
	}
});
