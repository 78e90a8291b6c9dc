// Step 5 “Today’s experience” (interviews) and its printable interview guide: the words on their
// screens in Swedish.
// The keys are the English file's (steps/interviews.ts); the compiler checks both have the same.
import type { interviews as english } from '../../en/steps/interviews';

export const interviews = {
	'step.interviews.title': 'Upplevelsen i dag',
	'step.interviews.purpose': 'Samla det ni har hört från kunder som nyligen har gått igenom resan.',
	'step.interviews.prompt1':
		'Vad förväntade de sig innan de började – och hur lång tid trodde de att det skulle ta?',
	'step.interviews.prompt2': 'Var gick det smidigt, och var körde de fast eller fick jaga någon?',
	'step.interviews.prompt3': 'Vilka ord använde de? Läs upp ett eller två citat.',
	'step.interviews.prompt4': 'Vilken smärtpunkt kom upp i mer än ett samtal?',
	'step.interviews.prompt5':
		'Skulle de rekommendera det till en kollega – och varför just det betyget?',
	'step.interviews.tip':
		'Låt den som höll intervjun återberätta den fas för fas medan du skriver. Skriv kundens egna ord som citat, inte er tolkning av dem, och skriv inga namn: en roll och ett nummer räcker.',
	'warn.interviews.none': 'Inga intervjuer än. Redan två korta samtal förändrar kartan.',
	'interviews.add': 'Lägg till intervju',
	'interviews.summary': 'Det här hörde vi',
	'interviews.count': 'Intervjuer',
	'interviews.metShare': 'Förväntningar uppfyllda',
	'interviews.metBreakdown': 'Ja: {yes} · delvis: {partly} · nej: {no}',
	'interviews.partlyHalf': 'Delvis räknas till hälften.',
	'interviews.nps': 'NPS',
	'interviews.npsAnswers': 'Svar: {n}',
	'interviews.npsBreakdown':
		'Ambassadörer: {promoters} · passiva: {passives} · kritiker: {detractors}',
	'interviews.target': 'Mål: {target}',
	'interviews.targetReached': 'Målet är nått',
	'interviews.targetGap': 'Kvar: {gap}',
	'interviews.noTarget': 'Inget NPS-mål angivet i steg 3',
	'interviews.none': '–',
	'interviews.painPoints': 'De vanligaste smärtpunkterna',
	'interviews.painPointsNote': 'Räknas en gång per intervju.',
	'interviews.mentions': '{n}×',
	'interviews.noPainPoints': 'Inga smärtpunkter nedskrivna än.',
	'interviews.guideLink': 'Intervjuguide (utskrift)',
	'interviews.guideHint': 'Frågor för varje fas att ta med till intervjuerna.',
	'field.interview.label': 'Rubrik (inga riktiga namn behövs)',
	'field.interview.labelHint': 'Håll det anonymt, t.ex. ”Intervju 1 – nyanställd”.',
	'field.interview.role': 'Roll',
	'field.interview.roleHint': 'Vad de gör, t.ex. nyanställd eller teamledare.',
	'field.interview.date': 'Datum',
	'field.interview.expectations': 'Vad de förväntade sig',
	'field.interview.met': 'Uppfylldes förväntningarna?',
	'field.interview.notes': 'Anteckningar: {phase}',
	'field.interview.notesRemoved': 'Anteckningar för en borttagen fas: ”{phase}”',
	'field.interview.notesRemovedUnnamed': 'Anteckningar för en borttagen fas',
	'field.interview.notesWrittenAs': 'Skrivet under ”{phase}”, som fasen hette då.',
	'field.interview.quotes': 'Citat (ett per rad)',
	'field.interview.quotesHint': 'Deras egna ord, så som de sa dem.',
	'field.interview.painPoints': 'Smärtpunkter (en per rad)',
	'field.interview.painPointsHint': 'Samma smärtpunkt i flera intervjuer räknas ihop.',
	'field.interview.nps': 'Sannolikhet att de rekommenderar (0–10)',
	'field.interview.npsHint': '0 = inte alls, 10 = mycket troligt. Lämna tomt om ni inte frågade.',
	'field.interview.npsComment': 'Varför just det betyget',
	'met.none': 'Inte frågat',
	'met.yes': 'Ja',
	'met.partly': 'Delvis',
	'met.no': 'Nej',
	'error.nps.range':
		'Betyget går från 0 till 10. Ange ett heltal från 0 till 10, eller lämna tomt.',
	'error.nps.whole': 'Använd ett heltal från 0 till 10, utan decimaler.',
	'error.nps.number': 'Ange ett tal från 0 till 10, eller lämna tomt om ni inte frågade.',
	'error.nps.kept': 'Det sparade betyget är fortfarande {n}.',

	'guide.title': 'Intervjuguide',
	'guide.journey': 'Kundresa: {journey}',
	'guide.print': 'Skriv ut',
	'guide.back': 'Tillbaka till workshoppen',
	'guide.introTitle': 'Innan du börjar',
	'guide.intro1':
		'Prata med någon som nyligen har gått igenom resan, medan detaljerna fortfarande är färska.',
	'guide.intro2':
		'Räkna med ungefär 30 minuter. En av er ställer frågorna, och om det går antecknar en annan.',
	'guide.intro3':
		'Håll det anonymt: skriv en roll och ett nummer, t.ex. ”Intervju 1 – nyanställd”, aldrig namnet.',
	'guide.intro4':
		'Be om berättelser, inte åsikter: ”Berätta om senaste gången…” ger mer än ”Vad tycker du om…”.',
	'guide.intro5': 'När något är viktigt, skriv ner exakt vad de säger: det vill gruppen höra.',
	'guide.about': 'Om intervjun',
	'guide.opening': 'Inledning',
	'guide.open1': 'Berätta lite om dig själv och din roll.',
	'guide.open2': 'Vad fick dig att börja – vad behövde du, och när?',
	'guide.open3':
		'Vad förväntade du dig innan du började? Hur lång tid trodde du att det skulle ta?',
	'guide.phaseTitle': 'Fas {n}: {phase}',
	'guide.phaseDo': 'Tänk tillbaka på ”{phase}”. Vad gjorde du, steg för steg?',
	'guide.phaseExpect': 'Vad förväntade du dig under ”{phase}” – och vad hände faktiskt?',
	'guide.phaseFeel':
		'Hur kändes ”{phase}”? Fanns det ett ögonblick när du var osäker, väntade eller fick jaga någon?',
	'guide.noPhases':
		'Resan har inga faser än. Lägg till dem i steg 6 så får du frågor för varje fas.',
	'guide.metTitle': 'Förväntningar',
	'guide.metQuestion':
		'När du ser tillbaka: uppfylldes dina förväntningar – ja, delvis eller nej? Vad avgjorde det?',
	'guide.npsTitle': 'Rekommendation (NPS)',
	'guide.npsQuestion':
		'På en skala från 0 till 10, hur troligt är det att du skulle rekommendera det här till en kollega?',
	'guide.npsScale': '0 = inte alls troligt · 10 = mycket troligt',
	'guide.npsWhy': 'Vad är det viktigaste skälet till ditt betyg?',
	'guide.closing': 'Avslutning',
	'guide.close1': 'Om du fick ändra en sak i hela resan, vad skulle det vara?',
	'guide.close2': 'Finns det något jag inte har frågat om som du vill berätta?',
	'guide.close3': 'Tacka, och berätta vad svaren ska användas till.',
	'guide.quotes': 'Citat värda att spara',
	'guide.painPoints': 'Smärtpunkter du hörde',
	'guide.notes': 'Anteckningar',
	'guide.after': 'För efteråt in dina anteckningar i steg 5 i workshoppen.'
} satisfies Record<keyof typeof english, string>;
