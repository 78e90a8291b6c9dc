// Step 7 “Touchpoints”: the words on its screen in Danish.
// The keys are the English file's (steps/touchpoints.ts); the compiler checks both have the same.
import type { touchpoints as english } from '../../en/steps/touchpoints';

export const touchpoints = {
	'step.touchpoints.title': 'Kontaktpunkter',
	'step.touchpoints.purpose':
		'Hvert øjeblik, kunden møder jer, i rækkefølge – og hullerne, hvor ingen fortæller kunden noget.',
	'step.touchpoints.prompt1':
		'Hvor møder kunden os allerførste gang – en annonce, en webside, en kollega?',
	'step.touchpoints.prompt2': 'Og hvad så? Tag rejsen ét øjeblik ad gangen.',
	'step.touchpoints.prompt3': 'Hvor venter kunden uden at høre fra nogen? Sæt et hul dér.',
	'step.touchpoints.prompt4': 'Hvem i organisationen tager sig af dette øjeblik?',
	'step.touchpoints.prompt5': 'Hvilket citat fra interviewene viser, hvad der faktisk sker her?',
	'step.touchpoints.tip':
		'Lad rummet diktere: tryk Enter efter hver titel, så åbner det næste kort i samme fase. Udfyld kanaler, ansvarlige og vigtighed bagefter, ét kort ad gangen – og læs et citat højt, når rummet er uenigt.',
	'warn.touchpoints.none': 'Ingen kontaktpunkter endnu.',
	'touchpoints.add': 'Tilføj kontaktpunkt',
	'touchpoints.addGap': 'Tilføj hul',
	'touchpoints.addTo': 'Tilføj kontaktpunkt til {phase}',
	'touchpoints.addGapTo': 'Tilføj hul til {phase}',
	'touchpoints.gap': 'Hul',
	'touchpoints.gapName': 'Hul: {title}',
	'touchpoints.untitled': 'Kontaktpunkt uden titel',
	'touchpoints.untitledGap': 'Hul uden titel',
	'touchpoints.count': 'Kontaktpunkter: {n}',
	'touchpoints.showing': 'Viser {shown} af {total}',
	'touchpoints.noPhase': 'Fasen er fjernet',
	'touchpoints.noPhases':
		'Tidslinjen har én kolonne pr. fase. Tilføj rejsens faser i trin 6 først.',
	'touchpoints.allHidden': 'Skjult af filtrene.',
	'touchpoints.keys':
		'Enter åbner et kort. Alt+↑ eller Alt+↓ flytter det inden for fasen, Alt+← eller Alt+→ til fasen før eller efter; G tilføjer et hul lige efter det; Delete sletter det. Kort kan også trækkes.',
	'touchpoints.moved': '“{title}” er flyttet til {phase}, plads {position} af {count}',
	'touchpoints.duplicated': '“{title}” er kopieret. Kopien ligger lige efter.',
	'touchpoints.card.customer': 'Kunde {n}',
	'touchpoints.card.business': 'Forretning {n}',
	'touchpoints.card.quotes': 'Tilknyttede citater:',
	'touchpoints.edit': 'Kontaktpunkt',
	'touchpoints.editGap': 'Hul',
	'touchpoints.isGap': 'Et hul: her mangler kommunikationen',
	'touchpoints.duplicate': 'Duplikér',
	'touchpoints.gapAfter': 'Tilføj et hul efter dette kort',
	'touchpoints.delete': 'Slet',
	'touchpoints.done': 'Færdig',
	'touchpoints.filters': 'Filtre',
	'touchpoints.filter.phase': 'Vis fase',
	'touchpoints.filter.channel': 'Vis kanal',
	'touchpoints.filter.owner': 'Vis ansvarlig',
	'touchpoints.filter.allPhases': 'Alle faser',
	'touchpoints.filter.allChannels': 'Alle kanaler',
	'touchpoints.filter.allOwners': 'Alle',
	'touchpoints.filter.noChannel': 'Ingen kanal endnu',
	'touchpoints.filter.clear': 'Nulstil filtre',
	'touchpoints.evidence': 'Citater fra interviewene',
	'touchpoints.evidence.none':
		'Ingen citater endnu. Skriv dem ved interviewene i trin 5, ét pr. linje.',
	'touchpoints.evidence.interview': 'Interview {n}',
	'touchpoints.evidence.stale': 'Tilknyttet, men ikke længere i et interview',
	'field.touchpoint.title': 'Kontaktpunkt',
	'field.touchpoint.gapTitle': 'Hul: hvor mangler kommunikationen?',
	'field.touchpoint.phase': 'Fase',
	'field.touchpoint.channel': 'Kanal',
	'field.touchpoint.customerAction': 'Hvad kunden gør',
	'field.touchpoint.owner': 'Ansvarlig',
	'field.touchpoint.importanceCustomer': 'Vigtighed for kunden (1–5)',
	'field.touchpoint.importanceBusiness': 'Vigtighed for forretningen (1–5)',
	'error.importance': 'Skriv et tal fra 1 til 5.'
} satisfies Record<keyof typeof english, string>;
