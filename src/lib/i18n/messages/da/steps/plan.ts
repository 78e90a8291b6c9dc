// Step 6 “Plan the journey”: the words on its screen in Danish.
// The keys are the English file's (steps/plan.ts); the compiler checks both have the same.
import type { plan as english } from '../../en/steps/plan';

export const plan = {
	'step.plan.title': 'Planlæg rejsen',
	'step.plan.purpose': 'Sæt rammen for kortet: kundens mål og faserne i den virkelige rejse.',
	'step.plan.prompt1': 'Hvad prøver kunden at få gjort?',
	'step.plan.prompt2': 'Hvad forventede kunden, før det hele gik i gang?',
	'step.plan.prompt3': 'Hvilke faser har rejsen reelt ifølge interviewene?',
	'step.plan.prompt4': 'Hvor begynder rejsen for kunden – og hvornår er den helt slut?',
	'step.plan.prompt5': 'Kortlægger vi virkeligheden – eller det, vi ønsker os?',
	'step.plan.tip':
		'Kortlæg den rejse, interviewene beskriver, med ventetid og omveje – ikke processen på papiret. Giv faserne navne med kundens ord, fx Behov, Bestilling, Ventetid, Levering, Første brug, Opfølgning. Fire til syv faser er som regel nok.',
	'warn.plan.noPhases': 'Tilføj mindst én fase.',
	'field.plan.title': 'Kortets titel',
	'field.plan.customerGoal': 'Kundens mål',
	'field.plan.expectations': 'Kundens forventninger',
	'plan.phases': 'Faser',
	'plan.addPhase': 'Tilføj fase',
	'field.phase.name': 'Fase {n}',
	'plan.phaseEmpty': 'Giv fasen et navn, fx “Ventetid”.',
	'plan.phaseDuplicate': 'En anden fase hedder det samme. Giv hver fase sit eget navn.',
	'plan.touchpoints.none': 'Ingen kontaktpunkter endnu',
	'plan.touchpoints.one': '{n} kontaktpunkt',
	'plan.touchpoints.other': '{n} kontaktpunkter',
	'plan.notes.one': '{n} interviewnote',
	'plan.notes.other': '{n} interviewnoter',
	'plan.lastPhase':
		'Den sidste fase kan ikke fjernes: en rejse skal have mindst én. Omdøb den i stedet.',
	'plan.remove.title': 'Fjern “{phase}”?',
	'plan.remove.holds': '“{phase}” indeholder {what}.',
	'plan.remove.both': '{touchpoints} og {notes}',
	'plan.remove.where.one': 'Hvor skal den hen?',
	'plan.remove.where.other': 'Hvor skal de hen?',
	'plan.remove.notesHint':
		'Interviewnoterne bliver hos “{phase}” og vises som noter til en fjernet fase.',
	'plan.remove.confirm': 'Flyt og fjern',
	'plan.remove.cancel': 'Annullér',
	'plan.removed': '“{phase}” er fjernet – kontaktpunkterne ligger nu i “{target}”',
	'plan.removedNotesKept': '“{phase}” er fjernet – interviewnoterne er gemt under fasens navn',
	'phase.before': 'Før',
	'phase.during': 'Under',
	'phase.after': 'Efter'
} satisfies Record<keyof typeof english, string>;
