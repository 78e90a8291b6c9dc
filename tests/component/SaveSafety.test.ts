// Keeping the room's work: when the browser will not write, a banner says so at once (over the
// projector too) and offers the backup, the edit stays in memory and lands once writing works
// again; where the browser may clear its storage, a reminder to keep the workshop file.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { keepStorage } from '$lib/session/persistence';
import StorageReminder from '$lib/components/wizard/StorageReminder.svelte';
import Wizard from '$lib/components/wizard/Wizard.svelte';
import { setupSession } from './helpers';

function fakeStorage(persisted: boolean, granted: boolean) {
	return {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => granted)
	} as unknown as StorageManager;
}

describe('a failed save', () => {
	it('shows the banner at once, offers the backup, and the edit lands when writing works again', async () => {
		const { session, db, id, cleanup } = await setupSession('Laptop');
		const onbackup = vi.fn();
		render(Wizard, { props: { session, onbackup, projector: true } });
		const refuse = vi
			.spyOn(db, 'transaction')
			.mockRejectedValue(new DOMException('The disk is full', 'QuotaExceededError'));
		session.edit((w) => (w.journey.businessGoal = 'Fewer calls to the desk'));
		await session.flush();
		const banner = await screen.findByRole('alert');
		expect(banner).toHaveTextContent('Your last changes are not saved yet.');
		await fireEvent.click(screen.getByRole('button', { name: 'Download a backup now' }));
		expect(onbackup).toHaveBeenCalledOnce();
		expect(session.workshop.journey.businessGoal).toBe('Fewer calls to the desk');
		refuse.mockRestore();
		await session.flush();
		expect(screen.queryByRole('alert')).toBeNull();
		expect((await db.workshops.get(id))?.journey.businessGoal).toBe('Fewer calls to the desk');
		await cleanup();
	});
});

describe('keeping the storage', () => {
	beforeEach(() => localStorage.clear());

	it('asks once and knows the answer', async () => {
		const granted = fakeStorage(false, true);
		expect(await keepStorage(granted)).toBe('persisted');
		expect(granted.persist).toHaveBeenCalledOnce();
		const already = fakeStorage(true, false);
		expect(await keepStorage(already)).toBe('persisted');
		expect(already.persist).not.toHaveBeenCalled();
		expect(await keepStorage(fakeStorage(false, false))).toBe('refused');
		expect(await keepStorage(undefined)).toBe('unsupported');
	});

	it('reminds to keep the workshop file where the browser says no, until dismissed', async () => {
		vi.stubGlobal('navigator', { ...navigator, storage: fakeStorage(false, false) });
		const first = render(StorageReminder);
		const note = await screen.findByText(/may clear saved workshops/);
		expect(note).toBeVisible();
		await fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
		expect(screen.queryByText(/may clear saved workshops/)).toBeNull();
		first.unmount();
		render(StorageReminder);
		await new Promise((r) => setTimeout(r, 20));
		expect(screen.queryByText(/may clear saved workshops/)).toBeNull();
		vi.unstubAllGlobals();
	});

	it('says nothing where the browser keeps the workshops', async () => {
		vi.stubGlobal('navigator', { ...navigator, storage: fakeStorage(false, true) });
		render(StorageReminder);
		await new Promise((r) => setTimeout(r, 20));
		expect(screen.queryByText(/may clear saved workshops/)).toBeNull();
		vi.unstubAllGlobals();
	});
});
