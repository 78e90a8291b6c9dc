// Step 10 “Keep improving”: the words on its screen in Danish.
// The keys are the English file's (steps/improve.ts); the compiler checks both have the same.
import type { improve as english } from '../../en/steps/improve';

export const improve = {
	'step.improve.title': 'Bliv ved med at forbedre',
	'step.improve.purpose':
		'Et kort, som ingen vedligeholder, bliver hurtigt forældet. Beslut, hvordan feedback bliver ved med at komme, og hvem der gør hvad.',
	'step.improve.prompt1': 'Når dagen i dag er slut, hvordan hører vi så fortsat fra kunderne?',
	'step.improve.prompt2': 'Hvilke tal viser os, at rejsen bliver bedre?',
	'step.improve.prompt3':
		'Hvornår samles vi om kortet igen – og hvad ville få os til at mødes før?',
	'step.improve.prompt4': 'Hvem er ansvarlig for hver handling, og hvornår er den færdig?',
	'step.improve.prompt5':
		'Hvor skal handlingerne hen i morgen: hvilken tavle, hvilken sag eller hvilket værktøj?',
	'step.improve.tip':
		'Afslut ikke workshoppen, før hver handling har en dato og en ansvarlig, som er i rummet. Book gennemgangen, inden folk går: et møde i kalenderen holder længere end en god hensigt.',
	'warn.improve.noActions': 'Ingen handlinger endnu. Et kort uden handlinger ændrer ingenting.',
	'warn.improve.noReviewDate': 'Sæt en dato for næste gennemgang af kortet.',

	'improve.feedback.heading': 'Sådan får vi løbende feedback',
	'improve.feedback.intro':
		'Hvad I spørger om eller samler ind, og hvor: fx et NPS-spørgsmål efter levering eller et feedbacklink i en statusmail.',
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
	'improve.review.when': '{date} – {relative}',
	'improve.review.past':
		'Den dato er allerede passeret. Vælg en ny, fx tre måneder fra i dag, og sæt den i kalenderen.',
	'field.improve.reviewTriggers': 'Hvad der udløser en tidligere gennemgang',
	'improve.review.triggersHint':
		'Store ændringer, fx et nyt værktøj, en ny leverandør eller en NPS, der falder under et aftalt niveau.',

	'actions.heading': 'Handlinger',
	'actions.add': 'Tilføj handling',
	'actions.fromOpportunity': 'Lav handlinger til muligheder uden handling',
	'actions.pending': 'Muligheder uden en handling',
	'actions.makeOne': 'Lav en handling',
	'actions.noOpportunity': 'Ingen mulighed',
	'actions.overdue': 'Forsinket: fristen er overskredet, og handlingen er ikke færdig.',
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
} satisfies Record<keyof typeof english, string>;
