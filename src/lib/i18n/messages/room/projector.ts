// The projector view of each step and its quick-add line, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const projector = defineMessages({
	en: {},
	da: {},
	sv: {}
});
