// How the facilitator likes the screen, remembered on this device across steps and workshops:
// whether the prompts for the room are open. Not workshop data, so it lives in localStorage.
const KEY = 'journey-workshop.prompts-open';

class ScreenPrefs {
	#promptsOpen = $state(typeof localStorage === 'undefined' || localStorage.getItem(KEY) !== '0');

	get promptsOpen() {
		return this.#promptsOpen;
	}

	set promptsOpen(open: boolean) {
		this.#promptsOpen = open;
		localStorage.setItem(KEY, open ? '1' : '0');
	}
}

export const prefs = new ScreenPrefs();
