// The words the PDF report shares with the app's screens: channels, customer segments, lifecycle
// stages, whether an expectation was met, the emotion scale and the 2×2's quadrants. They are
// taken from the app's catalogue, so the report and the screens never name one thing two ways.
import type { Locale } from '$lib/domain/types';
import { core as daCore } from './messages/da/core';
import { emotions as daEmotions } from './messages/da/steps/emotions';
import { interviews as daInterviews } from './messages/da/steps/interviews';
import { journey as daJourney } from './messages/da/steps/journey';
import { opportunities as daOpportunities } from './messages/da/steps/opportunities';
import { core as enCore } from './messages/en/core';
import { emotions as enEmotions } from './messages/en/steps/emotions';
import { interviews as enInterviews } from './messages/en/steps/interviews';
import { journey as enJourney } from './messages/en/steps/journey';
import { opportunities as enOpportunities } from './messages/en/steps/opportunities';
import { core as svCore } from './messages/sv/core';
import { emotions as svEmotions } from './messages/sv/steps/emotions';
import { interviews as svInterviews } from './messages/sv/steps/interviews';
import { journey as svJourney } from './messages/sv/steps/journey';
import { opportunities as svOpportunities } from './messages/sv/steps/opportunities';

export const SHARED_KEYS = [
	'lifecycle.aware',
	'lifecycle.consider',
	'lifecycle.buy',
	'lifecycle.onboard',
	'lifecycle.use',
	'lifecycle.support',
	'lifecycle.renew',
	'segment.internal',
	'segment.b2c',
	'segment.b2b',
	'met.yes',
	'met.partly',
	'met.no',
	'emotion.veryNegative',
	'emotion.negative',
	'emotion.neutral',
	'emotion.positive',
	'emotion.veryPositive',
	'quadrant.quickWin',
	'quadrant.bigBet',
	'quadrant.fillIn',
	'quadrant.moneyPit',
	'channel.phone',
	'channel.email',
	'channel.portal',
	'channel.chat',
	'channel.in-person',
	'channel.web',
	'channel.advert',
	'channel.letter',
	'channel.app',
	'channel.review-site',
	'channel.other'
] as const;

export type SharedKey = (typeof SHARED_KEYS)[number];
type Words = Record<SharedKey, string>;

const pick = (catalogue: Words): Words =>
	Object.fromEntries(SHARED_KEYS.map((key) => [key, catalogue[key]])) as Words;

export const sharedWords: Record<Locale, Words> = {
	en: pick({ ...enCore, ...enJourney, ...enInterviews, ...enEmotions, ...enOpportunities }),
	da: pick({ ...daCore, ...daJourney, ...daInterviews, ...daEmotions, ...daOpportunities }),
	sv: pick({ ...svCore, ...svJourney, ...svInterviews, ...svEmotions, ...svOpportunities })
};
