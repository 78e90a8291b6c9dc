// Opening a workshop for a page: shown when read, "not on this device" when it is gone, and a
// message with "Try again" when the read fails, which then opens it.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import WorkshopReader from '$lib/components/wizard/WorkshopReader.svelte';
import { exampleWorkshop } from '$lib/domain/example';
import type { WorkshopData, WorkshopRecord } from '$lib/domain/types';

const reads = vi.hoisted(() => ({ answers: [] as (() => Promise<unknown>)[] }));

vi.mock('$lib/db/workshops', async (original) => ({
	...(await original<typeof import('$lib/db/workshops')>()),
	loadWorkshop: () => reads.answers.shift()!()
}));

const example = exampleWorkshop('en');

function open() {
	const children = createRawSnippet((record: () => WorkshopRecord) => ({
		render: () => '<p class="opened"></p>',
		setup: (p: Element) => {
			p.textContent = `Opened: ${record().journey.name}`;
		}
	}));
	render(WorkshopReader, { props: { id: example.workshop.id, label: 'Guide', children } });
}

describe('opening a workshop for a page', () => {
	it('a failed read says so, changes nothing, and "Try again" opens it', async () => {
		reads.answers.push(
			() => Promise.reject(new DOMException('The connection was lost', 'UnknownError')),
			() => Promise.resolve(example satisfies WorkshopData)
		);
		open();
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'This workshop could not be opened. Nothing in it was changed.'
		);
		expect(screen.getByRole('link', { name: 'All workshops' })).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(await screen.findByText(`Opened: ${example.workshop.journey.name}`)).toBeVisible();
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});

	it('a workshop that is not on this device says so', async () => {
		reads.answers.push(() => Promise.resolve(undefined));
		open();
		expect(await screen.findByText(/This workshop is not on this device/)).toBeVisible();
		expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
	});
});
