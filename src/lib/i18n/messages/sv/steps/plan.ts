// Step 6 “Plan the journey”: the words on its screen in Swedish.
// The keys are the English file's (steps/plan.ts); the compiler checks both have the same.
import type { plan as english } from '../../en/steps/plan';

export const plan = {
	'step.plan.title': 'Planera kundresan',
	'step.plan.purpose': 'Sätt ramen för kartan: kundens mål och faserna i den verkliga resan.',
	'step.plan.prompt1': 'Vad vill kunden uppnå?',
	'step.plan.prompt2': 'Vad förväntade sig kunden innan det hela började?',
	'step.plan.prompt3': 'Vilka faser har resan egentligen, enligt intervjuerna?',
	'step.plan.prompt4': 'Var börjar resan för kunden – och när är den verkligen slut?',
	'step.plan.prompt5': 'Kartlägger vi det som händer, eller det vi önskar skulle hända?',
	'step.plan.tip':
		'Kartlägg resan som intervjuerna beskriver den, med väntan och omvägar – inte processen på papperet. Ge faserna namn med kundens ord, t.ex. Behov, Beställning, Väntan, Leverans, Första användning, Uppföljning. Fyra till sju faser brukar räcka.',
	'warn.plan.noPhases': 'Lägg till minst en fas.',
	'field.plan.title': 'Kartans titel',
	'field.plan.customerGoal': 'Kundens mål',
	'field.plan.expectations': 'Kundens förväntningar',
	'plan.phases': 'Faser',
	'plan.addPhase': 'Lägg till fas',
	'field.phase.name': 'Fas {n}',
	'plan.phaseEmpty': 'Ge fasen ett namn, t.ex. ”Väntan”.',
	'plan.phaseDuplicate': 'En annan fas heter likadant. Ge varje fas ett eget namn.',
	'plan.touchpoints.none': 'Inga beröringspunkter än',
	'plan.touchpoints.one': '{n} beröringspunkt',
	'plan.touchpoints.other': '{n} beröringspunkter',
	'plan.notes.one': '{n} intervjuanteckning',
	'plan.notes.other': '{n} intervjuanteckningar',
	'plan.lastPhase':
		'Den sista fasen kan inte tas bort: en resa behöver minst en fas. Byt namn på den i stället.',
	'plan.remove.title': 'Ta bort ”{phase}”?',
	'plan.remove.holds': '”{phase}” innehåller {what}.',
	'plan.remove.both': '{touchpoints} och {notes}',
	'plan.remove.where.one': 'Vart ska den flyttas?',
	'plan.remove.where.other': 'Vart ska de flyttas?',
	'plan.remove.notesHint':
		'Intervjuanteckningarna stannar hos ”{phase}” och visas som anteckningar för en borttagen fas.',
	'plan.remove.confirm': 'Flytta och ta bort',
	'plan.remove.cancel': 'Avbryt',
	'plan.removed': '”{phase}” är borttagen – beröringspunkterna finns nu i ”{target}”',
	'plan.removedNotesKept':
		'”{phase}” är borttagen – intervjuanteckningarna finns kvar under dess namn',
	'phase.before': 'Före',
	'phase.during': 'Under',
	'phase.after': 'Efter'
} satisfies Record<keyof typeof english, string>;
