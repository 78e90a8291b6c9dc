// A new version of the app never interrupts a workshop: the banner appears only when an update
// has installed and waits, "Reload" asks that version to take over and reloads only once it has,
// "Later" puts the banner away, and a first visit's worker taking over says nothing. A fake
// service-worker container and registration stand in for the browser's.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import UpdateBanner from '$lib/components/ui/UpdateBanner.svelte';
import { locale } from '$lib/i18n/locale.svelte';
import { AppUpdate, type WorkerContainer } from '$lib/pwa.svelte';

const READY = 'A new version is ready — reload when convenient';

class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	postMessage = vi.fn();
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	update = vi.fn(async () => undefined);

	/** The browser found a new version and installs it; it then waits. */
	install(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = worker;
		worker.become('installed');
		return worker;
	}
}

class FakeContainer extends EventTarget {
	controller: object | null;
	register: ReturnType<typeof vi.fn>;
	constructor(registration: FakeRegistration, controlled: boolean) {
		super();
		this.controller = controlled ? {} : null;
		this.register = vi.fn(async () => registration);
	}
	/** A worker takes control of the page. */
	takeOver() {
		this.controller = {};
		this.dispatchEvent(new Event('controllerchange'));
	}
}

async function setup({ controlled = true, waiting = false } = {}) {
	const registration = new FakeRegistration();
	if (waiting) registration.waiting = new FakeWorker();
	const container = new FakeContainer(registration, controlled);
	const reload = vi.fn();
	const update = new AppUpdate(container as unknown as WorkerContainer, reload);
	render(UpdateBanner, { props: { update } });
	await update.register('/service-worker.js');
	flushSync();
	return { registration, container, reload, update };
}

beforeEach(() => locale.set('en'));
afterEach(() => vi.restoreAllMocks());

describe('UpdateBanner', () => {
	it('says nothing on a first visit, when the first worker takes over', async () => {
		const { registration, container, reload } = await setup({ controlled: false });
		expect(container.register).toHaveBeenCalledWith('/service-worker.js');
		registration.install().become('activated');
		container.takeOver();
		flushSync();
		expect(screen.queryByText(READY)).toBeNull();
		expect(reload).not.toHaveBeenCalled();
	});

	it('shows a waiting update calmly, and reloads only after the new version took over', async () => {
		const { registration, container, reload } = await setup();
		expect(screen.queryByText(READY)).toBeNull();
		const next = registration.install();
		flushSync();
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(READY);
		expect(status).toHaveTextContent('Your work is saved before the page reloads.');
		expect(reload).not.toHaveBeenCalled();

		await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
		expect(next.postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'skip-waiting' });
		const busy = screen.getByRole('button', { name: 'Reloading…' });
		expect(busy).toBeDisabled();
		expect(reload).not.toHaveBeenCalled();

		container.takeOver();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('shows at once a version that was already waiting when the page opened', async () => {
		await setup({ waiting: true });
		expect(screen.getByText(READY)).toBeInTheDocument();
	});

	it('goes away on "Later", and comes back for the next version', async () => {
		const { registration } = await setup({ waiting: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
		expect(screen.queryByText(READY)).toBeNull();
		registration.install();
		flushSync();
		expect(screen.getByText(READY)).toBeInTheDocument();
	});

	it('when another tab let the new version in, this tab says so and only reloads', async () => {
		const { registration, container, reload } = await setup({ waiting: true });
		const next = registration.waiting!;
		await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
		registration.waiting = null;
		container.takeOver(); // the other tab pressed Reload
		flushSync();
		expect(screen.getByText(READY)).toBeInTheDocument();
		expect(reload).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
		expect(next.postMessage).not.toHaveBeenCalled();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('looks for a new version when the tab is shown again', async () => {
		const { registration } = await setup();
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
		document.dispatchEvent(new Event('visibilitychange'));
		expect(registration.update).toHaveBeenCalled();
	});

	it('speaks Danish and Swedish', async () => {
		await setup({ waiting: true });
		locale.set('da');
		flushSync();
		expect(screen.getByRole('status')).toHaveTextContent(
			'En ny version er klar – genindlæs, når det passer dig'
		);
		expect(screen.getByRole('button', { name: 'Genindlæs' })).toBeInTheDocument();
		locale.set('sv');
		flushSync();
		expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Senare' })).toBeInTheDocument();
	});

	it('is quiet where there is no service worker, or it cannot register', async () => {
		const none = new AppUpdate(undefined, vi.fn());
		await expect(none.register('/service-worker.js')).resolves.toBeUndefined();
		expect(none.show).toBe(false);

		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const container = new FakeContainer(new FakeRegistration(), true);
		container.register.mockRejectedValue(new DOMException('No', 'SecurityError'));
		const failing = new AppUpdate(container as unknown as WorkerContainer, vi.fn());
		await expect(failing.register('/service-worker.js')).resolves.toBeUndefined();
		expect(failing.show).toBe(false);
		expect(warn).toHaveBeenCalledOnce();
		warn.mockRestore();
	});
});
