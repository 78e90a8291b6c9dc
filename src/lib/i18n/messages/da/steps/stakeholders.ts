// Step 2 “Everyone involved”: the words on its screen in Danish.
// The keys are the English file's (steps/stakeholders.ts); the compiler checks both have the same.
import type { stakeholders as english } from '../../en/steps/stakeholders';

export const stakeholders = {
	'step.stakeholders.title': 'Alle involverede',
	'step.stakeholders.purpose':
		'Kundeoplevelsen er et fælles ansvar. Skriv alle op, der leverer en del af den – foran og bag kulisserne.',
	'step.stakeholders.prompt1': 'Hvem møder kunden undervejs?',
	'step.stakeholders.prompt2':
		'Hvem arbejder bag kulisserne for at få det til at ske – hardware, indkøb, økonomi?',
	'step.stakeholders.prompt3': 'Hvor bliver kunden sendt videre fra ét team til et andet?',
	'step.stakeholders.prompt4': 'Hvem mangler i rummet i dag?',
	'step.stakeholders.prompt5': 'Hvem kan ændre noget, når vi senere finder et lavpunkt?',
	'step.stakeholders.tip':
		'Bed alle i rummet om først at skrive sig selv på og derefter de kolleger, de giver opgaven videre til. Teams bag kulisserne bliver let glemt, og ofte er det dem, der står for den ventetid, kunden mærker.',
	'warn.stakeholders.fewerThanTwo':
		'En kunderejse leveres sjældent af under to personer. Hvem er ellers med?',
	'stakeholders.heading': 'Interessenter',
	'stakeholders.add': 'Tilføj interessent',
	'stakeholders.overview': 'Hvem er med',
	'stakeholders.attending': '{n} af {total} deltager i workshoppen',
	'stakeholders.front': 'Foran kulisserne · {n}',
	'stakeholders.back': 'Bag kulisserne · {n}',
	'stakeholders.frontHint': 'Møder kunden',
	'stakeholders.backHint': 'Arbejder i baggrunden',
	'stakeholders.nobody': 'Ingen endnu',
	'stakeholders.inRoom': 'I rummet',
	'stakeholders.owns': 'Ansvarlig for {list}',
	'stakeholders.touchpoints.one': '{n} kontaktpunkt',
	'stakeholders.touchpoints.other': '{n} kontaktpunkter',
	'stakeholders.opportunities.one': '{n} mulighed',
	'stakeholders.opportunities.other': '{n} muligheder',
	'field.stakeholder.name': 'Navn',
	'field.stakeholder.team': 'Team',
	'field.stakeholder.role': 'Rolle i rejsen',
	'field.stakeholder.stage': 'Foran eller bag kulisserne',
	'field.stakeholder.attends': 'Deltager i workshoppen',
	'stage.front': 'Foran kulisserne',
	'stage.back': 'Bag kulisserne'
} satisfies Record<keyof typeof english, string>;
