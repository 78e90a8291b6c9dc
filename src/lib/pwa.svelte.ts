// Registers the service worker (src/service-worker.ts) and holds a new version back until the
// facilitator is ready for it. A reload in the middle of a workshop would interrupt the room, so
// a new version only waits; the page says so ("A new version is ready — reload when convenient")
// and its Reload button asks the waiting worker to take over, then reloads once it has. Nothing
// is lost by that reload: autosave writes everything on `pagehide`.

/** What the page tells the worker; the worker's own copy is in src/service-worker.ts. */
const SKIP_WAITING = { type: 'skip-waiting' } as const;

/** The parts of `navigator.serviceWorker` this uses: tests pass a fake. */
export type WorkerContainer = Pick<
	ServiceWorkerContainer,
	'register' | 'controller' | 'addEventListener'
>;

/** The parts of a registration this uses: tests pass a fake. */
export type WorkerRegistration = Pick<
	ServiceWorkerRegistration,
	'waiting' | 'installing' | 'update' | 'addEventListener'
>;

export class AppUpdate {
	/** A new version is installed and waiting for this page to let it in. */
	ready = $state(false);
	/** The facilitator said "later": the banner stays out of the way until the next version. */
	dismissed = $state(false);
	/** Reload pressed: waiting for the new version to take over. */
	reloading = $state(false);

	#container: WorkerContainer | undefined;
	#reload: () => void;
	#registration: WorkerRegistration | null = null;
	#asked = false;
	/** Whether a version controlled this page: a first visit's worker taking over is no update. */
	#controlled = false;

	constructor(
		container: WorkerContainer | undefined,
		reload: () => void = () => location.reload()
	) {
		this.#container = container;
		this.#reload = reload;
	}

	get show(): boolean {
		return this.ready && !this.dismissed;
	}

	/** Registers the worker at `url`. Never throws: the app works without it, only not offline. */
	async register(url: string): Promise<void> {
		const container = this.#container;
		if (!container) return;
		this.#controlled = !!container.controller;
		container.addEventListener('controllerchange', () => this.#onControllerChange());
		try {
			// Undefined where registration is blocked (a test browser, a locked-down profile).
			const registration = await container.register(url);
			if (registration) this.watch(registration);
		} catch (error) {
			console.warn('The offline copy could not be set up:', error);
		}
	}

	/** Follows `registration` for a version that installs and then waits. */
	watch(registration: WorkerRegistration): void {
		this.#registration = registration;
		// A version that was already waiting when the page opened (another tab found it).
		if (registration.waiting && this.#container?.controller) this.#found();
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				// Installed while an older version controls the page: an update, not the first visit.
				if (installing.state === 'installed' && this.#container?.controller) this.#found();
			});
		});
		// A tab left open for days learns of a new version when someone comes back to it.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
		});
	}

	#found() {
		this.ready = true;
		this.dismissed = false;
	}

	/** "Reload": let the waiting version in, then reload into it. */
	apply(): void {
		const waiting = this.#registration?.waiting;
		this.reloading = true;
		if (!waiting) {
			// Another tab already let it in: this page only needs the reload.
			this.#reload();
			return;
		}
		this.#asked = true;
		waiting.postMessage(SKIP_WAITING);
	}

	dismiss(): void {
		this.dismissed = true;
	}

	#onControllerChange() {
		const first = !this.#controlled;
		this.#controlled = true;
		if (first) return;
		if (this.#asked) {
			this.#asked = false;
			this.#reload();
			return;
		}
		// Reload was pressed in another tab: this page still runs the old version. Say so, and
		// wait for the facilitator here as well.
		if (this.#registration) this.#found();
	}
}

/** The app's one instance; started from the root layout in a built app. */
export const appUpdate = new AppUpdate(
	typeof navigator !== 'undefined' && 'serviceWorker' in navigator
		? navigator.serviceWorker
		: undefined
);
