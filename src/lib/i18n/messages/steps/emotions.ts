// Step 8 “Emotions”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const emotions = defineMessages({
	en: {
		'step.emotions.title': 'Emotions',
		'step.emotions.purpose':
			'How does the customer feel at each touchpoint? The low points are where to act.',
		'step.emotions.prompt1': 'How does the customer feel right here?',
		'step.emotions.prompt2': 'What are they thinking at this moment?',
		'step.emotions.prompt3': 'Which low would hurt the most if we left it?',
		'warn.emotions.unscored': 'Some touchpoints have no feeling yet.',
		'emotions.curve': 'Emotion curve',
		'emotions.curveAlt': 'Emotion curve over {n} touchpoints. Lowest: {lows}.',
		'emotions.noLows': 'no lows',
		'emotions.unscored': 'Not scored',
		'field.emotion.score': 'Feeling at “{title}”',
		'field.emotion.reason': 'Why — what the customer thinks and feels',
		'emotion.veryNegative': 'Very negative',
		'emotion.negative': 'Negative',
		'emotion.neutral': 'Neutral',
		'emotion.positive': 'Positive',
		'emotion.veryPositive': 'Very positive',
		'emotions.empty': 'Add touchpoints in step 7 first.'
	},
	da: {
		'step.emotions.title': 'Følelser',
		'step.emotions.purpose':
			'Hvordan har kunden det ved hvert kontaktpunkt? Lavpunkterne er dér, I skal handle.',
		'step.emotions.prompt1': 'Hvordan har kunden det lige her?',
		'step.emotions.prompt2': 'Hvad tænker de i dette øjeblik?',
		'step.emotions.prompt3': 'Hvilket lavpunkt ville gøre mest ondt at lade være?',
		'warn.emotions.unscored': 'Nogle kontaktpunkter har endnu ingen følelse.',
		'emotions.curve': 'Følelseskurve',
		'emotions.curveAlt': 'Følelseskurve over {n} kontaktpunkter. Lavest: {lows}.',
		'emotions.noLows': 'ingen lavpunkter',
		'emotions.unscored': 'Ikke vurderet',
		'field.emotion.score': 'Følelse ved “{title}”',
		'field.emotion.reason': 'Hvorfor — hvad kunden tænker og føler',
		'emotion.veryNegative': 'Meget negativ',
		'emotion.negative': 'Negativ',
		'emotion.neutral': 'Neutral',
		'emotion.positive': 'Positiv',
		'emotion.veryPositive': 'Meget positiv',
		'emotions.empty': 'Tilføj først kontaktpunkter i trin 7.'
	},
	sv: {
		'step.emotions.title': 'Känslor',
		'step.emotions.purpose':
			'Hur känns det för kunden vid varje beröringspunkt? Det är vid lågpunkterna ni ska agera.',
		'step.emotions.prompt1': 'Hur känns det för kunden just här?',
		'step.emotions.prompt2': 'Vad tänker kunden i det här ögonblicket?',
		'step.emotions.prompt3': 'Vilken lågpunkt skulle göra mest skada om vi lät den vara?',
		'warn.emotions.unscored': 'Några beröringspunkter saknar känsla än.',
		'emotions.curve': 'Känslokurva',
		'emotions.curveAlt': 'Känslokurva över {n} beröringspunkter. Lägst: {lows}.',
		'emotions.noLows': 'inga lågpunkter',
		'emotions.unscored': 'Inte bedömd',
		'field.emotion.score': 'Känsla vid ”{title}”',
		'field.emotion.reason': 'Varför — vad kunden tänker och känner',
		'emotion.veryNegative': 'Mycket negativ',
		'emotion.negative': 'Negativ',
		'emotion.neutral': 'Neutral',
		'emotion.positive': 'Positiv',
		'emotion.veryPositive': 'Mycket positiv',
		'emotions.empty': 'Lägg först till beröringspunkter i steg 7.'
	}
});
