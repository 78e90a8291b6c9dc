// Step 5 “Today’s experience” (interviews) and its printable interview guide: the words on their
// screens in Danish.
// The keys are the English file's (steps/interviews.ts); the compiler checks both have the same.
import type { interviews as english } from '../../en/steps/interviews';

export const interviews = {
	'step.interviews.title': 'Oplevelsen i dag',
	'step.interviews.purpose':
		'Tag det med ind, som kunder, der for nylig har været igennem rejsen, har fortalt jer.',
	'step.interviews.prompt1':
		'Hvad forventede de, før de gik i gang – og hvor lang tid troede de, det ville tage?',
	'step.interviews.prompt2': 'Hvor gik det glat, og hvor gik de i stå eller måtte rykke for svar?',
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
	'field.interview.label': 'Betegnelse (uden rigtige navne)',
	'field.interview.labelHint': 'Hold det anonymt, fx “Interview 1 – nyansat”.',
	'field.interview.role': 'Rolle',
	'field.interview.roleHint': 'Hvad de laver, fx nyansat eller teamleder.',
	'field.interview.date': 'Dato',
	'field.interview.expectations': 'Hvad de forventede',
	'field.interview.met': 'Blev forventningerne indfriet?',
	'field.interview.notes': 'Noter: {phase}',
	'field.interview.notesRemoved': 'Noter til en fjernet fase: “{phase}”',
	'field.interview.notesRemovedUnnamed': 'Noter til en fjernet fase',
	'field.interview.notesWrittenAs': 'Skrevet under “{phase}”, som fasen hed dengang.',
	'field.interview.quotes': 'Citater (ét pr. linje)',
	'field.interview.quotesHint': 'Deres egne ord, sådan som de sagde dem.',
	'field.interview.painPoints': 'Smertepunkter (ét pr. linje)',
	'field.interview.painPointsHint': 'Det samme smertepunkt i flere interviews tælles sammen.',
	'field.interview.nps': 'Sandsynlighed for anbefaling (0–10)',
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
	'error.nps.number': 'Skriv et tal fra 0 til 10, eller lad feltet stå tomt, hvis I ikke spurgte.',
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
		'Hvordan føltes “{phase}”? Var der et øjeblik, hvor du var i tvivl, ventede eller måtte rykke for svar?',
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
	'guide.close3': 'Sig tak, og fortæl, hvad svarene skal bruges til.',
	'guide.quotes': 'Citater, der er værd at gemme',
	'guide.painPoints': 'Smertepunkter, du hørte',
	'guide.notes': 'Noter',
	'guide.after': 'Skriv bagefter dine noter ind i trin 5 i workshoppen.'
} satisfies Record<keyof typeof english, string>;
