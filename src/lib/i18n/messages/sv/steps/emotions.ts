// Step 8 “Emotions”: the words on its screen in Swedish.
// The keys are the English file's (steps/emotions.ts); the compiler checks both have the same.
import type { emotions as english } from '../../en/steps/emotions';

export const emotions = {
	'step.emotions.title': 'Känslor',
	'step.emotions.purpose':
		'Hur känns det för kunden vid varje beröringspunkt, och varför? Kurvan visar var stämningen sjunker – där ska ni agera.',
	'step.emotions.prompt1':
		'Föreställ er kunden precis vid den här beröringspunkten: vilket ansikte passar?',
	'step.emotions.prompt2': 'Varför just det ansiktet? Vad tänker eller muttrar kunden?',
	'step.emotions.prompt3':
		'Var sjunker stämningen? Stämmer det med en smärtpunkt från intervjuerna?',
	'step.emotions.prompt4': 'I glappen, där ingen hör av sig: hur känns väntan?',
	'step.emotions.prompt5': 'Vilken lågpunkt skulle kunden fortfarande minnas om en månad?',
	'step.emotions.tip':
		'Bedöm ur kundens perspektiv med intervjuerna framme, inte utifrån hur hårt teamen jobbar. Be alla visa 1 till 5 fingrar och skriv in siffran: kurvan ritar sig själv. Fastna inte vid en punkt; skriv ner varför och gå vidare – det är lågpunkterna som räknas.',
	'warn.emotions.unscored': 'Några beröringspunkter saknar känsla än.',
	'emotions.empty': 'Lägg först till beröringspunkter i steg 7.',
	'emotions.keys':
		'I en rad: 1–5 eller ← → väljer ansiktet (1 mycket negativ … 5 mycket positiv), Delete rensar. Enter går till nästa beröringspunkt, Shift+Enter tillbaka – även från fältet ”Varför”.',
	'emotions.progress': 'Bedömda: {n} av {total}',
	'emotions.lowCount': 'Lågpunkter: {n}',
	'emotions.low': 'Lågpunkt',
	'emotions.gap': 'Glapp',
	'emotions.gapTitle': '{title} (glapp)',
	'emotions.unscored': 'Inte bedömd',
	'emotions.showDesired': 'Visa önskad kurva',
	'emotions.noDesired': 'Inte angiven',
	'field.emotion.score': 'Känsla vid ”{title}”',
	'field.emotion.reason': 'Varför? Vad kunden tänker och känner',
	'field.emotion.desired': 'Önskad känsla',
	'emotion.veryNegative': 'Mycket negativ',
	'emotion.negative': 'Negativ',
	'emotion.neutral': 'Neutral',
	'emotion.positive': 'Positiv',
	'emotion.veryPositive': 'Mycket positiv',
	'emotions.curve': 'Känslokurva',
	'emotions.curveKeys':
		'På kurvan: ← och → går från punkt till punkt, Home och End hoppar till ändarna.',
	'emotions.line.current': 'Känsla nu',
	'emotions.tooltip.current': 'Nu: {score}',
	'emotions.tooltip.desired': 'Önskad: {score}',
	'emotions.point': '{n} av {total}: {title} – {score}',
	'emotions.pointWithDesired': '{n} av {total}: {title} – {score} (önskad: {desired})',
	'emotions.summary.one': 'Känslokurva över {n} beröringspunkt.',
	'emotions.summary.other': 'Känslokurva över {n} beröringspunkter.',
	'emotions.summary.none': 'Inget är bedömt än.',
	'emotions.summary.unscored': 'Ännu inte bedömda: {n}.',
	'emotions.summary.noLows': 'Inga lågpunkter.',
	'emotions.summary.lows': 'Lågpunkter: {n}.',
	'emotions.summary.lowest': 'Lägst är ”{title}” ({score}) i {phase}.',
	'emotions.summary.lowestNoPhase': 'Lägst är ”{title}” ({score}).',
	'emotions.summary.belowDesired': 'Under den önskade känslan: {n}.',
	'emotions.showTable': 'Visa data som tabell',
	'emotions.hideTable': 'Dölj tabellen',
	'emotions.table.caption': 'Känslokurvan, punkt för punkt',
	'emotions.col.number': '#',
	'emotions.col.phase': 'Fas',
	'emotions.col.touchpoint': 'Beröringspunkt',
	'emotions.col.score': 'Känsla',
	'emotions.col.desired': 'Önskad',
	'emotions.col.gap': 'Glapp',
	'emotions.yes': 'Ja',
	'emotions.no': 'Nej',
	'emotions.noPhase': 'Ingen fas'
} satisfies Record<keyof typeof english, string>;
