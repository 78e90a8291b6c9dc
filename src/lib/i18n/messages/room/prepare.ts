// The team lead's preparation view: agenda, invitees, invitation, checklist, hand-over, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const prepare = defineMessages({
	en: {},
	da: {},
	sv: {}
});
