// The room as this window runs it: the open workshop plus how it is shown (the editing wizard
// or the projector view, the projector's theme, the shortcut list), and every live control —
// next step, timer, projector mode, full screen, the presenter window. The keyboard and the
// presenter window both come through `run`, so a key and a remote button do exactly the same.
// The theme belongs to the room and the projector, so it is remembered on this device;
// projector mode belongs to one window (`?view=projector` opens a window straight into it).
import { resolve } from '$app/paths';
import { locale } from '$lib/i18n/locale.svelte';
import { LiveRoom } from '$lib/session/live-room.svelte';
import type { WorkshopSession } from '$lib/session/workshop-session.svelte';
import {
	openRoomChannel,
	type RoomCommand,
	type RoomMessage,
	type RoomState
} from '$lib/session/room-channel';
import { historyWords } from '../history/history-words';
import { Pager } from '../projector/pager.svelte';
import type { ProjectorTheme } from '../projector/themes';
import { prefs } from './prefs.svelte';
import { ROOM_COMMANDS, type RoomAction } from './shortcuts';

const THEME_KEY = 'journey-workshop.projector-theme';

function storedTheme(): ProjectorTheme {
	if (typeof localStorage === 'undefined') return 'dark';
	return localStorage.getItem(THEME_KEY) === 'light' ? 'light' : 'dark';
}

export class Room {
	projector = $state(false);
	help = $state(false);
	/** A presenter window has said hello and not yet goodbye. */
	presenterOpen = $state(false);
	/** How many moves a key or the presenter asked for and a hard guard refused (step 1 has no
	 *  name yet): each one is said again, as a press of "Next" would show it. */
	refused = $state(0);
	/** The projector's pages of a step that fills more than one screen. */
	readonly pager = new Pager();
	/** The live room phones join (opened with R or the room bar's button). */
	readonly live: LiveRoom;
	/** The wizard's room panel is open. */
	livePanel = $state(false);
	/** The projector shows how to join (while the room is open). */
	joinShown = $state(true);
	#theme: ProjectorTheme = $state(storedTheme());
	#presenter: Window | null = null;

	constructor(
		readonly session: WorkshopSession,
		projector = false
	) {
		this.projector = projector;
		this.live = new LiveRoom(session);
	}

	get theme(): ProjectorTheme {
		return this.#theme;
	}

	set theme(theme: ProjectorTheme) {
		this.#theme = theme;
		localStorage.setItem(THEME_KEY, theme);
	}

	/** A command from a key or from the presenter window. */
	run(command: RoomCommand) {
		const { session } = this;
		switch (command.type) {
			case 'nav.next':
			case 'nav.back':
			case 'nav.goto':
				return this.#move(command);
			case 'timer.toggle':
				return session.place !== 'report' && session.timer.toggle();
			case 'timer.reset':
				return session.timer.reset();
			case 'projector.toggle':
				this.projector = !this.projector;
				return;
			case 'theme.toggle':
				this.theme = this.theme === 'dark' ? 'light' : 'dark';
				return;
			case 'prompts.toggle':
				prefs.promptsOpen = !prefs.promptsOpen;
				return;
			case 'page.next':
				return this.projector && this.pager.next();
			case 'page.back':
				return this.projector && this.pager.back();
			case 'history.undo':
				return session.undoLast();
			case 'history.redo':
				return session.redoLast();
		}
	}

