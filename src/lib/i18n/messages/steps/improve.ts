// Step 10 “Keep improving”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const improve = defineMessages({
	en: {
		'step.improve.title': 'Keep improving',
		'step.improve.purpose':
			'A map that nobody maintains goes stale. Decide how feedback keeps coming and who does what next.',
		'step.improve.prompt1': 'Once today is over, how do we keep hearing from customers?',
		'step.improve.prompt2': 'Which numbers will tell us the journey is getting better?',
		'step.improve.prompt3':
			'When do we meet over this map again — and what would make us meet sooner?',
		'step.improve.prompt4': 'Who owns each action, and by which date is it done?',
		'step.improve.prompt5': 'Where will these actions live tomorrow: which board, ticket or tool?',
		'step.improve.tip':
			'Do not close the workshop until every action has a date and an owner who is in the room. Book the review before people leave: a meeting in the calendar outlasts a good intention.',
		'warn.improve.noActions': 'No actions yet. A map without actions changes nothing.',
		'warn.improve.noReviewDate': 'Set a date to revisit the map.',

		'improve.feedback.heading': 'How feedback keeps coming in',
		'improve.feedback.intro':
			'What you ask or collect, and where: e.g. an NPS question after delivery, or a feedback link in a status e-mail.',
		'improve.feedback.what': 'Feedback {n}',
		'improve.feedback.where': 'Touchpoint for feedback {n}',
		'improve.feedback.anywhere': 'At no particular touchpoint',
		'improve.feedback.add': 'Add a way to get feedback',

		'improve.measures.heading': 'Measures we follow',
		'improve.measures.intro': 'Where each number stands today, and where it should get to.',
		'improve.measures.name': 'Measure {n}',
		'improve.measures.current': 'Value now {n}',
		'improve.measures.target': 'Target {n}',
		'improve.measures.targetHint':
			'Put a number in the target, e.g. “below 0.1” or “95 %”, so you can tell when you are there.',
		'improve.measures.add': 'Add a measure',

		'improve.review.heading': 'When we look at the map again',
		'field.improve.reviewDate': 'Next review of the map',
		'improve.review.when': '{date} — {relative}',
		'improve.review.past':
			'This date has already passed. Pick a new one, e.g. three months from today, and put it in the calendar.',
		'field.improve.reviewTriggers': 'What triggers an earlier review',
		'improve.review.triggersHint':
			'Big changes, e.g. a new tool, a new supplier, or NPS dropping below an agreed level.',

		'actions.heading': 'Actions',
		'actions.add': 'Add action',
		'actions.fromOpportunity': 'Make actions from opportunities without one',
		'actions.pending': 'Opportunities without an action',
		'actions.makeOne': 'Make an action',
		'actions.noOpportunity': 'No opportunity',
		'actions.overdue': 'Overdue: the due date has passed and it is not done.',
		'field.action.title': 'Action',
		'field.action.owner': 'Owner',
		'field.action.due': 'Due date',
		'field.action.status': 'Status',
		'field.action.opportunity': 'Comes from opportunity',
		'actionStatus.todo': 'To do',
		'actionStatus.doing': 'In progress',
		'actionStatus.done': 'Done',

		'export.heading': 'Take the actions to your tools',
		'export.intro':
			'CSV for an import into Jira or Trello; Markdown for a ticket, a wiki page or a chat.',
		'export.none': 'Add an action first, then take the list to the tools the teams use.',
		'export.downloadCsv': 'Download CSV',
		'export.copyCsv': 'Copy CSV',
		'export.downloadMarkdown': 'Download Markdown',
		'export.copyMarkdown': 'Copy Markdown',
		'export.copied': 'Copied. Paste it where the team works.',
		'export.copyFailed':
			'The browser would not let us copy. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
		'export.fallback': 'Text to copy',
		'export.problem': 'Problem',
		'export.idea': 'Idea',
		'export.journey': 'Journey',
		'export.label.todo': 'to-do',
		'export.label.doing': 'in-progress',
		'export.label.done': 'done',
		'export.label.map': 'journey-map',
		'export.md.heading': 'Actions',
		'export.md.due': 'due',
		'export.md.untitled': 'Untitled action'
	},
	da: {
		'step.improve.title': 'Bliv ved med at forbedre',
		'step.improve.purpose':
			'Et kort, som ingen vedligeholder, bliver hurtigt forældet. Beslut, hvordan feedback bliver ved med at komme, og hvem der gør hvad.',
		'step.improve.prompt1': 'Når dagen i dag er slut, hvordan hører vi så fortsat fra kunderne?',
		'step.improve.prompt2': 'Hvilke tal viser os, at rejsen bliver bedre?',
		'step.improve.prompt3':
			'Hvornår samles vi om kortet igen — og hvad ville få os til at mødes før?',
		'step.improve.prompt4': 'Hvem er ansvarlig for hver handling, og hvornår er den færdig?',
		'step.improve.prompt5':
			'Hvor skal handlingerne bo i morgen: på hvilken tavle, i hvilken sag eller i hvilket værktøj?',
		'step.improve.tip':
			'Afslut ikke workshoppen, før hver handling har en dato og en ansvarlig, som er i rummet. Book gennemgangen, inden folk går: et møde i kalenderen holder længere end en god hensigt.',
		'warn.improve.noActions': 'Ingen handlinger endnu. Et kort uden handlinger ændrer ingenting.',
		'warn.improve.noReviewDate': 'Sæt en dato for, hvornår kortet skal ses igen.',

		'improve.feedback.heading': 'Sådan bliver feedback ved med at komme ind',
		'improve.feedback.intro':
			'Hvad I spørger om eller samler ind, og hvor: fx et NPS-spørgsmål efter levering eller et feedbacklink i en status-mail.',
		'improve.feedback.what': 'Feedback {n}',
		'improve.feedback.where': 'Kontaktpunkt for feedback {n}',
		'improve.feedback.anywhere': 'Ikke ved et bestemt kontaktpunkt',
		'improve.feedback.add': 'Tilføj en måde at få feedback på',

		'improve.measures.heading': 'Målinger, vi følger',
		'improve.measures.intro': 'Hvor hvert tal ligger i dag, og hvor det skal hen.',
		'improve.measures.name': 'Måling {n}',
		'improve.measures.current': 'Værdi nu {n}',
		'improve.measures.target': 'Mål {n}',
		'improve.measures.targetHint':
			'Sæt et tal på målet, fx “under 0,1” eller “95 %”, så I kan se, når I er i mål.',
		'improve.measures.add': 'Tilføj en måling',

		'improve.review.heading': 'Hvornår vi ser på kortet igen',
		'field.improve.reviewDate': 'Næste gennemgang af kortet',
		'improve.review.when': '{date} — {relative}',
		'improve.review.past':
			'Den dato er allerede passeret. Vælg en ny, fx tre måneder fra i dag, og sæt den i kalenderen.',
		'field.improve.reviewTriggers': 'Hvad der udløser en tidligere gennemgang',
		'improve.review.triggersHint':
			'Store ændringer, fx et nyt værktøj, en ny leverandør eller en NPS, der falder under et aftalt niveau.',

		'actions.heading': 'Handlinger',
		'actions.add': 'Tilføj handling',
		'actions.fromOpportunity': 'Lav handlinger ud fra muligheder uden en',
		'actions.pending': 'Muligheder uden en handling',
		'actions.makeOne': 'Lav en handling',
		'actions.noOpportunity': 'Ingen mulighed',
		'actions.overdue': 'Forsinket: fristen er overskredet, og den er ikke færdig.',
		'field.action.title': 'Handling',
		'field.action.owner': 'Ansvarlig',
		'field.action.due': 'Frist',
		'field.action.status': 'Status',
		'field.action.opportunity': 'Kommer fra muligheden',
		'actionStatus.todo': 'Ikke startet',
		'actionStatus.doing': 'I gang',
		'actionStatus.done': 'Færdig',

		'export.heading': 'Tag handlingerne med over i jeres værktøjer',
		'export.intro':
			'CSV til import i Jira eller Trello; Markdown til en sag, en wikiside eller en chat.',
		'export.none': 'Tilføj først en handling, og tag så listen med over i teamenes værktøjer.',
		'export.downloadCsv': 'Hent CSV',
		'export.copyCsv': 'Kopiér CSV',
		'export.downloadMarkdown': 'Hent Markdown',
		'export.copyMarkdown': 'Kopiér Markdown',
		'export.copied': 'Kopieret. Indsæt det dér, hvor teamet arbejder.',
		'export.copyFailed':
			'Browseren ville ikke lade os kopiere. Teksten er markeret herunder: tryk Ctrl+C (⌘C på en Mac) for at kopiere den.',
		'export.fallback': 'Tekst til kopiering',
		'export.problem': 'Problem',
		'export.idea': 'Idé',
		'export.journey': 'Kunderejse',
		'export.label.todo': 'ikke-startet',
		'export.label.doing': 'i-gang',
		'export.label.done': 'færdig',
		'export.label.map': 'kunderejsekort',
		'export.md.heading': 'Handlinger',
		'export.md.due': 'frist',
		'export.md.untitled': 'Handling uden titel'
	},
	sv: {
		'step.improve.title': 'Fortsätt förbättra',
		'step.improve.purpose':
			'En karta som ingen underhåller blir snabbt inaktuell. Bestäm hur återkopplingen ska fortsätta komma in och vem som gör vad härnäst.',
		'step.improve.prompt1': 'När dagen är slut, hur fortsätter vi att höra från kunderna?',
		'step.improve.prompt2': 'Vilka siffror visar att resan blir bättre?',
		'step.improve.prompt3':
			'När samlas vi kring kartan igen — och vad skulle få oss att ses tidigare?',
		'step.improve.prompt4': 'Vem är ansvarig för varje åtgärd, och när ska den vara klar?',
		'step.improve.prompt5':
			'Var ska åtgärderna finnas i morgon: på vilken tavla, i vilket ärende eller i vilket verktyg?',
		'step.improve.tip':
			'Avsluta inte workshoppen förrän varje åtgärd har ett datum och en ansvarig som är i rummet. Boka genomgången innan alla går: ett möte i kalendern håller längre än en god föresats.',
		'warn.improve.noActions': 'Inga åtgärder än. En karta utan åtgärder förändrar ingenting.',
		'warn.improve.noReviewDate': 'Bestäm ett datum då ni går igenom kartan igen.',

		'improve.feedback.heading': 'Så fortsätter återkopplingen att komma in',
		'improve.feedback.intro':
			'Vad ni frågar om eller samlar in, och var: t.ex. en NPS-fråga efter leveransen eller en länk för återkoppling i ett statusmejl.',
		'improve.feedback.what': 'Återkoppling {n}',
		'improve.feedback.where': 'Beröringspunkt för återkoppling {n}',
		'improve.feedback.anywhere': 'Ingen särskild beröringspunkt',
		'improve.feedback.add': 'Lägg till ett sätt att få återkoppling',

		'improve.measures.heading': 'Mätetal vi följer',
		'improve.measures.intro': 'Var varje siffra ligger i dag, och vart den ska.',
		'improve.measures.name': 'Mätetal {n}',
		'improve.measures.current': 'Värde nu {n}',
		'improve.measures.target': 'Målvärde {n}',
		'improve.measures.targetHint':
			'Ge målvärdet en siffra, t.ex. ”under 0,1” eller ”95 %”, så att ni ser när ni är framme.',
		'improve.measures.add': 'Lägg till ett mätetal',

		'improve.review.heading': 'När vi tittar på kartan igen',
		'field.improve.reviewDate': 'Nästa genomgång av kartan',
		'improve.review.when': '{date} — {relative}',
		'improve.review.past':
			'Det datumet har redan passerat. Välj ett nytt, t.ex. tre månader från i dag, och lägg in det i kalendern.',
		'field.improve.reviewTriggers': 'Vad som gör att vi går igenom den tidigare',
		'improve.review.triggersHint':
			'Stora förändringar, t.ex. ett nytt verktyg, en ny leverantör eller ett NPS som sjunker under en överenskommen nivå.',

		'actions.heading': 'Åtgärder',
		'actions.add': 'Lägg till åtgärd',
		'actions.fromOpportunity': 'Skapa åtgärder från möjligheter som saknar en',
		'actions.pending': 'Möjligheter utan åtgärd',
		'actions.makeOne': 'Skapa en åtgärd',
		'actions.noOpportunity': 'Ingen möjlighet',
		'actions.overdue': 'Försenad: sista datumet har passerat och den är inte klar.',
		'field.action.title': 'Åtgärd',
		'field.action.owner': 'Ansvarig',
		'field.action.due': 'Klart senast',
		'field.action.status': 'Status',
		'field.action.opportunity': 'Kommer från möjligheten',
		'actionStatus.todo': 'Att göra',
		'actionStatus.doing': 'Pågår',
		'actionStatus.done': 'Klar',

		'export.heading': 'Ta med åtgärderna till era verktyg',
		'export.intro':
			'CSV för import i Jira eller Trello; Markdown för ett ärende, en wikisida eller en chatt.',
		'export.none': 'Lägg först till en åtgärd, och ta sedan med listan till teamens verktyg.',
		'export.downloadCsv': 'Ladda ner CSV',
		'export.copyCsv': 'Kopiera CSV',
		'export.downloadMarkdown': 'Ladda ner Markdown',
		'export.copyMarkdown': 'Kopiera Markdown',
		'export.copied': 'Kopierat. Klistra in det där teamet arbetar.',
		'export.copyFailed':
			'Webbläsaren lät oss inte kopiera. Texten är markerad här nedanför: tryck Ctrl+C (⌘C på en Mac) för att kopiera den.',
		'export.fallback': 'Text att kopiera',
		'export.problem': 'Problem',
		'export.idea': 'Idé',
		'export.journey': 'Kundresa',
		'export.label.todo': 'att-göra',
		'export.label.doing': 'pågår',
		'export.label.done': 'klar',
		'export.label.map': 'kundresekarta',
		'export.md.heading': 'Åtgärder',
		'export.md.due': 'klart senast',
		'export.md.untitled': 'Åtgärd utan titel'
	}
});
