// Step 8 “Emotions”: the words on its screen in Danish.
// The keys are the English file's (steps/emotions.ts); the compiler checks both have the same.
import type { emotions as english } from '../../en/steps/emotions';

export const emotions = {
	'step.emotions.title': 'Følelser',
	'step.emotions.purpose':
		'Hvordan har kunden det ved hvert kontaktpunkt, og hvorfor? Kurven viser, hvor stemningen falder – dér skal I handle.',
	'step.emotions.prompt1':
		'Forestil jer kunden lige ved dette kontaktpunkt: hvilket ansigt passer?',
	'step.emotions.prompt2': 'Hvorfor det ansigt? Hvad tænker eller mumler kunden?',
	'step.emotions.prompt3':
		'Hvor falder stemningen? Passer det med et smertepunkt fra interviewene?',
	'step.emotions.prompt4': 'I hullerne, hvor ingen siger noget: hvordan føles ventetiden?',
	'step.emotions.prompt5': 'Hvilket lavpunkt ville kunden stadig huske om en måned?',
	'step.emotions.tip':
		'Vurdér fra kundens side med interviewene ved hånden, ikke ud fra, hvor hårdt teamene arbejder. Bed om en hurtig fingerafstemning (1 til 5), og tast tallet: kurven tegner sig selv. Diskutér ikke ét punkt for længe; skriv begrundelsen ned, og gå videre – det er lavpunkterne, der tæller.',
	'warn.emotions.unscored': 'Nogle kontaktpunkter har endnu ingen følelse.',
	'emotions.empty': 'Tilføj først kontaktpunkter i trin 7.',
	'emotions.keys':
		'På en række: 1–5 eller ← → vælger ansigtet (1 meget negativ … 5 meget positiv), Delete rydder. Enter går til næste kontaktpunkt, Shift+Enter tilbage – også fra feltet “Hvorfor”.',
	'emotions.progress': 'Vurderet: {n} af {total}',
	'emotions.lowCount': 'Lavpunkter: {n}',
	'emotions.low': 'Lavpunkt',
	'emotions.gap': 'Hul',
	'emotions.gapTitle': '{title} (hul)',
	'emotions.unscored': 'Ikke vurderet',
	'emotions.showDesired': 'Vis den ønskede kurve',
	'emotions.noDesired': 'Ikke angivet',
	'field.emotion.score': 'Følelse ved “{title}”',
	'field.emotion.reason': 'Hvorfor? Hvad kunden tænker og føler',
	'field.emotion.desired': 'Ønsket følelse',
	'emotion.veryNegative': 'Meget negativ',
	'emotion.negative': 'Negativ',
	'emotion.neutral': 'Neutral',
	'emotion.positive': 'Positiv',
	'emotion.veryPositive': 'Meget positiv',
	'emotions.curve': 'Følelseskurve',
	'emotions.curveKeys':
		'På kurven: ← og → går fra punkt til punkt, Home og End springer til enderne.',
	'emotions.line.current': 'Følelse nu',
	'emotions.tooltip.current': 'Nu: {score}',
	'emotions.tooltip.desired': 'Ønsket: {score}',
	'emotions.point': '{n} af {total}: {title} – {score}',
	'emotions.pointWithDesired': '{n} af {total}: {title} – {score} (ønsket: {desired})',
	'emotions.summary.one': 'Følelseskurve over {n} kontaktpunkt.',
	'emotions.summary.other': 'Følelseskurve over {n} kontaktpunkter.',
	'emotions.summary.none': 'Intet er vurderet endnu.',
	'emotions.summary.unscored': 'Endnu ikke vurderet: {n}.',
	'emotions.summary.noLows': 'Ingen lavpunkter.',
	'emotions.summary.lows': 'Lavpunkter: {n}.',
	'emotions.summary.lowest': 'Lavest er “{title}” ({score}) i {phase}.',
	'emotions.summary.lowestNoPhase': 'Lavest er “{title}” ({score}).',
	'emotions.summary.belowDesired': 'Under den ønskede følelse: {n}.',
	'emotions.showTable': 'Vis data som tabel',
	'emotions.hideTable': 'Skjul tabellen',
	'emotions.table.caption': 'Følelseskurven, punkt for punkt',
	'emotions.col.number': '#',
	'emotions.col.phase': 'Fase',
	'emotions.col.touchpoint': 'Kontaktpunkt',
	'emotions.col.score': 'Følelse',
	'emotions.col.desired': 'Ønsket',
	'emotions.col.gap': 'Hul',
	'emotions.yes': 'Ja',
	'emotions.no': 'Nej',
	'emotions.noPhase': 'Ingen fase'
} satisfies Record<keyof typeof english, string>;
