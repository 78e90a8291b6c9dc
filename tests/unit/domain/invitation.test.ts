// The invitation the team lead copies into an e-mail, in each language, and the hand-over file's
// name. The words come from the app's own catalogues through the same translator the app uses.
import { describe, expect, it } from 'vitest';
import { invitationDate, invitationText, workshopFileName } from '$lib/domain/invitation';
import { clock } from '$lib/domain/format';
import type { Locale } from '$lib/domain/types';
import { da } from '$lib/i18n/messages/da';
import { en } from '$lib/i18n/messages/en';
import { sv } from '$lib/i18n/messages/sv';
import { makeTranslator } from '$lib/i18n/translate';
import { blankWorkshop } from './helpers';

const translate = (locale: Locale) => makeTranslator({ en, da, sv }, locale);

function prepared() {
	const { workshop } = blankWorkshop();
	workshop.journey.name = 'Ny bærbar – Malmö';
	workshop.journey.businessGoal = 'Fewer calls to the service desk';
	workshop.date = '2025-03-14';
	workshop.facilitator = 'Søs Ågren';
	workshop.preparation.place = 'Room 3.14, 2nd floor';
	workshop.agenda.start = '09:00';
	return workshop;
}

describe('invitationText', () => {
	it('writes the whole invitation in English', () => {
		expect(invitationText(prepared(), translate('en'), 'en')).toBe(
			[
				'Invitation: customer journey workshop – Ny bærbar – Malmö',
				'',
				'Hello,',
				'',
				'You are invited to a workshop where we map the customer journey “Ny bærbar – Malmö” together: what the customer goes through, step by step, and how it feels along the way.',
				'',
				`When: ${invitationDate('2025-03-14', 'en')}, 09:00–12:00`,
				'Where: Room 3.14, 2nd floor',
				'Facilitator: Søs Ågren',
				'',
				'Why we meet',
				'To see the journey through the customer’s eyes, find where it hurts, and agree on what to change and who will do it.',
				'The map should help us with this: Fewer calls to the service desk',
				'',
				'Agenda',
				'09:00–09:10  One journey',
				'09:10–09:20  Everyone involved',
				'09:20–09:40  Desired experience',
				'09:40–09:55  Persona',
				'09:55–10:15  Today’s experience',
				'10:15–10:25  Plan the journey',
				'10:25–10:55  Touchpoints',
				'10:55–11:15  Emotions',
				'11:15–11:45  Opportunities',
				'11:45–12:00  Keep improving',
				'',
				'Please bring',
				'- Stories from customers: complaints, praise, questions you often hear.',
				'- Examples of what the customer sees: e-mails, forms, web pages.',
				'- What you know of your own part of the journey, in front of the customer or behind the scenes.',
				'',
				'See you there!'
			].join('\n')
		);
		expect(invitationDate('2025-03-14', 'en')).toMatch(/Friday,? 14 March 2025/);
	});

	it('speaks Danish, with the date and times written the Danish way', () => {
		const text = invitationText(prepared(), translate('da'), 'da');
		expect(text).toMatch(/^Invitation: workshop om kunderejsen – Ny bærbar – Malmö\n/);
		expect(text).toContain('Hvornår: fredag den 14. marts 2025, kl. 09.00–12.00\n');
		expect(text).toContain('Hvor: Room 3.14, 2nd floor\n');
		expect(text).toContain('Facilitator: Søs Ågren\n');
		expect(text).toContain('Kortet skal hjælpe os med dette: Fewer calls to the service desk\n');
		expect(text).toContain('\n09.40–09.55  Persona\n');
		expect(text).toContain('\n10.25–10.55  Kontaktpunkter\n');
		expect(text).toContain('\nTag gerne med\n- Historier fra kunderne');
		expect(text).not.toMatch(/prepare\.|step\./);
	});

	it('speaks Swedish', () => {
		const text = invitationText(prepared(), translate('sv'), 'sv');
		expect(text).toMatch(/^Inbjudan: workshop om kundresan – Ny bærbar – Malmö\n/);
		expect(text).toContain('kartlägger kundresan ”Ny bærbar – Malmö”');
		expect(text).toContain('När: fredag 14 mars 2025, kl. 09:00–12:00\n');
		expect(text).toContain('Var: Room 3.14, 2nd floor\n');
		expect(text).toContain('Facilitator: Søs Ågren\n');
		expect(text).toContain('\n11:15–11:45  Möjligheter\n');
		expect(text).toMatch(/\nVälkommen!$/);
		expect(text).not.toMatch(/prepare\.|step\./);
	});

	it('follows the agenda: a longer step moves every later time and the end of the day', () => {
		const workshop = prepared();
		workshop.agenda.start = '13:00';
		workshop.agenda.minutes.touchpoints = 45;
		const text = invitationText(workshop, translate('en'), 'en');
		expect(text).toContain(', 13:00–16:15\n');
		expect(text).toContain('\n14:25–15:10  Touchpoints\n');
		expect(text).toContain('\n16:00–16:15  Keep improving\n');
	});

	it('says what is still open instead of leaving blanks, and leaves out what is unknown', () => {
		const { workshop } = blankWorkshop();
		workshop.agenda.start = '';
		const text = invitationText(workshop, translate('en'), 'en');
		expect(text).toMatch(/^Invitation: customer journey workshop – untitled journey\n/);
		expect(text).toContain('When: date to be decided, about 180 minutes\n');
		expect(text).toContain('Where: to be decided\n');
		expect(text).not.toContain('Facilitator:');
		expect(text).not.toContain('The map should help us');
		expect(text).toContain('\n10 min  One journey\n');
		expect(text).toContain('\n30 min  Touchpoints\n');
	});

	it('shows what the team lead typed exactly as typed', () => {
		const workshop = prepared();
		workshop.preparation.place = '  <Mødelokale "Åbo"> & co  ';
		const text = invitationText(workshop, translate('sv'), 'sv');
		expect(text).toContain('Var: <Mødelokale "Åbo"> & co\n');
	});
});

describe('dates and times for the invitation', () => {
	it('writes times of day as each language does, and refuses what is not a date', () => {
		expect(clock(9 * 60 + 5, 'en')).toBe('09:05');
		expect(clock(9 * 60 + 5, 'da')).toBe('09.05');
		expect(clock(24 * 60 + 30, 'sv')).toBe('00:30');
		expect(invitationDate('', 'en')).toBeNull();
		expect(invitationDate('14/03/2025', 'en')).toBeNull();
	});
});

describe('workshopFileName', () => {
	it('names the file after the journey and the day, safe on any system', () => {
		expect(workshopFileName('Ny bærbar – Malmö', '2025-03-14')).toBe(
			'Ny-bærbar–Malmö-2025-03-14-workshop.json'
		);
		expect(workshopFileName('IT / HR: "onboarding"?', '')).toBe('IT-HR-onboarding-workshop.json');
		expect(workshopFileName('  ', '2025-03-14')).toBe('journey-2025-03-14-workshop.json');
	});
});
