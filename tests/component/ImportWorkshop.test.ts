// "Open a workshop file" on the start page: a good file lands in the database and is named with a
// link, a workshop already here prompts replace / keep both / cancel and each does what it says,
// and a bad file is explained in the user's language with nothing changed.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ImportWorkshop from '$lib/components/home/ImportWorkshop.svelte';
import { Handover } from '$lib/session/handover';
import { backupBlob } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { listWorkshops, loadWorkshop, saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { LIST_NAMES, type WorkshopData } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	locale.set('en');
	db = openDb(`import-component-${Date.now()}-${n++}`);
});

afterEach(async () => {
	locale.set('en');
	db.close();
	await db.delete();
});

function setup() {
	render(ImportWorkshop, { props: { handover: new Handover(async () => db) } });
	const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
	return { user: userEvent.setup(), input };
}

async function fileOf(...workshops: WorkshopData[]): Promise<File> {
	return new File([await backupBlob(workshops).text()], 'laptop.json', {
		type: 'application/json'
	});
}

const textFile = (text: string) => new File([text], 'laptop.json', { type: 'application/json' });

async function rowCounts() {
	const tables = ['workshops', ...LIST_NAMES];
	return Promise.all(tables.map((t) => db.table(t).count()));
}

/** The team lead's version of `here`: the same workshop, a facilitator named since. */
function teamLeadVersion(here: WorkshopData): WorkshopData {
	const newer = structuredClone(here);
	newer.workshop.facilitator = 'Mette from the service desk';
	newer.workshop.updatedAt = '2025-05-20T08:00:00.000Z';
	return newer;
}

