// The keyboard shortcuts and their list, in English, Danish and Swedish side by side.
import { defineMessages } from '../define';

export const keys = defineMessages({
	en: {},
	da: {},
	sv: {}
});
