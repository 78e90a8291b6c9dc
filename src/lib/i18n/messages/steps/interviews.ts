// Step 5 “Today’s experience” (interviews) and its printable interview guide: the words on their
// screens in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const interviews = defineMessages({
	en: {
		'step.interviews.title': 'Today’s experience',
		'step.interviews.purpose':
			'Bring in what customers who recently went through the journey told you.',
		'step.interviews.prompt1':
			'What did they expect before they started — and how long did they think it would take?',
		'step.interviews.prompt2':
			'Where did it go smoothly, and where did they get stuck or have to chase someone?',
		'step.interviews.prompt3': 'Which words did they use? Read a quote or two aloud.',
		'step.interviews.prompt4': 'Which pain point came up in more than one conversation?',
		'step.interviews.prompt5': 'Would they recommend it to a colleague — and why that score?',
		'step.interviews.tip':
			'Let whoever held the interview tell it as a story, phase by phase, while you type. Write the customer’s own words as quotes, not your reading of them, and leave names out: a role and a number are enough.',
		'warn.interviews.none': 'No interviews yet. Even two short conversations change the map.',
		'interviews.add': 'Add interview',
		'interviews.summary': 'What we heard',
		'interviews.count': 'Interviews',
		'interviews.metShare': 'Expectations met',
		'interviews.metBreakdown': 'Yes: {yes} · partly: {partly} · no: {no}',
		'interviews.partlyHalf': 'Partly counts as half.',
		'interviews.nps': 'NPS',
		'interviews.npsAnswers': 'Answers: {n}',
		'interviews.npsBreakdown':
			'Promoters: {promoters} · passives: {passives} · detractors: {detractors}',
		'interviews.target': 'Target: {target}',
		'interviews.targetReached': 'Target reached',
		'interviews.targetGap': 'To go: {gap}',
		'interviews.noTarget': 'No NPS target set in step 3',
		'interviews.none': '—',
		'interviews.painPoints': 'Pain points heard most often',
		'interviews.painPointsNote': 'Counted once per interview.',
		'interviews.mentions': '{n}×',
		'interviews.noPainPoints': 'No pain points written down yet.',
		'interviews.guideLink': 'Interview guide (print)',
		'interviews.guideHint': 'Questions for every phase, to take along to the interviews.',
		'field.interview.label': 'Label (no real names needed)',
		'field.interview.labelHint': 'Keep it anonymous, e.g. “Interview 1 – new hire”.',
		'field.interview.role': 'Role',
		'field.interview.roleHint': 'What they do, e.g. new hire or team lead.',
		'field.interview.date': 'Date',
		'field.interview.expectations': 'What they expected',
		'field.interview.met': 'Were expectations met?',
		'field.interview.notes': 'Notes: {phase}',
		'field.interview.quotes': 'Quotes (one a line)',
		'field.interview.quotesHint': 'Their own words, as they said them.',
		'field.interview.painPoints': 'Pain points (one a line)',
		'field.interview.painPointsHint':
			'The same pain point in several interviews is counted together.',
		'field.interview.nps': 'How likely to recommend (0–10)',
		'field.interview.npsHint':
			'0 = not at all, 10 = extremely likely. Leave it empty if you did not ask.',
		'field.interview.npsComment': 'Why that score',
		'met.none': 'Not asked',
		'met.yes': 'Yes',
		'met.partly': 'Partly',
		'met.no': 'No',
		'error.nps.range':
			'The score goes from 0 to 10. Enter a whole number from 0 to 10, or leave it empty.',
		'error.nps.whole': 'Use a whole number from 0 to 10, without decimals.',
		'error.nps.number': 'Enter a number from 0 to 10, or leave it empty if you did not ask.',
		'error.nps.kept': 'The saved score is still {n}.',

		'guide.title': 'Interview guide',
		'guide.journey': 'Journey: {journey}',
		'guide.print': 'Print',
		'guide.back': 'Back to the workshop',
		'guide.introTitle': 'Before you start',
		'guide.intro1':
			'Talk to someone who went through the journey recently, while the details are fresh.',
		'guide.intro2':
			'Plan about 30 minutes. One of you asks; if you can, a second person takes notes.',
		'guide.intro3':
			'Keep it anonymous: write a role and a number, such as “Interview 1 – new hire”, never the name.',
		'guide.intro4':
			'Ask for stories, not opinions: “Tell me about the last time…” gives more than “What do you think of…”.',
		'guide.intro5':
			'When something matters, write down their exact words: the room will want them.',
		'guide.about': 'About this interview',
		'guide.opening': 'Opening',
		'guide.open1': 'Tell me a little about yourself and your role.',
		'guide.open2': 'What made you start — what did you need, and when?',
		'guide.open3':
			'Before you started, what did you expect would happen? How long did you think it would take?',
		'guide.phaseTitle': 'Phase {n}: {phase}',
		'guide.phaseDo': 'Think back to “{phase}”. What did you do, step by step?',
		'guide.phaseExpect': 'What did you expect during “{phase}” — and what actually happened?',
		'guide.phaseFeel':
			'How did “{phase}” feel? Was there a moment when you were unsure, waiting or chasing someone?',
		'guide.noPhases':
			'The journey has no phases yet. Add them in step 6 to get questions for each one.',
		'guide.metTitle': 'Expectations',
		'guide.metQuestion':
			'Looking back, were your expectations met: yes, partly or no? What made the difference?',
		'guide.npsTitle': 'Recommendation (NPS)',
		'guide.npsQuestion':
			'On a scale from 0 to 10, how likely is it that you would recommend this to a colleague?',
		'guide.npsScale': '0 = not at all likely · 10 = extremely likely',
		'guide.npsWhy': 'What is the main reason for your score?',
		'guide.closing': 'Closing',
		'guide.close1': 'If you could change one thing about the whole journey, what would it be?',
		'guide.close2': 'Is there anything I did not ask about that you would like to tell me?',
		'guide.close3': 'Thank them, and tell them what their answers will be used for.',
		'guide.quotes': 'Quotes worth keeping',
		'guide.painPoints': 'Pain points you heard',
		'guide.notes': 'Notes',
		'guide.after': 'Afterwards, type your notes into step 5 of the workshop.'
	},
	da: {
		'step.interviews.title': 'Oplevelsen i dag',
		'step.interviews.purpose':
			'Tag det med ind, som kunder, der for nylig har været igennem rejsen, har fortalt jer.',
		'step.interviews.prompt1':
			'Hvad forventede de, før de gik i gang – og hvor lang tid troede de, det ville tage?',
		'step.interviews.prompt2':
			'Hvor gik det glat, og hvor gik de i stå eller måtte rykke for svar?',
		'step.interviews.prompt3': 'Hvilke ord brugte de? Læs et citat eller to højt.',
		'step.interviews.prompt4': 'Hvilket smertepunkt dukkede op i mere end én samtale?',
		'step.interviews.prompt5': 'Ville de anbefale det til en kollega – og hvorfor netop den score?',
		'step.interviews.tip':
			'Lad den, der holdt interviewet, fortælle det som en historie, fase for fase, mens du skriver. Skriv kundens egne ord som citater, ikke jeres tolkning af dem, og udelad navne: en rolle og et nummer er nok.',
		'warn.interviews.none': 'Ingen interviews endnu. Selv to korte samtaler ændrer kortet.',
		'interviews.add': 'Tilføj interview',
		'interviews.summary': 'Det hørte vi',
		'interviews.count': 'Interviews',
		'interviews.metShare': 'Forventninger indfriet',
		'interviews.metBreakdown': 'Ja: {yes} · delvist: {partly} · nej: {no}',
		'interviews.partlyHalf': 'Delvist tæller som en halv.',
		'interviews.nps': 'NPS',
		'interviews.npsAnswers': 'Svar: {n}',
		'interviews.npsBreakdown':
			'Ambassadører: {promoters} · passive: {passives} · kritikere: {detractors}',
		'interviews.target': 'Mål: {target}',
		'interviews.targetReached': 'Målet er nået',
		'interviews.targetGap': 'Mangler: {gap}',
		'interviews.noTarget': 'Intet NPS-mål sat i trin 3',
		'interviews.none': '—',
		'interviews.painPoints': 'De hyppigste smertepunkter',
		'interviews.painPointsNote': 'Tælles én gang pr. interview.',
		'interviews.mentions': '{n}×',
		'interviews.noPainPoints': 'Ingen smertepunkter skrevet ned endnu.',
		'interviews.guideLink': 'Interviewguide (til print)',
		'interviews.guideHint': 'Spørgsmål til hver fase, som I kan tage med til interviewene.',
		'field.interview.label': 'Betegnelse (intet rigtigt navn nødvendigt)',
		'field.interview.labelHint': 'Hold det anonymt, fx “Interview 1 – nyansat”.',
		'field.interview.role': 'Rolle',
		'field.interview.roleHint': 'Hvad de laver, fx nyansat eller teamleder.',
		'field.interview.date': 'Dato',
		'field.interview.expectations': 'Hvad de forventede',
		'field.interview.met': 'Blev forventningerne indfriet?',
		'field.interview.notes': 'Noter: {phase}',
		'field.interview.quotes': 'Citater (ét pr. linje)',
		'field.interview.quotesHint': 'Deres egne ord, sådan som de sagde dem.',
		'field.interview.painPoints': 'Smertepunkter (ét pr. linje)',
		'field.interview.painPointsHint': 'Det samme smertepunkt i flere interviews tælles sammen.',
		'field.interview.nps': 'Hvor sandsynligt er det, at de vil anbefale det (0–10)',
		'field.interview.npsHint':
			'0 = slet ikke, 10 = meget sandsynligt. Lad feltet stå tomt, hvis I ikke spurgte.',
		'field.interview.npsComment': 'Hvorfor den score',
		'met.none': 'Ikke spurgt',
		'met.yes': 'Ja',
		'met.partly': 'Delvist',
		'met.no': 'Nej',
		'error.nps.range':
			'Scoren går fra 0 til 10. Skriv et helt tal fra 0 til 10, eller lad feltet stå tomt.',
		'error.nps.whole': 'Brug et helt tal fra 0 til 10, uden decimaler.',
		'error.nps.number':
			'Skriv et tal fra 0 til 10, eller lad feltet stå tomt, hvis I ikke spurgte.',
		'error.nps.kept': 'Den gemte score er stadig {n}.',

		'guide.title': 'Interviewguide',
		'guide.journey': 'Kunderejse: {journey}',
		'guide.print': 'Udskriv',
		'guide.back': 'Tilbage til workshoppen',
		'guide.introTitle': 'Før du går i gang',
		'guide.intro1':
			'Tal med en, der for nylig har været igennem rejsen, mens detaljerne stadig sidder friskt.',
		'guide.intro2':
			'Sæt cirka 30 minutter af. Én stiller spørgsmålene; er I to, tager den anden noter.',
		'guide.intro3':
			'Hold det anonymt: skriv en rolle og et nummer, fx “Interview 1 – nyansat”, aldrig navnet.',
		'guide.intro4':
			'Spørg efter historier, ikke meninger: “Fortæl om sidste gang…” giver mere end “Hvad synes du om…”.',
		'guide.intro5':
			'Når noget er vigtigt, så skriv deres præcise ord ned: dem vil rummet gerne høre.',
		'guide.about': 'Om interviewet',
		'guide.opening': 'Indledning',
		'guide.open1': 'Fortæl lidt om dig selv og din rolle.',
		'guide.open2': 'Hvad fik dig til at gå i gang – hvad havde du brug for, og hvornår?',
		'guide.open3':
			'Hvad forventede du ville ske, før du gik i gang? Hvor lang tid troede du, det ville tage?',
		'guide.phaseTitle': 'Fase {n}: {phase}',
		'guide.phaseDo': 'Tænk tilbage på “{phase}”. Hvad gjorde du, trin for trin?',
		'guide.phaseExpect': 'Hvad forventede du under “{phase}” – og hvad skete der faktisk?',
		'guide.phaseFeel':
			'Hvordan føltes “{phase}”? Var der et øjeblik, hvor du var i tvivl, ventede eller måtte rykke nogen?',
		'guide.noPhases':
			'Rejsen har ingen faser endnu. Tilføj dem i trin 6 for at få spørgsmål til hver fase.',
		'guide.metTitle': 'Forventninger',
		'guide.metQuestion':
			'Når du ser tilbage, blev dine forventninger så indfriet: ja, delvist eller nej? Hvad gjorde forskellen?',
		'guide.npsTitle': 'Anbefaling (NPS)',
		'guide.npsQuestion':
			'På en skala fra 0 til 10, hvor sandsynligt er det, at du vil anbefale det til en kollega?',
		'guide.npsScale': '0 = slet ikke sandsynligt · 10 = meget sandsynligt',
		'guide.npsWhy': 'Hvad er den vigtigste grund til din score?',
		'guide.closing': 'Afslutning',
		'guide.close1': 'Hvis du kunne ændre én ting ved hele rejsen, hvad skulle det så være?',
		'guide.close2': 'Er der noget, jeg ikke har spurgt om, som du gerne vil fortælle?',
		'guide.close3': 'Tak for hjælpen, og fortæl, hvad svarene skal bruges til.',
		'guide.quotes': 'Citater, der er værd at gemme',
		'guide.painPoints': 'Smertepunkter, du hørte',
		'guide.notes': 'Noter',
		'guide.after': 'Skriv bagefter dine noter ind i trin 5 i workshoppen.'
	},
	sv: {
		'step.interviews.title': 'Upplevelsen i dag',
		'step.interviews.purpose':
			'Ta in det ni har hört från kunder som nyligen har gått igenom resan.',
		'step.interviews.prompt1':
			'Vad förväntade de sig innan de började – och hur lång tid trodde de att det skulle ta?',
		'step.interviews.prompt2': 'Var gick det smidigt, och var körde de fast eller fick jaga svar?',
		'step.interviews.prompt3': 'Vilka ord använde de? Läs upp ett eller två citat.',
		'step.interviews.prompt4': 'Vilken smärtpunkt kom upp i mer än ett samtal?',
		'step.interviews.prompt5':
			'Skulle de rekommendera det till en kollega – och varför just det betyget?',
		'step.interviews.tip':
			'Låt den som höll intervjun berätta den som en historia, fas för fas, medan du skriver. Skriv kundens egna ord som citat, inte er tolkning av dem, och lämna namnen utanför: en roll och ett nummer räcker.',
		'warn.interviews.none': 'Inga intervjuer än. Redan två korta samtal förändrar kartan.',
		'interviews.add': 'Lägg till intervju',
		'interviews.summary': 'Det här hörde vi',
		'interviews.count': 'Intervjuer',
		'interviews.metShare': 'Förväntningar uppfyllda',
		'interviews.metBreakdown': 'Ja: {yes} · delvis: {partly} · nej: {no}',
		'interviews.partlyHalf': 'Delvis räknas som en halv.',
		'interviews.nps': 'NPS',
		'interviews.npsAnswers': 'Svar: {n}',
		'interviews.npsBreakdown':
			'Ambassadörer: {promoters} · passiva: {passives} · kritiker: {detractors}',
		'interviews.target': 'Mål: {target}',
		'interviews.targetReached': 'Målet är nått',
		'interviews.targetGap': 'Kvar: {gap}',
		'interviews.noTarget': 'Inget NPS-mål satt i steg 3',
		'interviews.none': '—',
		'interviews.painPoints': 'Vanligaste smärtpunkterna',
		'interviews.painPointsNote': 'Räknas en gång per intervju.',
		'interviews.mentions': '{n}×',
		'interviews.noPainPoints': 'Inga smärtpunkter nedskrivna än.',
		'interviews.guideLink': 'Intervjuguide (utskrift)',
		'interviews.guideHint': 'Frågor för varje fas, att ta med till intervjuerna.',
		'field.interview.label': 'Benämning (riktiga namn behövs inte)',
		'field.interview.labelHint': 'Håll det anonymt, t.ex. ”Intervju 1 – nyanställd”.',
		'field.interview.role': 'Roll',
		'field.interview.roleHint': 'Vad de gör, t.ex. nyanställd eller teamledare.',
		'field.interview.date': 'Datum',
		'field.interview.expectations': 'Vad de förväntade sig',
		'field.interview.met': 'Uppfylldes förväntningarna?',
		'field.interview.notes': 'Anteckningar: {phase}',
		'field.interview.quotes': 'Citat (ett per rad)',
		'field.interview.quotesHint': 'Deras egna ord, så som de sa dem.',
		'field.interview.painPoints': 'Smärtpunkter (en per rad)',
		'field.interview.painPointsHint': 'Samma smärtpunkt i flera intervjuer räknas ihop.',
		'field.interview.nps': 'Hur troligt att de rekommenderar (0–10)',
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
			'Räkna med ungefär 30 minuter. En av er frågar; om ni kan, antecknar en annan person.',
		'guide.intro3':
			'Håll det anonymt: skriv en roll och ett nummer, t.ex. ”Intervju 1 – nyanställd”, aldrig namnet.',
		'guide.intro4':
			'Be om berättelser, inte åsikter: ”Berätta om senaste gången…” ger mer än ”Vad tycker du om…”.',
		'guide.intro5': 'När något är viktigt, skriv ner deras exakta ord: dem vill gruppen höra.',
		'guide.about': 'Om intervjun',
		'guide.opening': 'Inledning',
		'guide.open1': 'Berätta lite om dig själv och din roll.',
		'guide.open2': 'Vad fick dig att börja – vad behövde du, och när?',
		'guide.open3':
			'Vad trodde du skulle hända innan du började? Hur lång tid trodde du att det skulle ta?',
		'guide.phaseTitle': 'Fas {n}: {phase}',
		'guide.phaseDo': 'Tänk tillbaka på ”{phase}”. Vad gjorde du, steg för steg?',
		'guide.phaseExpect': 'Vad förväntade du dig under ”{phase}” – och vad hände faktiskt?',
		'guide.phaseFeel':
			'Hur kändes ”{phase}”? Fanns det ett ögonblick när du var osäker, väntade eller fick jaga någon?',
		'guide.noPhases':
			'Resan har inga faser än. Lägg till dem i steg 6 så får du frågor för varje fas.',
		'guide.metTitle': 'Förväntningar',
		'guide.metQuestion':
			'Om du ser tillbaka, uppfylldes dina förväntningar: ja, delvis eller nej? Vad gjorde skillnaden?',
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
	}
});
