// En medfacilitator på en anden bærbar, på dansk; nøglerne er de engelske.
import type { cofacilitation as en } from '../../en/room/cofacilitation';

export const cofacilitation: Record<keyof typeof en, string> = {
	'co.invite': 'Inviter en medfacilitator',
	'co.invite.hide': 'Skjul invitationen',
	'co.invite.hint':
		'Åbn linket på den anden bærbare, på samme wi-fi. Det åbner hele workshoppen: giv det kun til din medfacilitator, aldrig til rummet.',
	'co.invite.qr': 'QR-kode med linket til en medfacilitator',
	'co.join.title': 'Deltag som medfacilitator',
	'co.join.lead':
		'Workshoppen kopieres til denne bærbare og holdes i takt med den anden facilitators. Falder netværket ud, så arbejd videre: den indhenter, når det er tilbage.',
	'co.join.name': 'Dit navn',
	'co.join.nameHint': 'Den anden facilitator ser det ved det trin, du er på.',
	'co.join.go': 'Deltag i workshoppen',
	'co.join.joining': 'Kopierer workshoppen …',
	'co.join.noToken': 'Linket mangler sin nøgle. Åbn hele linket, eller scan QR-koden igen.',
	'co.join.noServer':
		'Kunne ikke nå facilitatorens bærbare. Tjek at begge er på samme wi-fi, og prøv igen.',
	'co.join.refused': 'Linket åbner ikke workshoppen. Bed facilitatoren om et nyt.',
	'co.join.closed': 'Rummet er lukket. Bed facilitatoren om at åbne det igen.',
	'co.join.notShared':
		'Workshoppen er ikke delt endnu: den skal være åben på facilitatorens bærbare. Prøv igen om lidt.',
	'co.join.storage':
		'Browseren ville ikke gemme workshoppen (lageret er fuldt eller blokeret). Frigør plads, eller brug en anden browser, og prøv igen.',
	'co.presence.label': 'Også i workshoppen',
	'co.presence.someone': 'En facilitator',
	'co.presence.step': 'trin {n}',
	'co.presence.report': 'rapporten',
	'co.presence.typing': 'skriver i “{field}”',
	'co.presence.follow': 'Følg',
	'co.presence.unfollow': 'Stop med at følge',
	'co.presence.go': 'Gå til trin {n}'
};
