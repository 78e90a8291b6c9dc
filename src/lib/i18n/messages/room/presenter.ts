// The presenter window on the facilitator's own screen, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const presenter = defineMessages({
	en: {},
	da: {},
	sv: {}
});
