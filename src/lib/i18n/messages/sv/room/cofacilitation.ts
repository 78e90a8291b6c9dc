// En medfacilitator på en andra bärbar dator, på svenska; nycklarna är de engelska.
import type { cofacilitation as en } from '../../en/room/cofacilitation';

export const cofacilitation: Record<keyof typeof en, string> = {
	'co.invite': 'Bjud in en medfacilitator',
	'co.invite.hide': 'Dölj inbjudan',
	'co.invite.hint':
		'Öppna länken på den andra datorn, på samma wifi. Den öppnar hela workshoppen: ge den bara till din medfacilitator, aldrig till rummet.',
	'co.invite.qr': 'QR-kod med länken för en medfacilitator',
	'co.join.title': 'Delta som medfacilitator',
	'co.join.lead':
		'Workshoppen kopieras till den här datorn och hålls i takt med den andra facilitatorns. Om nätet försvinner, jobba vidare: den kommer ikapp när det är tillbaka.',
	'co.join.name': 'Ditt namn',
	'co.join.nameHint': 'Den andra facilitatorn ser det vid steget du är på.',
	'co.join.go': 'Delta i workshoppen',
	'co.join.joining': 'Kopierar workshoppen …',
	'co.join.noToken': 'Länken saknar sin nyckel. Öppna hela länken, eller skanna QR-koden igen.',
	'co.join.noServer':
		'Kunde inte nå facilitatorns dator. Kontrollera att båda datorerna är på samma wifi och försök igen.',
	'co.join.refused': 'Länken öppnar inte workshoppen. Be facilitatorn om en ny.',
	'co.join.closed': 'Rummet är stängt. Be facilitatorn att öppna det igen.',
	'co.join.notShared':
		'Workshoppen delas inte än: den måste vara öppen på facilitatorns dator. Försök igen om en stund.',
	'co.join.storage':
		'Webbläsaren ville inte spara workshoppen (lagringen är full eller blockerad). Frigör utrymme, eller använd en annan webbläsare, och försök igen.',
	'co.presence.label': 'Också i workshoppen',
	'co.presence.someone': 'En facilitator',
	'co.presence.step': 'steg {n}',
	'co.presence.report': 'rapporten',
	'co.presence.typing': 'skriver i ”{field}”',
	'co.presence.follow': 'Följ',
	'co.presence.unfollow': 'Sluta följa',
	'co.presence.go': 'Gå till steg {n}'
};
