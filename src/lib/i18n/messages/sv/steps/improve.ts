// Step 10 “Keep improving”: the words on its screen in Swedish.
// The keys are the English file's (steps/improve.ts); the compiler checks both have the same.
import type { improve as english } from '../../en/steps/improve';

export const improve = {
	'step.improve.title': 'Fortsätt förbättra',
	'step.improve.purpose':
		'En karta som ingen underhåller blir snabbt inaktuell. Bestäm hur återkopplingen ska fortsätta komma in och vem som gör vad härnäst.',
	'step.improve.prompt1': 'När dagen är slut, hur fortsätter vi att höra från kunderna?',
	'step.improve.prompt2': 'Vilka siffror visar att resan blir bättre?',
	'step.improve.prompt3':
		'När samlas vi kring kartan igen – och vad skulle få oss att ses tidigare?',
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
	'improve.measures.current': 'Nuläge {n}',
	'improve.measures.target': 'Målvärde {n}',
	'improve.measures.targetHint':
		'Ge målvärdet en siffra, t.ex. ”under 0,1” eller ”95 %”, så att ni ser när ni är framme.',
	'improve.measures.add': 'Lägg till ett mätetal',

	'improve.review.heading': 'När vi tittar på kartan igen',
	'field.improve.reviewDate': 'Nästa genomgång av kartan',
	'improve.review.when': '{date} – {relative}',
	'improve.review.past':
		'Det datumet har redan passerat. Välj ett nytt, t.ex. tre månader från i dag, och lägg in det i kalendern.',
	'field.improve.reviewTriggers': 'Vad som gör att vi går igenom kartan tidigare',
	'improve.review.triggersHint':
		'Stora förändringar, t.ex. ett nytt verktyg, en ny leverantör eller ett NPS som sjunker under en överenskommen nivå.',

	'actions.heading': 'Åtgärder',
	'actions.add': 'Lägg till åtgärd',
	'actions.fromOpportunity': 'Skapa åtgärder för möjligheter som saknar åtgärd',
	'actions.pending': 'Möjligheter utan åtgärd',
	'actions.makeOne': 'Skapa en åtgärd',
	'actions.noOpportunity': 'Ingen möjlighet',
	'actions.overdue': 'Försenad: datumet har passerat och åtgärden är inte klar.',
	'field.action.title': 'Åtgärd',
	'field.action.owner': 'Ansvarig',
	'field.action.due': 'Klart senast',
	'field.action.status': 'Status',
	'field.action.opportunity': 'Från möjlighet',
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
} satisfies Record<keyof typeof english, string>;
