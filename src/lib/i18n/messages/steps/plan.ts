// Step 6 “Plan the journey”: the words on its screen in English, Danish and Swedish, side by side.
import { defineMessages } from '../define';

export const plan = defineMessages({
	en: {
		'step.plan.title': 'Plan the journey',
		'step.plan.purpose':
			'Set the frame of the map: the customer’s goal and the phases of the real journey.',
		'step.plan.prompt1': 'What is the customer trying to get done?',
		'step.plan.prompt2':
			'Which phases does the journey really have, as the interviews describe it?',
		'step.plan.prompt3': 'Are we mapping what happens, or what we wish happened?',
		'warn.plan.noPhases': 'Add at least one phase.',
		'field.plan.title': 'Map title',
		'field.plan.customerGoal': 'The customer’s goal',
		'field.plan.expectations': 'The customer’s expectations',
		'plan.phases': 'Phases',
		'plan.addPhase': 'Add phase',
		'field.phase.name': 'Phase {n}',
		'plan.phaseInUse': 'Touchpoints in “{phase}” move to “{target}”.',
		'plan.lastPhase': 'A journey needs at least one phase.',
		'phase.before': 'Before',
		'phase.during': 'During',
		'phase.after': 'After'
	},
	da: {
		'step.plan.title': 'Planlæg rejsen',
		'step.plan.purpose': 'Sæt rammen for kortet: kundens mål og faserne i den virkelige rejse.',
		'step.plan.prompt1': 'Hvad prøver kunden at få gjort?',
		'step.plan.prompt2':
			'Hvilke faser har rejsen i virkeligheden, sådan som interviewene beskriver den?',
		'step.plan.prompt3': 'Kortlægger vi det, der sker — eller det, vi ønsker skete?',
		'warn.plan.noPhases': 'Tilføj mindst én fase.',
		'field.plan.title': 'Kortets titel',
		'field.plan.customerGoal': 'Kundens mål',
		'field.plan.expectations': 'Kundens forventninger',
		'plan.phases': 'Faser',
		'plan.addPhase': 'Tilføj fase',
		'field.phase.name': 'Fase {n}',
		'plan.phaseInUse': 'Kontaktpunkter i “{phase}” flyttes til “{target}”.',
		'plan.lastPhase': 'En kunderejse skal have mindst én fase.',
		'phase.before': 'Før',
		'phase.during': 'Under',
		'phase.after': 'Efter'
	},
	sv: {
		'step.plan.title': 'Planera kundresan',
		'step.plan.purpose': 'Sätt ramen för kartan: kundens mål och faserna i den verkliga resan.',
		'step.plan.prompt1': 'Vad vill kunden få gjort?',
		'step.plan.prompt2': 'Vilka faser har resan egentligen, så som intervjuerna beskriver den?',
		'step.plan.prompt3': 'Kartlägger vi det som händer, eller det vi önskar hände?',
		'warn.plan.noPhases': 'Lägg till minst en fas.',
		'field.plan.title': 'Kartans titel',
		'field.plan.customerGoal': 'Kundens mål',
		'field.plan.expectations': 'Kundens förväntningar',
		'plan.phases': 'Faser',
		'plan.addPhase': 'Lägg till fas',
		'field.phase.name': 'Fas {n}',
		'plan.phaseInUse': 'Beröringspunkterna i ”{phase}” flyttas till ”{target}”.',
		'plan.lastPhase': 'En kundresa behöver minst en fas.',
		'phase.before': 'Före',
		'phase.during': 'Under',
		'phase.after': 'Efter'
	}
});
