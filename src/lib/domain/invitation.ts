// What the team lead sends out before the workshop: the invitation, as plain text to paste into an
// e-mail or a calendar invite, and the name of the workshop file handed to the facilitator.
// Pure: the words come in through a translate function (the app passes its `t`, a test passes a
// translator for any language), and dates and times are written by Intl in the language asked
// for, so the domain stays free of the app's i18n and of the browser.
import { parseClock, schedule, totalMinutes } from './agenda';
import type { Locale, StepId, WorkshopRecord } from './types';
import { isIsoDate } from './dates';
import { clock, longDate } from './format';
import { journeyFileName } from './file-names';

/** Every message the invitation uses; the app's catalogue must have them all. */
export type InvitationKey =
	| 'prepare.invite.subject'
	| 'prepare.invite.greeting'
	| 'prepare.invite.intro'
	| 'prepare.invite.when'
	| 'prepare.invite.where'
	| 'prepare.invite.facilitator'
	| 'prepare.invite.dateOpen'
	| 'prepare.invite.placeOpen'
	| 'prepare.invite.time'
	| 'prepare.invite.slot'
	| 'prepare.invite.length'
	| 'prepare.invite.why'
	| 'prepare.invite.purpose'
	| 'prepare.invite.goal'
	| 'prepare.invite.agenda'
	| 'prepare.invite.agendaMinutes'
	| 'prepare.invite.bring'
	| 'prepare.invite.bring1'
	| 'prepare.invite.bring2'
	| 'prepare.invite.bring3'
	| 'prepare.invite.closing'
	| 'prepare.invite.untitled'
	| `step.${StepId}.title`;

export type InvitationTranslate = (
	key: InvitationKey,
	params?: Record<string, string | number>
) => string;

/** What the invitation reads from the workshop record. */
export type InvitationData = Pick<
	WorkshopRecord,
	'journey' | 'date' | 'facilitator' | 'agenda' | 'preparation'
>;

/** "Friday 14 March 2025" in `locale`, or null when `iso` is not a whole date. */
export function invitationDate(iso: string, locale: Locale): string | null {
	return isIsoDate(iso) ? longDate(iso, locale) : null;
}

/** The invitation as plain text: a subject line, then the letter, lines joined with "\n". */
export function invitationText(
	data: InvitationData,
	t: InvitationTranslate,
	locale: Locale
): string {
	const journey = data.journey.name.trim() || t('prepare.invite.untitled');
	const start = parseClock(data.agenda.start);
	const time = (m: number) => clock(m, locale);
	const when = [
		invitationDate(data.date, locale) ?? t('prepare.invite.dateOpen'),
		start === null
			? t('prepare.invite.length', { minutes: totalMinutes(data.agenda) })
			: t('prepare.invite.time', {
					from: time(start),
					to: time(start + totalMinutes(data.agenda))
				})
	].join(', ');
	const place = data.preparation.place.trim() || t('prepare.invite.placeOpen');
	const facilitator = data.facilitator.trim();
	const goal = data.journey.businessGoal.trim();
	const agenda = schedule(data.agenda).map((slot) => {
		const span =
			slot.from === null || slot.to === null
				? t('prepare.invite.agendaMinutes', { minutes: slot.minutes })
				: t('prepare.invite.slot', { from: time(slot.from), to: time(slot.to) });
		return `${span}  ${t(`step.${slot.step}.title`)}`;
	});
	const bring = (['bring1', 'bring2', 'bring3'] as const).map(
		(k) => `- ${t(`prepare.invite.${k}`)}`
	);
	return [
		t('prepare.invite.subject', { journey }),
		'',
		t('prepare.invite.greeting'),
		'',
		t('prepare.invite.intro', { journey }),
		'',
		t('prepare.invite.when', { when }),
		t('prepare.invite.where', { place }),
		...(facilitator ? [t('prepare.invite.facilitator', { name: facilitator })] : []),
		'',
		t('prepare.invite.why'),
		t('prepare.invite.purpose'),
		...(goal ? [t('prepare.invite.goal', { goal })] : []),
		'',
		t('prepare.invite.agenda'),
		...agenda,
		'',
		t('prepare.invite.bring'),
		...bring,
		'',
		t('prepare.invite.closing')
	].join('\n');
}

/** `<journey>-<date>-workshop.json`, safe to save on any system. */
export function workshopFileName(journeyName: string, date: string): string {
	return journeyFileName(journeyName, date, '-workshop', 'json');
}