	/** Moves, and counts a move the machine refused (it marks `blocked`; a key with nowhere to
	 *  go, ← on step 1, changes nothing and is not a refusal). */
	#move(command: Extract<RoomCommand, { type: 'nav.next' | 'nav.back' | 'nav.goto' }>) {
		const before = this.session.machine.snapshot;
		const place = this.session.place;
		this.session.send(command);
		const after = this.session.machine.snapshot;
		// The way in gives the step back its corner once the room moves on (R shows it again).
		if (this.session.place !== place) this.joinShown = false;
		if (after !== before && after.context.blocked) this.refused++;
	}

	/** A shortcut key. Some only make sense in this window (they need the page or a key press). */
	act(action: RoomAction) {
		const command = ROOM_COMMANDS[action];
		if (command) return this.run(command);
		if (action === 'add') this.#add();
		else if (action === 'fullscreen') void this.toggleFullscreen();
		else if (action === 'presenter') void this.openPresenter();
		else if (action === 'language') void locale.cycle();
		else if (action === 'help') this.help = true;
		else if (action === 'liveRoom') this.#liveRoom();
	}

	/** R: opens the room when it is not open; then shows or hides how to join (projector) or
	 *  the room's panel (wizard). */
	#liveRoom() {
		if (!this.live.isOpen) {
			this.livePanel = true;
			this.joinShown = true;
			return void this.live.open();
		}
		if (this.projector) this.joinShown = !this.joinShown;
		else this.livePanel = !this.livePanel;
	}

	async toggleFullscreen() {
		try {
			if (document.fullscreenElement) await document.exitFullscreen();
			else await document.documentElement.requestFullscreen();
		} catch {
			// Refused (no key press behind it, or not allowed here): the window stays as it is.
		}
	}

	/** Opens the presenter window, or brings it forward when it is open already. */
	async openPresenter() {
		const open = this.#presenter && !this.#presenter.closed && this.presenterOpen;
		if (open) return this.#presenter!.focus();
		// A presenter window that has said goodbye may take a moment to close (it saves first):
		// opened by its name meanwhile, the new page would load into the window as it goes, and
		// no window would be left. The key press still counts as the user's for a few seconds.
		await closing(this.#presenter);
		const id = this.session.workshop.id;
		this.#presenter = window.open(
			resolve('/w/[id]/presenter', { id }),
			`journey-presenter-${id}`,
			'popup=yes,width=1100,height=780'
		);
	}

	/** Where the room is, for the presenter window. */
	get state(): RoomState {
		const { session } = this;
		const timer = session.timer;
		const plan = timer.plan;
		return {
			place: session.place,
			canBack: session.machine.snapshot.can({ type: 'nav.back' }),
			projector: this.projector,
			theme: this.theme,
			promptsOpen: prefs.promptsOpen,
			page:
				this.projector && this.pager.count > 1
					? { n: this.pager.index + 1, count: this.pager.count, label: this.pager.label }
					: null,
			timer: {
				step: timer.step,
				running: timer.running,
				elapsedMs: timer.elapsedMs,
				durationMs: timer.durationMs,
				at: Date.now()
			},
			minutes: plan.minutes,
			behindMinutes: plan.behindMinutes,
			notes: { ...session.workshop.facilitation.notes },
			people: this.live.presence?.others ?? [],
			history: {
				undo: session.history.undoStep && historyWords(session.history.undoStep.label),
				redo: session.history.redoStep && historyWords(session.history.redoStep.label)
			}
		};
	}

	/** Joins the presenter window's channel: answers hello, tells every change, obeys commands. */
	connect(): () => void {
		const id = this.session.workshop.id;
		const channel = openRoomChannel(id, (message) => this.#receive(message, post));
		const post = (message: RoomMessage) => channel.post(message);
		const stopTelling = $effect.root(() => {
			$effect(() => post({ kind: 'state', state: this.state }));
		});
		const goodbye = () => post({ kind: 'bye', from: 'projector' });
		window.addEventListener('pagehide', goodbye);
		return () => {
			goodbye();
			window.removeEventListener('pagehide', goodbye);
			stopTelling();
			channel.close();
		};
	}

	#receive(message: RoomMessage, post: (m: RoomMessage) => void) {
		if (message.kind === 'hello') {
			this.presenterOpen = true;
			post({ kind: 'state', state: this.state });
		} else if (message.kind === 'command') this.run(message.command);
		else if (message.kind === 'note')
			this.session.edit((w) => (w.facilitation.notes[message.step] = message.text));
		else if (message.kind === 'bye' && message.from === 'presenter') this.presenterOpen = false;
	}

	/** N: in projector mode the line for what the room calls out; otherwise the step's first
	 *  "Add" button. */
	#add() {
		if (this.projector) document.getElementById('quick-add')?.focus();
		else document.querySelector<HTMLButtonElement>('.step-body button.add:not(:disabled)')?.click();
	}
}

/** Resolves once `window` has closed, or after a second and a half if it has not. */
async function closing(window: Window | null): Promise<void> {
	for (let waited = 0; window && !window.closed && waited < 1500; waited += 50)
		await new Promise((done) => setTimeout(done, 50));
}
