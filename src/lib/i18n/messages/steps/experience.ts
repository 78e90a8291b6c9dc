// Step 3 “Desired experience”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const experience = defineMessages({
	en: {
		'warn.experience.noAmbitionChosen':
			'Choose one of the ambitions — the room needs one direction.',
		'warn.experience.vagueStatements':
			'Some statements are vague. Add a number, a deadline or an “always/never” so they can be checked.',
		'step.experience.title': 'Desired experience',
		'step.experience.purpose':
			'Decide what experience you want to give, and make it concrete enough to measure.',
		'step.experience.prompt1':
			'A year from now, what should the customer tell a colleague about this journey?',
		'step.experience.prompt2':
			'What are two or three ways we could aim — and which one can our teams really deliver?',
		'step.experience.prompt3':
			'“Good service” — what exactly would the customer notice? Say it with a number, a deadline or an “always”.',
		'step.experience.prompt4': 'What must never happen to the customer on this journey?',
		'step.experience.prompt5': 'Which number will tell us, in six months, that we got there?',
		'step.experience.tip':
			'Let the room write the ambitions before anyone picks one. When a statement sounds nice but cannot be checked, ask “How would the customer notice?” until it has a number or an “always”.',
		'field.experience.vision': 'Vision',
		'experience.visionHint': 'One or two sentences the whole room can stand behind.',
		'field.experience.ambition': 'Ambition',
		'field.experience.ambitionOption': 'Option {n}',
		'experience.ambitionHint': 'Write two or three, then choose one.',
		'experience.chooseAmbition': 'Choose this ambition',
		'experience.chosen': 'Chosen',
		'experience.addAmbition': 'Add an option',
		'experience.tooManyAmbitions':
			'More than three options make the choice hard. Can some of them be merged?',
		'field.experience.statements': 'Experience statements',
		'field.experience.statement': 'Statement {n}',
		'experience.statementsHint':
			'Write what the customer will notice, e.g. “The customer always knows when the laptop arrives.”',
		'experience.vagueStatement':
			'Vague: add a number, a deadline or an “always/never”, e.g. “answered within 2 days”.',
		'experience.addStatement': 'Add statement',
		'field.experience.successMeasure': 'How success is measured',
		'field.experience.npsTarget': 'NPS target',
		'experience.npsHint': 'A whole number from −100 to 100. Leave it empty if you do not use NPS.',
		'experience.npsInvalid':
			'Type a whole number from −100 to 100, e.g. 40. Until then, it is not saved.',
		'experience.measures': 'Other measures',
		'experience.measuresHint':
			'What will you count, and what should it reach? E.g. chase calls per order: fewer than 1 in 10.',
		'field.experience.measureName': 'Measure {n}',
		'field.experience.measureTarget': 'Target {n}',
		'experience.targetNeedsNumber':
			'Give the target a number, e.g. “fewer than 1 in 10” or “5 days”.',
		'experience.addMeasure': 'Add a measure'
	},
	da: {
		'warn.experience.noAmbitionChosen': 'Vælg en af ambitionerne — rummet har brug for én retning.',
		'warn.experience.vagueStatements':
			'Nogle udsagn er for vage. Tilføj et tal, en frist eller et “altid/aldrig”, så de kan måles.',
		'step.experience.title': 'Ønsket oplevelse',
		'step.experience.purpose':
			'Beslut, hvilken oplevelse I vil give, og gør den så konkret, at den kan måles.',
		'step.experience.prompt1':
			'Hvad skal kunden fortælle en kollega om den her rejse, når der er gået et år?',
		'step.experience.prompt2':
			'Hvilke to eller tre retninger kan vi sigte efter — og hvilken kan vores teams reelt levere?',
		'step.experience.prompt3':
			'“God service” — hvad er det helt præcist, kunden mærker? Sig det med et tal, en frist eller et “altid”.',
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
			'Vagt: tilføj et tal, en frist eller et “altid/aldrig”, fx “svar inden for 2 dage”.',
		'experience.addStatement': 'Tilføj udsagn',
		'field.experience.successMeasure': 'Sådan måler vi succes',
		'field.experience.npsTarget': 'Mål for NPS',
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
	},
	sv: {
		'warn.experience.noAmbitionChosen': 'Välj en av ambitionerna — rummet behöver en riktning.',
		'warn.experience.vagueStatements':
			'Några påståenden är för vaga. Lägg till en siffra, en tidsgräns eller ett ”alltid/aldrig” så att de går att mäta.',
		'step.experience.title': 'Önskad upplevelse',
		'step.experience.purpose':
			'Bestäm vilken upplevelse ni vill ge, och gör den så konkret att den går att mäta.',
		'step.experience.prompt1':
			'Vad ska kunden berätta för en kollega om den här resan när ett år har gått?',
		'step.experience.prompt2':
			'Vilka två eller tre riktningar kan vi sikta på — och vilken klarar våra team faktiskt att leverera?',
		'step.experience.prompt3':
			'”Bra service” — vad är det exakt som kunden märker? Säg det med en siffra, en tidsgräns eller ett ”alltid”.',
		'step.experience.prompt4': 'Vad får aldrig hända kunden på den här resan?',
		'step.experience.prompt5': 'Vilken siffra visar oss om ett halvår att vi har nått dit?',
		'step.experience.tip':
			'Låt rummet skriva ambitionerna innan någon väljer. Om ett påstående låter fint men inte går att kontrollera, fråga ”Hur skulle kunden märka det?” tills det står en siffra eller ett ”alltid”.',
		'field.experience.vision': 'Vision',
		'experience.visionHint': 'En eller två meningar som hela rummet kan stå för.',
		'field.experience.ambition': 'Ambition',
		'field.experience.ambitionOption': 'Förslag {n}',
		'experience.ambitionHint': 'Skriv två eller tre, välj sedan en.',
		'experience.chooseAmbition': 'Välj den här ambitionen',
		'experience.chosen': 'Vald',
		'experience.addAmbition': 'Lägg till ett förslag',
		'experience.tooManyAmbitions':
			'Fler än tre förslag gör valet svårt. Går några av dem att slå ihop?',
		'field.experience.statements': 'Upplevelsen, konkret',
		'field.experience.statement': 'Påstående {n}',
		'experience.statementsHint':
			'Skriv vad kunden kommer att märka, t.ex. ”Kunden vet alltid när datorn kommer.”',
		'experience.vagueStatement':
			'Vagt: lägg till en siffra, en tidsgräns eller ett ”alltid/aldrig”, t.ex. ”svar inom 2 dagar”.',
		'experience.addStatement': 'Lägg till påstående',
		'field.experience.successMeasure': 'Så mäter vi framgång',
		'field.experience.npsTarget': 'Mål för NPS',
		'experience.npsHint':
			'Ett heltal från −100 till 100. Lämna fältet tomt om ni inte använder NPS.',
		'experience.npsInvalid':
			'Skriv ett heltal från −100 till 100, t.ex. 40. Tills dess sparas det inte.',
		'experience.measures': 'Andra mätetal',
		'experience.measuresHint':
			'Vad ska ni räkna, och vad ska det nå? T.ex. påminnelsesamtal per beställning: färre än 1 av 10.',
		'field.experience.measureName': 'Mätetal {n}',
		'field.experience.measureTarget': 'Målvärde {n}',
		'experience.targetNeedsNumber': 'Ge målet en siffra, t.ex. ”färre än 1 av 10” eller ”5 dagar”.',
		'experience.addMeasure': 'Lägg till ett mätetal'
	}
});
