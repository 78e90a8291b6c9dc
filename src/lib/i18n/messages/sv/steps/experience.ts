// Step 3 “Desired experience”: the words on its screen in Swedish.
// The keys are the English file's (steps/experience.ts); the compiler checks both have the same.
import type { experience as english } from '../../en/steps/experience';

export const experience = {
	'warn.experience.noAmbitionChosen':
		'Välj en av ambitionerna – gruppen behöver en gemensam riktning.',
	'warn.experience.vagueStatements':
		'Några påståenden är för vaga. Lägg till en siffra, en tidsgräns eller ett ”alltid/aldrig” så att de går att mäta.',
	'step.experience.title': 'Önskad upplevelse',
	'step.experience.purpose':
		'Bestäm vilken upplevelse ni vill ge och gör den så konkret att den går att mäta.',
	'step.experience.prompt1': 'Om ett år – vad ska kunden berätta för en kollega om den här resan?',
	'step.experience.prompt2':
		'Vilka två eller tre riktningar kan vi sikta på – och vilken klarar våra team faktiskt att leverera?',
	'step.experience.prompt3':
		'”Bra service” – vad exakt märker kunden? Säg det med en siffra, en tidsgräns eller ett ”alltid”.',
	'step.experience.prompt4': 'Vad får aldrig hända kunden på den här resan?',
	'step.experience.prompt5': 'Vilken siffra visar om ett halvår att vi är framme?',
	'step.experience.tip':
		'Låt gruppen skriva ambitionerna innan någon väljer. Om ett påstående låter fint men inte går att kontrollera, fråga ”Hur skulle kunden märka det?” tills det innehåller en siffra eller ett ”alltid”.',
	'field.experience.vision': 'Vision',
	'experience.visionHint': 'En eller två meningar som hela gruppen kan ställa sig bakom.',
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
	'field.experience.npsTarget': 'NPS-mål',
	'experience.npsHint': 'Ett heltal från −100 till 100. Lämna fältet tomt om ni inte använder NPS.',
	'experience.npsInvalid':
		'Skriv ett heltal från −100 till 100, t.ex. 40. Tills dess sparas det inte.',
	'experience.measures': 'Andra mätetal',
	'experience.measuresHint':
		'Vad ska ni räkna, och vilken nivå ska ni nå? T.ex. påminnelsesamtal per beställning: färre än 1 av 10.',
	'field.experience.measureName': 'Mätetal {n}',
	'field.experience.measureTarget': 'Målvärde {n}',
	'experience.targetNeedsNumber': 'Ge målet en siffra, t.ex. ”färre än 1 av 10” eller ”5 dagar”.',
	'experience.addMeasure': 'Lägg till ett mätetal'
} satisfies Record<keyof typeof english, string>;
