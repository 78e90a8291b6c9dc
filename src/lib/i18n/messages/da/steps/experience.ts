// Step 3 “Desired experience”: the words on its screen in Danish.
// The keys are the English file's (steps/experience.ts); the compiler checks both have the same.
import type { experience as english } from '../../en/steps/experience';

export const experience = {
	'warn.experience.noAmbitionChosen': 'Vælg en af ambitionerne – rummet har brug for én retning.',
	'warn.experience.vagueStatements':
		'Nogle udsagn er for vage. Tilføj et tal, en frist eller et “altid/aldrig”, så de kan måles.',
	'step.experience.title': 'Ønsket oplevelse',
	'step.experience.purpose':
		'Beslut, hvilken oplevelse I vil give, og gør den så konkret, at den kan måles.',
	'step.experience.prompt1':
		'Hvad skal kunden fortælle en kollega om den her rejse, når der er gået et år?',
	'step.experience.prompt2':
		'Hvilke to eller tre retninger kan vi sigte efter – og hvilken kan vores teams reelt levere?',
	'step.experience.prompt3':
		'“God service” – hvad er det helt præcist, kunden mærker? Sig det med et tal, en frist eller et “altid”.',
	'step.experience.prompt4': 'Hvad må aldrig ske for kunden på den her rejse?',
	'step.experience.prompt5': 'Hvilket tal viser os om et halvt år, at vi er nået i mål?',
	'step.experience.tip':
		'Lad rummet skrive ambitionerne, før nogen vælger. Lyder et udsagn godt, men kan det ikke tjekkes, så spørg “Hvordan ville kunden mærke det?”, indtil der står et tal eller et “altid”.',
	'field.experience.vision': 'Vision',
	'experience.visionHint': 'En eller to sætninger, som hele rummet kan stå inde for.',
	'field.experience.ambition': 'Ambition',
	'field.experience.ambitionOption': 'Forslag {n}',
	'experience.ambitionHint': 'Skriv to eller tre, og vælg så én.',
	'experience.chooseAmbition': 'Vælg denne ambition',
	'experience.chosen': 'Valgt',
	'experience.addAmbition': 'Tilføj et forslag',
	'experience.tooManyAmbitions':
		'Mere end tre forslag gør valget svært. Kan nogle af dem slås sammen?',
	'field.experience.statements': 'Oplevelsesudsagn',
	'field.experience.statement': 'Udsagn {n}',
	'experience.statementsHint':
		'Skriv, hvad kunden vil mærke, fx “Kunden ved altid, hvornår computeren kommer.”',
	'experience.vagueStatement':
		'For vagt: tilføj et tal, en frist eller et “altid/aldrig”, fx “svar inden for 2 dage”.',
	'experience.addStatement': 'Tilføj udsagn',
	'field.experience.successMeasure': 'Sådan måler vi succes',
	'field.experience.npsTarget': 'NPS-mål',
	'experience.npsHint':
		'Et helt tal fra −100 til 100. Lad feltet stå tomt, hvis I ikke bruger NPS.',
	'experience.npsInvalid':
		'Skriv et helt tal fra −100 til 100, fx 40. Indtil da bliver det ikke gemt.',
	'experience.measures': 'Andre målinger',
	'experience.measuresHint':
		'Hvad vil I tælle, og hvad skal det nå? Fx rykkeropkald pr. bestilling: under 1 ud af 10.',
	'field.experience.measureName': 'Måling {n}',
	'field.experience.measureTarget': 'Måltal {n}',
	'experience.targetNeedsNumber': 'Giv målet et tal, fx “under 1 ud af 10” eller “5 dage”.',
	'experience.addMeasure': 'Tilføj en måling'
} satisfies Record<keyof typeof english, string>;