describe('ImportWorkshop', () => {
	it('is a button that opens the file chooser from the keyboard', async () => {
		const { user, input } = setup();
		const click = vi.spyOn(input, 'click').mockImplementation(() => {});
		const button = screen.getByRole('button', { name: 'Open a workshop file' });
		await user.tab();
		expect(button).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(click).toHaveBeenCalledTimes(1);
		expect(input).toHaveAttribute('accept', '.json,application/json');
	});

	it('opens a new workshop and names it with a link', async () => {
		const { user, input } = setup();
		const data = exampleWorkshop('en');
		await user.upload(input, await fileOf(data));
		const name = data.workshop.journey.name;
		expect(await screen.findByText(`“${name}” is on this device now.`)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: `Open “${name}”` })).toHaveAttribute(
			'href',
			`/w/${data.workshop.id}`
		);
		expect(await loadWorkshop(db, data.workshop.id)).toEqual(data);
	});

	describe('a workshop that is already on this device', () => {
		async function arrive() {
			const here = exampleWorkshop('en', new Date('2025-05-01T10:00:00Z'));
			await saveWorkshop(db, here);
			const s = setup();
			await s.user.upload(s.input, await fileOf(teamLeadVersion(here)));
			const name = here.workshop.journey.name;
			const dialog = await screen.findByRole('dialog', {
				name: `“${name}” is already on this device`
			});
			return { ...s, here, name, dialog };
		}

		it('asks, with both edit dates, and the safe choice has the focus', async () => {
			const { dialog } = await arrive();
			const keep = within(dialog).getByRole('button', { name: 'Keep both (import as a copy)' });
			expect(keep).toHaveFocus();
			expect(
				within(dialog).getByRole('button', { name: 'Replace the one on this device' })
			).toBeInTheDocument();
			expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
			expect(
				within(dialog).getByText(/^Here: edited .*2025.*In the file: edited .*2025/)
			).toBeInTheDocument();
		});

		it('"Replace" puts the file’s version in place of the one here', async () => {
			const { user, dialog, here, name } = await arrive();
			await user.click(
				within(dialog).getByRole('button', { name: 'Replace the one on this device' })
			);
			expect(
				await screen.findByText(`“${name}” now holds the version from the file.`)
			).toBeInTheDocument();
			expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
			expect(await loadWorkshop(db, here.workshop.id)).toEqual(teamLeadVersion(here));
			expect(await db.workshops.count()).toBe(1);
		});

		it('"Keep both" adds the file’s version as a copy and leaves the one here alone', async () => {
			const { user, dialog, here, name } = await arrive();
			await user.click(
				within(dialog).getByRole('button', { name: 'Keep both (import as a copy)' })
			);
			const copyName = `${name} (copy)`;
			expect(
				await screen.findByText(`“${copyName}” was added. The one you already had is unchanged.`)
			).toBeInTheDocument();
			expect(await loadWorkshop(db, here.workshop.id)).toEqual(here);
			const all = await listWorkshops(db);
			expect(all.map((w) => w.name).sort()).toEqual([name, copyName].sort());
			const copy = all.find((w) => w.name === copyName)!;
			expect(screen.getByRole('link', { name: `Open “${copyName}”` })).toHaveAttribute(
				'href',
				`/w/${copy.id}`
			);
			expect((await loadWorkshop(db, copy.id))!.workshop.facilitator).toBe(
				'Mette from the service desk'
			);
		});

		it('"Cancel" changes nothing and says so', async () => {
			const { user, dialog, here } = await arrive();
			const before = await rowCounts();
			await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
			expect(
				await screen.findByText('The file was not opened. Nothing on this device was changed.')
			).toBeInTheDocument();
			expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
			expect(await loadWorkshop(db, here.workshop.id)).toEqual(here);
			expect(await rowCounts()).toEqual(before);
		});

		it('Escape cancels too', async () => {
			const { user, here } = await arrive();
			await user.keyboard('{Escape}');
			expect(await screen.findByText(/The file was not opened/)).toBeInTheDocument();
			expect(await loadWorkshop(db, here.workshop.id)).toEqual(here);
		});
	});

	it('a file with several workshops asks once about the ones here and opens them all', async () => {
		const here = exampleWorkshop('en');
		const fresh = exampleWorkshop('sv');
		await saveWorkshop(db, here);
		const { user, input } = setup();
		await user.upload(input, await fileOf(teamLeadVersion(here), fresh));
		const dialog = await screen.findByRole('dialog');
		await user.click(
			within(dialog).getByRole('button', { name: 'Replace the one on this device' })
		);
		expect(
			await screen.findByText('The file’s 2 workshops are on this device now.')
		).toBeInTheDocument();
		expect(screen.getAllByRole('link')).toHaveLength(2);
		expect(await db.workshops.count()).toBe(2);
		expect(await loadWorkshop(db, fresh.workshop.id)).toEqual(fresh);
		expect((await db.workshops.get(here.workshop.id))!.facilitator).toBe(
			'Mette from the service desk'
		);
	});

	describe('a bad file, in Danish', () => {
		beforeEach(() => locale.set('da'));

		it('says it is not a workshop file and that nothing changed', async () => {
			await saveWorkshop(db, exampleWorkshop('da'));
			const before = await rowCounts();
			const { user, input } = setup();
			await user.upload(input, textFile(JSON.stringify({ format: 'trello', cards: [] })));
			const alert = await screen.findByRole('alert');
			expect(alert).toHaveTextContent('Filen kunne ikke åbnes.');
			expect(alert).toHaveTextContent('Det er ikke en fil fra Journey Workshop.');
			expect(alert).toHaveTextContent('Intet på denne enhed er ændret.');
			expect(await rowCounts()).toEqual(before);
		});

		it('names the row and field that are wrong', async () => {
			const data = JSON.parse(JSON.stringify(exampleWorkshop('da')));
			data.touchpoints[2].title = 7;
			const { user, input } = setup();
			const text = JSON.stringify({ format: 'journey-workshop', version: 1, workshops: [data] });
			await user.upload(input, textFile(text));
			expect(await screen.findByRole('alert')).toHaveTextContent(
				'Noget i den er ikke, som det skal være i en workshopfil: workshop 1, kontaktpunkt nr. 3, feltet “title”.'
			);
			expect(await db.workshops.count()).toBe(0);
		});

		it('says which text is too long, and how long a text may be', async () => {
			const data = JSON.parse(JSON.stringify(exampleWorkshop('da')));
			data.stakeholders[1].name = 'x'.repeat(10_001);
			const { user, input } = setup();
			const text = JSON.stringify({ format: 'journey-workshop', version: 1, workshops: [data] });
			await user.upload(input, textFile(text));
			expect(await screen.findByRole('alert')).toHaveTextContent(
				'En tekst i den er længere end 10.000 tegn, mere end et felt her kan rumme: workshop 1, interessent nr. 2, feltet “name”.'
			);
			expect(await db.workshops.count()).toBe(0);
		});

		it('says when the file is too big, without reading it', async () => {
			const { user, input } = setup();
			const big = textFile('x');
			Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
			const read = vi.spyOn(big, 'text');
			await user.upload(input, big);
			expect(await screen.findByRole('alert')).toHaveTextContent('Den er større end 5 MB');
			expect(read).not.toHaveBeenCalled();
		});

		it('says when the file was made by a newer version', async () => {
			const { user, input } = setup();
			await user.upload(
				input,
				textFile('{"format":"journey-workshop","version":2,"workshops":[]}')
			);
			expect(await screen.findByRole('alert')).toHaveTextContent(
				'Den er lavet med en nyere version af Journey Workshop.'
			);
		});
	});
});
