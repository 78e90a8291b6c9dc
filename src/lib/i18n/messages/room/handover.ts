// Opening a workshop file handed over by the team lead, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const handover = defineMessages({
	en: {},
	da: {},
	sv: {}
});
